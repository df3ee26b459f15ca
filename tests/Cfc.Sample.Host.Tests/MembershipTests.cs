using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class MembershipTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_municipality_joins_leaves_and_joins_again_and_is_a_member_on_the_dates_between()
    {
        await CreateAsync("GM0730", "Oostzaan");

        var joined = await (await _client.PostJsonAsync("/api/municipalities/GM0730/membership", """{"joined": "2023-01-01"}""")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["member", "memberships"], joined.Names());
        Assert.Equal(["joined", "left"], joined["memberships"]![0]!.Names());
        await (await _client.PostJsonAsync("/api/municipalities/GM0730/membership", """{"left": "2024-06-30"}""")).JsonAsync(HttpStatusCode.OK);
        var again = await (await _client.PostJsonAsync("/api/municipalities/GM0730/membership", """{"joined": "2025-01-01"}""")).JsonAsync(HttpStatusCode.OK);

        var memberships = again["memberships"]!.AsArray();
        Assert.Equal(["2023-01-01", "2025-01-01"], memberships.Select(m => (string?)m!["joined"]));
        Assert.Equal("2024-06-30", (string?)memberships[0]!["left"]);
        Assert.Null(memberships[1]!["left"]);
        Assert.Equal(again.ToJsonString(), (await host.Anonymous.GetJsonAsync("/api/municipalities/GM0730/membership")).ToJsonString());

        Assert.Contains("GM0730", await IdsOnAsync("2024-06-30"));
        Assert.DoesNotContain("GM0730", await IdsOnAsync("2024-07-01"));
        Assert.Contains("GM0730", await IdsOnAsync("2026-01-01"));
        Assert.Contains("GM0730", await IdsOnAsync(null));
        var member = (await host.Anonymous.GetJsonAsync("/api/members?on=2026-01-01")).AsArray().Single(m => (string?)m!["id"] == "GM0730")!;
        Assert.Equal(["id", "kind", "name"], member.Names());
        Assert.Equal("Municipality", (string?)member["kind"]);
        Assert.Equal("Oostzaan", (string?)member["name"]);
    }

    [Theory]
    [InlineData("GM0740", null, """{"left": "2025-01-01"}""")]
    [InlineData("GM0741", """{"joined": "2023-01-01"}""", """{"joined": "2024-01-01"}""")]
    [InlineData("GM0742", """{"joined": "2023-01-01"}""", """{"left": "2022-12-31"}""")]
    public async Task A_change_the_register_forbids_is_409_and_changes_nothing(string code, string? first, string json)
    {
        await CreateAsync(code, "Gemeente");
        if (first is not null)
        {
            await (await _client.PostJsonAsync($"/api/municipalities/{code}/membership", first)).JsonAsync(HttpStatusCode.OK);
        }

        var before = (await _client.GetJsonAsync($"/api/municipalities/{code}/membership")).ToJsonString();

        await (await _client.PostJsonAsync($"/api/municipalities/{code}/membership", json)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(before, (await _client.GetJsonAsync($"/api/municipalities/{code}/membership")).ToJsonString());
    }

    [Theory]
    [InlineData("{}", "joined")]
    [InlineData("""{"joined": "2023-01-01", "left": "2024-01-01"}""", "left")]
    [InlineData("""{"joined": "1 januari"}""", "joined")]
    [InlineData("""{"left": 2024}""", "left")]
    public async Task Invalid_input_is_400_naming_the_field_and_changes_nothing(string json, string field)
    {
        await CreateAsync("GM0745", "Gemeente");

        await (await _client.PostJsonAsync("/api/municipalities/GM0745/membership", json)).ValidationProblemAsync(field);

        Assert.Empty((await _client.GetJsonAsync("/api/municipalities/GM0745/membership"))["memberships"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_municipalities_are_404_and_bad_codes_and_dates_400()
    {
        await (await _client.PostJsonAsync("/api/municipalities/GM0746/membership", """{"joined": "2023-01-01"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM0746/membership")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync("/api/municipalities/GM746/membership", """{"joined": "2023-01-01"}""")).ValidationProblemAsync("code");
        await (await _client.GetAsync("/api/members?on=2026-02-30")).ValidationProblemAsync("on");
        Assert.DoesNotContain("GM0746", await IdsOnAsync("2026-01-01"));
    }

    [Fact]
    public async Task A_member_records_its_own_membership_and_gets_403_for_another()
    {
        await CreateAsync("GM0747", "Gemeente");
        await CreateAsync("GM0748", "Gemeente");
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0747"));

        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM0747/membership", """{"joined": "2023-01-01"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync("/api/municipalities/GM0748/membership", """{"joined": "2023-01-01"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync("/api/municipalities/GM0747/membership", """{"joined": "2023-01-01"}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty((await host.Anonymous.GetJsonAsync("/api/municipalities/GM0748/membership"))["memberships"]!.AsArray());
    }

    private async Task<IEnumerable<string?>> IdsOnAsync(string? on) =>
        (await host.Anonymous.GetJsonAsync(on is null ? "/api/members" : $"/api/members?on={on}")).AsArray().Select(m => (string?)m!["id"]);

    private async Task CreateAsync(string code, string name) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).IsSuccessStatusCode);
}
