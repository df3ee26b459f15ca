using System.Net;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Hosting;
using Cfc.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cfc.Sample.Host.Tests;

/// <summary>The OpenAPI document at /openapi/v1.json, the reference at /scalar and the Orleans dashboard at /dashboard.</summary>
[Collection(HostDefinition.Name)]
public sealed class ApiDocumentationTests(HostFixture host)
{
    [Fact]
    public async Task The_OpenAPI_document_is_as_approved()
    {
        var document = await host.Anonymous.GetJsonAsync("/openapi/v1.json");

        Approvals.VerifyJson(document);
    }

    [Fact]
    public async Task The_document_lists_the_routes_and_not_the_dashboards()
    {
        var paths = (await host.Anonymous.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/municipalities/{code}", paths);
        Assert.Contains("/api/municipalities/{code}/programme/transitions", paths);
        Assert.Contains("/api/issues/{id}", paths);
        Assert.DoesNotContain(paths, path => path.StartsWith("/dashboard", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every operation describes its success with a schema (a 204 has no body) and the problems it can answer, each
    /// as <c>application/problem+json</c>: 400 when it reads a body, a query or a member's code; 404 when its path
    /// names a resource (not for a PUT, which creates it); 401 and 403 when it needs a token. A new route that forgets
    /// one fails here.
    /// </summary>
    [Fact]
    public async Task Every_operation_describes_its_success_and_its_problems()
    {
        var paths = (await host.Anonymous.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();
        var secured = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null)
            .SelectMany(e => e.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        var operations = 0;

        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                operations++;
                var route = $"{method.ToUpperInvariant()} {path}";
                var responses = operation!["responses"]?.AsObject() ?? [];
                var parameters = operation["parameters"]?.AsArray().Select(p => (In: (string?)p!["in"], Name: (string?)p["name"])).ToList() ?? [];
                var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (successes.Count == 0)
                {
                    missing.Add($"{route}: no 2xx response");
                }

                foreach (var (status, response) in successes.Where(r => r.Key != "204"))
                {
                    if (response!["content"]?.AsObject() is not { Count: > 0 } content || content.Any(c => c.Value!["schema"] is null))
                    {
                        missing.Add($"{route}: {status} without a schema");
                    }
                }

                var expected = new List<string>();
                if (operation["requestBody"] is not null || parameters.Any(p => p.In == "query") || parameters.Any(p => p is ("path", "code")))
                {
                    expected.Add("400");
                }

                if (parameters.Any(p => p.In == "path") && method != "put")
                {
                    expected.Add("404");
                }

                if (secured.Contains(route))
                {
                    expected.AddRange(["401", "403"]);
                }

                missing.AddRange(expected.Where(status => !responses.ContainsKey(status)).Select(status => $"{route}: no {status} problem"));
                foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                {
                    if (response!["content"]?["application/problem+json"]?["schema"] is null)
                    {
                        missing.Add($"{route}: {status} is not an application/problem+json with a schema");
                    }
                }
            }
        }

        Assert.True(operations >= 29, $"Only {operations} operations in the document.");
        Assert.True(secured.Count >= 13, $"Only {secured.Count} routes need a token.");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("/api/municipalities/{code}", "code", "member-code", "GM0518")]
    [InlineData("/api/municipalities/{code}/issues", "code", "member-code", "GM0518")]
    [InlineData("/api/issues/{id}", "id", "issue-id", "GM0518-5f0c2e9a41b7")]
    public async Task Route_values_are_described_as_the_SDKs_text(string path, string name, string format, string example)
    {
        var operations = (await host.Anonymous.GetJsonAsync("/openapi/v1.json"))["paths"]![path]!.AsObject();

        Assert.All(operations, operation =>
        {
            var schema = operation.Value!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!["schema"]!;
            Assert.Equal("string", (string?)schema["type"]);
            Assert.Equal(format, (string?)schema["format"]);
            Assert.Equal(example, (string?)schema["examples"]![0]);
        });
    }

    [Fact]
    public async Task The_interactive_reference_answers_at_scalar()
    {
        var response = await host.Anonymous.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void The_start_report_names_the_reference_and_the_dashboard()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Matches(@"\n  api: +\S*/scalar \(OpenAPI document: \S*/openapi/v1\.json\)\n", report);
        Assert.Matches(@"\n  dashboard: +off \(Cfc:Dashboard:Enabled=false\)\n", report);
    }
}
