using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cfc.Sample.Host.Hosting;
using Cfc.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

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

    /// <summary>What a client generator reads first: the document parses in Microsoft.OpenApi (the reader ASP.NET Core's own
    /// package brings) without an error or a warning, and passes its validation rules.</summary>
    [Fact]
    public async Task The_document_reads_without_errors_or_warnings_in_Microsoft_OpenApi()
    {
        var json = await host.Anonymous.GetStringAsync(new Uri(ApiDocumentation.DocumentPath, UriKind.Relative));

        var read = OpenApiDocument.Parse(json, "json");

        Assert.Empty(read.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(read.Diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}"));
    }

    [Theory]
    [InlineData("MeetingFormat", typeof(Cfc.Sdk.Meetings.MeetingFormat))]
    [InlineData("MeetingKind", typeof(Cfc.Sdk.Meetings.MeetingKind))]
    [InlineData("EscalationLevel", typeof(Cfc.Sdk.Bottlenecks.EscalationLevel))]
    [InlineData("GoalArea", typeof(Cfc.Sdk.Rights.GoalArea))]
    [InlineData("ProgrammePhase", typeof(Cfc.Sdk.Programmes.ProgrammePhase))]
    [InlineData("PersonRole", typeof(Cfc.Sdk.Network.PersonRole))]
    [InlineData("ObservationStatus", typeof(Cfc.Sdk.Observations.ObservationStatus))]
    public async Task Enums_list_their_names(string schema, Type type)
    {
        var described = (await SchemasAsync())[schema]!;

        Assert.Equal("string", (string?)described["type"]);
        Assert.Equal(Enum.GetNames(type), described["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Contains((string?)described["examples"]![0], Enum.GetNames(type));
    }

    [Fact]
    public async Task No_schema_leaves_its_type_open()
    {
        var schemas = await SchemasAsync();

        // Before DescribeValuesAsync, an enum's schema (and that of a value with a converter of its own) had a description only.
        var bare = schemas.Where(s => s.Value!["type"] is null && s.Value["properties"] is null && s.Value["oneOf"] is null && s.Value["anyOf"] is null)
            .Select(s => s.Key);
        Assert.Empty(bare);
    }

    [Theory]
    [InlineData("LocalDate", "2028-12-31")]
    [InlineData("LocalDateTime", "2027-01-14T16:00:00")]
    [InlineData("Instant", "2026-03-01T12:00:00Z")]
    [InlineData("Period", "PT1H30M")]
    public async Task NodaTime_values_have_a_type_a_pattern_and_an_example_that_fits_it(string schema, string example)
    {
        var described = (await SchemasAsync())[schema]!;

        Assert.Equal("string", (string?)described["type"]);
        Assert.Equal(example, (string?)described["examples"]![0]);
        Assert.Matches((string)described["pattern"]!, example);
        Assert.Contains(example, (string?)described["description"], StringComparison.Ordinal);
    }

    /// <summary>Every example the document gives is a value the host reads, and fits its own pattern.</summary>
    [Fact]
    public void Every_example_is_a_value_the_host_reads()
    {
        var json = host.Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        Assert.All(ValueForm.Texts, form =>
        {
            Assert.NotNull(JsonSerializer.Deserialize(form.Value.ExampleJson, form.Key, json));
            if (form.Value.Pattern is { } pattern)
            {
                Assert.Matches(pattern, form.Value.Example.GetValue<string>());
            }
        });
    }

    /// <summary>
    /// A field the JSON may leave out or send as null is not <c>required</c>: a client generator would otherwise make
    /// the caller set it, or refuse an answer without it.
    /// </summary>
    [Fact]
    public async Task Fields_that_may_be_null_or_left_out_are_not_required()
    {
        var schemas = await SchemasAsync();
        var wrong = new List<string>();
        foreach (var (name, schema) in schemas)
        {
            foreach (var required in schema!["required"]?.AsArray().Select(r => (string)r!) ?? [])
            {
                var property = schema["properties"]![required]!;
                var nullable = property["type"] is JsonArray types && types.Any(t => (string?)t == "null")
                    || property["oneOf"]?.AsArray().Any(o => (string?)o!["type"] == "null") == true;
                if (nullable)
                {
                    wrong.Add($"{name}.{required}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(["name"], schemas["MunicipalityRequest"]!["required"]!.AsArray().Select(r => (string?)r));
        Assert.DoesNotContain("proposal", schemas["MeetingRequest"]!["required"]?.AsArray().Select(r => (string?)r) ?? []);
        Assert.Equal(["displayName", "role"], schemas["PersonResponse"]!["required"]!.AsArray().Select(r => (string?)r));
    }

    /// <summary>
    /// A request's field the handler refuses to do without is <c>required</c> (and not nullable), its other fields are
    /// not: a body without a required field is a 400 naming it, a body with the required fields alone is taken.
    /// </summary>
    [Theory]
    [InlineData("IssueRequest", "title", "POST", "/api/municipalities/GM0050/issues", """{"title": "Speelruimte"}""")]
    [InlineData("MunicipalityRequest", "name", "PUT", "/api/municipalities/GM0050", """{"name": "Zeewolde"}""")]
    [InlineData("TransitionRequest", "phase,on", "POST", "/api/municipalities/GM0050/programme/transitions", """{"phase": "Agreement", "on": "2025-01-15"}""")]
    [InlineData("MeetingRequest", "title,format,kind,organiser,start,duration", "POST", "/api/meetings", """{"title": "Overleg", "format": "Online", "kind": "LocalIssue", "organiser": "GM0050", "start": "2026-04-02T15:00:00", "duration": "PT1H"}""")]
    [InlineData("BottleneckRequest", "signalledBy,title,description", "POST", "/api/bottlenecks", """{"signalledBy": "GM0050", "title": "Wachtlijst", "description": "Lang wachten op jeugdhulp."}""")]
    [InlineData("Subscriber", "address", "POST", "/api/newsletters/subscribers/removals", null)]
    public async Task Request_fields_the_handler_needs_are_required_and_the_others_are_not(string schemaName, string needed, string method, string route, string? minimal)
    {
        var fields = needed.Split(',');
        var schema = (await SchemasAsync())[schemaName]!;
        await (await host.Client.PutJsonAsync("/api/municipalities/GM0050", """{"name": "Zeewolde"}""")).Content.ReadAsStringAsync();

        Assert.Equal(fields.Order(StringComparer.Ordinal), schema["required"]!.AsArray().Select(r => (string)r!).Order(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            var property = schema["properties"]![field]!;
            Assert.False(property["type"] is JsonArray types && types.Any(t => (string?)t == "null"), $"{schemaName}.{field} may be null");
            Assert.DoesNotContain(property["oneOf"]?.AsArray() ?? [], o => (string?)o!["type"] == "null");

            // Without it, and with every other field the minimal body has: 400 naming it.
            var body = JsonNode.Parse(minimal ?? "{}")!.AsObject();
            body.Remove(field);
            using var request = new HttpRequestMessage(new HttpMethod(method), route) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
            await (await host.Client.SendAsync(request)).ValidationProblemAsync(field);
        }

        if (minimal is not null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), route) { Content = new StringContent(minimal, System.Text.Encoding.UTF8, "application/json") };
            using var response = await host.Client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{method} {route} {minimal}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The bearer scheme is in the document, and on exactly the operations of routes that need a token.</summary>
    [Fact]
    public async Task Routes_that_need_a_token_carry_the_bearer_security_scheme()
    {
        var document = await host.Anonymous.GetJsonAsync(ApiDocumentation.DocumentPath);
        var secured = SecuredRoutes();

        var bearer = document["components"]!["securitySchemes"]![ApiDocumentation.BearerScheme]!;
        Assert.Equal("http", (string?)bearer["type"]);
        Assert.Equal("bearer", (string?)bearer["scheme"]);
        Assert.Equal("JWT", (string?)bearer["bearerFormat"]);
        Assert.All(Operations(document), operation =>
        {
            var required = operation.Operation["security"]?.AsArray().Any(r => r![ApiDocumentation.BearerScheme] is not null) == true;
            Assert.True(required == secured.Contains(operation.Route), $"{operation.Route}: security {required}, needs a token {secured.Contains(operation.Route)}");
        });
    }

    /// <summary>A summary, a description and an id on every operation; the ids are unique, as generators name methods by them.</summary>
    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_a_unique_id()
    {
        var operations = Operations(await host.Anonymous.GetJsonAsync(ApiDocumentation.DocumentPath));

        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)operation.Operation["summary"]), $"{operation.Route} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation.Operation["description"]), $"{operation.Route} has no description");
            Assert.Matches("^[A-Za-z]+_[A-Za-z]+$", (string?)operation.Operation["operationId"] ?? operation.Route);
        });
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
        var put = operations.Single(o => o.Route == "PUT /api/municipalities/{code}").Operation;
        Assert.Equal("Creates (201) or changes (200) a municipality (name, zone, population) and lists it in the network.", (string?)put["summary"]);
        Assert.Contains("claim `cfc:member`", (string?)put["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interactive_reference_answers_at_scalar()
    {
        var response = await host.Anonymous.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonObject> SchemasAsync() =>
        (await host.Anonymous.GetJsonAsync(ApiDocumentation.DocumentPath))["components"]!["schemas"]!.AsObject();

    private static List<(string Route, JsonNode Operation)> Operations(JsonNode document) =>
        [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)))];

    private HashSet<string> SecuredRoutes() =>
        host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null)
            .SelectMany(e => e.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void The_start_report_names_the_reference_and_the_dashboard()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Matches(@"\n  api: +\S*/scalar \(OpenAPI document: \S*/openapi/v1\.json\)\n", report);
        Assert.Matches(@"\n  dashboard: +off \(Cfc:Dashboard:Enabled=false\)\n", report);
    }
}
