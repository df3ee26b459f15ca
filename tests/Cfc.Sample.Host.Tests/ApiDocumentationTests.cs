using System.Net;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Hosting;
using Cfc.Testing;
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
    public async Task The_Orleans_dashboard_answers_at_dashboard()
    {
        var page = await host.Anonymous.GetAsync(new Uri("/dashboard/", UriKind.Relative));
        var version = await host.Anonymous.GetAsync(new Uri("/dashboard/version", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
    }

    [Fact]
    public void The_start_report_names_the_reference_and_the_dashboard()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Matches(@"\n  api: +\S*/scalar \(OpenAPI document: \S*/openapi/v1\.json\)\n", report);
        Assert.Matches(@"\n  dashboard: +\S*/dashboard\n", report);
    }
}
