using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// One host under the <c>Germany</c> programme rules: each member's programme runs by its own population (Weil am Rhein
/// 4 years, Köln 5), and a member without one is told where to give it.
/// </summary>
public sealed class GermanRulesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-germany-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private HostFactory Germany() => new(_directory, settings: new Dictionary<string, string> { ["Cfc:ProgrammeRules"] = "Germany", ["Cfc:NetworkId"] = "de" });

    private static HttpClient Coordinator(HostFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return client;
    }

    [Fact]
    public async Task Weil_am_Rhein_gets_four_years_and_Koeln_five_in_one_host()
    {
        await using var host = Germany();
        using var client = Coordinator(host);
        await StartAsync(client, "DE-08336091", "Weil am Rhein", 30_000);
        await StartAsync(client, "DE-05315000", "Köln", 1_000_000);

        // Agreement on 2024-06-01: Weil am Rhein's CompletionDue is 2028-06-01, Köln's 2029-06-01.
        Assert.False(await OverdueAsync(client, "DE-08336091", "2028-06-01"));
        Assert.True(await OverdueAsync(client, "DE-08336091", "2028-06-02"));
        Assert.False(await OverdueAsync(client, "DE-05315000", "2029-06-01"));
        Assert.True(await OverdueAsync(client, "DE-05315000", "2029-06-02"));
    }

    [Fact]
    public async Task A_member_without_a_population_is_409_saying_where_to_give_it_and_nothing_starts()
    {
        await using var host = Germany();
        using var client = Coordinator(host);
        await (await client.PutJsonAsync("/api/municipalities/DE-09162000", """{"name": "München"}""")).JsonAsync(HttpStatusCode.Created);

        var problem = await (await Transition(client, "DE-09162000", "Applied", "2024-05-01")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(("DE-09162000", "Germany"), ((string?)problem["member"], (string?)problem["rules"]));
        Assert.StartsWith("DE-09162000 has no population, and the Germany programme rules set the programme's duration by the number of inhabitants: give it with PUT /api/municipalities/DE-09162000", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Null((string?)(await client.GetJsonAsync("/api/municipalities/DE-09162000/programme"))["phase"]);
    }

    private static async Task StartAsync(HttpClient client, string code, string name, int population)
    {
        await (await client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}", "population": {{population}}}""")).JsonAsync(HttpStatusCode.Created);
        await (await Transition(client, code, "Applied", "2024-05-01")).JsonAsync(HttpStatusCode.OK);
        await (await Transition(client, code, "Agreement", "2024-06-01")).JsonAsync(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> Transition(HttpClient client, string code, string phase, string on) =>
        client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", $$"""{"phase": "{{phase}}", "on": "{{on}}"}""");

    private static async Task<bool> OverdueAsync(HttpClient client, string code, string on) =>
        (bool)(await client.GetJsonAsync($"/api/municipalities/{code}/programme?on={on}"))["overdue"]!;
}
