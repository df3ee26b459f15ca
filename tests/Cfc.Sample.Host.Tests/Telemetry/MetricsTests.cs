using System.Net;
using Cfc.Sample.Host.Telemetry;

namespace Cfc.Sample.Host.Tests.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint <c>/metrics</c>, on a host of its own whose reads are limited to a few per window, so
/// that a scrape that counted against them would be refused.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-metrics-").FullName;
    private HostFactory Factory { get; set; } = null!;

    private HttpClient Client { get; set; } = null!;

    private HttpClient Anonymous { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, settings: new Dictionary<string, string>
        {
            ["Cfc:Limits:ReadsPerWindow"] = "20",
            ["Cfc:Limits:ReadWindow"] = "01:00:00",
        });
        Client = Factory.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        Anonymous = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_scrape_after_a_write_and_a_match_query_shows_the_instruments_of_the_sdk_aspnetcore_orleans_and_the_runtime()
    {
        Assert.True((await Client.PutJsonAsync("/api/municipalities/GM0301", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
        Assert.True((await Client.PutJsonAsync("/api/municipalities/GM0302", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
        var mine = await IssueAsync("GM0301", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport.", "themes": ["armoede"]}""");
        await IssueAsync("GM0302", """{"title": "Armoede en sport", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"]}""");
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync($"/api/issues/{mine}/matches")).StatusCode);

        var response = await Anonymous.GetAsync(HostTelemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var metrics = (await response.Content.ReadAsStringAsync()).Split('\n');
        AssertSample(metrics, "cfc_matching_matches_total", "cfc_matching_target=\"issue\"", "cfc_matching_query=\"issue\"");
        AssertSample(metrics, "cfc_matching_duration_seconds_count", "cfc_matching_target=\"issue\"");
        AssertSample(metrics, "cfc_matching_replica_pushes_total", "cfc_matching_push_result=\"delivered\"");
        AssertSample(metrics, "cfc_storage_writes_total", "cfc_store=\"sqlite\"", "cfc_state=\"municipality\"", "cfc_storage_operation=\"write\"");
        AssertSample(metrics, "cfc_storage_write_duration_seconds_count", "cfc_store=\"sqlite\"");
        AssertSample(metrics, "http_server_request_duration_seconds_count", "http_route=\"/api/issues/{id}/matches\"", "http_response_status_code=\"200\"");
        AssertSample(metrics, "orleans_catalog_activations");
        AssertSample(metrics, "dotnet_gc_heap_total_allocated_bytes_total");
    }

    [Fact]
    public async Task The_scrape_is_anonymous_not_rate_limited_and_not_in_the_openapi_document()
    {
        for (var scrape = 0; scrape < 25; scrape++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync(HostTelemetry.MetricsPath)).StatusCode);
        }

        var document = await Anonymous.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("\"/metrics\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrape_for_a_host_not_allowed_is_refused_like_every_other_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, HostTelemetry.MetricsPath);
        request.Headers.Host = "metrics.example.org";

        await (await Anonymous.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    // A sample of the metric with every one of the labels, whatever other labels (otel_scope_name, ...) it has.
    private static void AssertSample(string[] metrics, string metric, params string[] labels) =>
        Assert.True(
            metrics.Any(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(label => line.Contains(label, StringComparison.Ordinal))),
            $"No sample of {metric} with {string.Join(", ", labels)} in the scrape:\n{string.Join('\n', metrics.Where(line => line.StartsWith(metric, StringComparison.Ordinal)))}");

    private async Task<string> IssueAsync(string code, string json) =>
        (string)(await (await Client.PostJsonAsync($"/api/municipalities/{code}/issues", json)).JsonAsync(HttpStatusCode.Created))["id"]!;
}
