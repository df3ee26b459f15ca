using System.Net;
using System.Text.Json.Nodes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// Snapshots of the answers a merger shapes (as <see cref="ResponseSnapshotTests"/> does for the rest), on a host of
/// their own so that their issues do not change the matching scores snapshotted there.
/// </summary>
public sealed class SuccessionSnapshotTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_successor_with_its_predecessors_data_and_the_problem_of_a_write_under_the_old_code()
    {
        await PutAsync("GM1810", """{"name": "Weesp"}""");
        await PutAsync("GM1811", """{"name": "Amsterdam"}""");
        await (await _client.PostJsonAsync("/api/municipalities/GM1810/programme/transitions", """{"phase": "Agreement", "on": "2021-06-01"}""")).JsonAsync(HttpStatusCode.OK);
        await ObserveAsync("GM1810", """{"indicator": "poverty.low-income-minors", "period": "2021", "value": 5.5}""");
        await ObserveAsync("GM1811", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 8}""");
        var ids = new List<string>
        {
            await IssueAsync("GM1811", """{"title": "Drukte op het Museumplein", "themes": ["spelen"]}"""),
            await IssueAsync("GM1810", """{"title": "Speelplekken aan de Vecht", "themes": ["spelen"]}"""),
        };
        var succession = await (await _client.PostJsonAsync("/api/municipalities/GM1810/succession", """{"successor": "GM1811", "on": "2022-03-24"}""")).JsonAsync(HttpStatusCode.Created);
        var refused = await (await _client.PostJsonAsync("/api/municipalities/GM1810/issues", """{"title": "Nog een"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Approvals.VerifyJson(succession, "succession");
        Approvals.VerifyJson(await _client.GetJsonAsync("/api/municipalities/GM1811"), "municipality");
        Approvals.VerifyJson(await _client.GetJsonAsync("/api/municipalities/GM1811/programme?on=2026-01-01"), "programme");
        Approvals.VerifyJson(WithPlaceholders(await _client.GetJsonAsync("/api/municipalities/GM1811/issues"), ids), "issues");
        Approvals.VerifyJson(await _client.GetJsonAsync("/api/municipalities/GM1811/indicators"), "indicators");
        Assert.False(string.IsNullOrWhiteSpace((string?)refused["traceId"]));
        refused["traceId"] = "<traceId>";
        Approvals.VerifyJson(refused, "problem");
    }

    // The generated issue ids replaced by <issue-n>, n their 1-based position.
    private static JsonNode WithPlaceholders(JsonNode issues, List<string> ids)
    {
        foreach (var issue in issues.AsArray())
        {
            issue!["id"] = $"<issue-{ids.IndexOf((string)issue["id"]!) + 1}>";
        }

        return issues;
    }

    private async Task PutAsync(string code, string json) =>
        await (await _client.PutJsonAsync($"/api/municipalities/{code}", json)).JsonAsync(HttpStatusCode.Created);

    private async Task ObserveAsync(string code, string json) =>
        await (await _client.PostJsonAsync($"/api/municipalities/{code}/observations", json)).JsonAsync(HttpStatusCode.Created);

    private async Task<string> IssueAsync(string code, string json) =>
        (string)(await (await _client.PostJsonAsync($"/api/municipalities/{code}/issues", json)).JsonAsync(HttpStatusCode.Created))["id"]!;
}
