using System.Net;
using Cfc.Sample.Host.Tests.Security;

namespace Cfc.Sample.Host.Tests;

/// <summary>Young people choose the network's themes: proposals, votes per member as counts, withdrawal, and the meeting that takes one up.</summary>
[Collection(HostDefinition.Name)]
public sealed class ThemeProposalTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_member_proposes_members_vote_counts_and_a_second_vote_replaces_the_first()
    {
        await CreateAsync("GM0730");
        await CreateAsync("GM0731");
        using var member = MemberClient("GM0730");

        var response = await member.PostJsonAsync("/api/themes", """{"title": "Veilig naar school", "text": "Kinderen fietsen over drukke wegen.", "member": "GM0730"}""");
        var proposed = await response.JsonAsync(HttpStatusCode.Created);
        var id = (int)proposed["id"]!;
        await (await member.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0730", "votes": 12}""")).JsonAsync(HttpStatusCode.OK);
        await (await _client.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0731", "votes": 4}""")).JsonAsync(HttpStatusCode.OK);
        var voted = await (await member.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0730", "votes": 9}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal($"/api/themes/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["id", "title", "text", "proposedOn", "proposedBy", "status", "votes", "totalVotes", "meeting"], voted.Names());
        Assert.Equal(("GM0730", "Open", 13), ((string?)voted["proposedBy"], (string?)voted["status"], (int)voted["totalVotes"]!));
        Assert.Equal(["GM0730:9", "GM0731:4"], voted["votes"]!.AsArray().Select(v => $"{(string?)v!["member"]}:{(int)v["votes"]!}"));
        Assert.Equal(voted.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/themes/{id}")).ToJsonString());
        await (await member.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0731", "votes": 50}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync("/api/themes", """{"title": "Van niemand", "text": "T."}""")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_withdrawn_proposal_refuses_votes_with_409_and_the_open_filter_leaves_it_out()
    {
        await CreateAsync("GM0732");
        var id = (int)(await (await _client.PostJsonAsync("/api/themes", """{"title": "Ingetrokken thema", "text": "T."}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        var withdrawn = await (await _client.PostAsync(new Uri($"/api/themes/{id}/withdrawal", UriKind.Relative), null)).JsonAsync(HttpStatusCode.OK);
        var refused = await (await _client.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0732", "votes": 3}""")).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync(new Uri($"/api/themes/{id}/withdrawal", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Withdrawn", (string?)withdrawn["status"]);
        Assert.Equal("Withdrawn", (string?)refused["proposalStatus"]);
        Assert.Equal(0, (int)(await host.Anonymous.GetJsonAsync($"/api/themes/{id}"))["totalVotes"]!);
        Assert.DoesNotContain((await host.Anonymous.GetJsonAsync("/api/themes?status=Open&limit=1000")).AsArray(), t => (int)t!["id"]! == id);
        Assert.Contains((await host.Anonymous.GetJsonAsync("/api/themes?status=Withdrawn&limit=1000")).AsArray(), t => (int)t!["id"]! == id);
        await (await host.Anonymous.GetAsync(new Uri("/api/themes?status=Closed", UriKind.Relative))).ValidationProblemAsync("status");
    }

    [Fact]
    public async Task A_meeting_takes_a_proposal_up_shows_it_and_a_second_meeting_is_409_and_not_made()
    {
        await CreateAsync("GM0733");
        var id = (int)(await (await _client.PostJsonAsync("/api/themes", """{"title": "Spelen in de wijk", "text": "Meer speelplekken.", "member": "GM0733"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        var meeting = $$"""{"title": "Spelen", "format": "Online", "kind": "Thematic", "themes": [{"name": "spelen"}], "organiser": "GM0733", "start": "2027-09-02T10:00:00", "duration": "PT1H", "proposal": {{id}}}""";

        var created = await (await _client.PostJsonAsync("/api/meetings", meeting)).JsonAsync(HttpStatusCode.Created);
        var before = await WriteRoutes.ReadStateAsync(_client, ["/api/meetings?from=2027-09-02"]);
        var refused = await (await _client.PostJsonAsync("/api/meetings", meeting)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal((id, "Spelen in de wijk"), ((int)created["proposal"]!["id"]!, (string?)created["proposal"]!["title"]));
        Assert.Equal("TakenUp", (string?)refused["proposalStatus"]);
        var proposal = await host.Anonymous.GetJsonAsync($"/api/themes/{id}");
        Assert.Equal(("TakenUp", (int)created["id"]!), ((string?)proposal["status"], (int)proposal["meeting"]!));
        Assert.Equal(before, await WriteRoutes.ReadStateAsync(_client, ["/api/meetings?from=2027-09-02"]));
        await (await _client.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM0733", "votes": 3}""")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_meeting_without_a_proposal_answers_as_before_and_an_unknown_proposal_is_400()
    {
        await CreateAsync("GM0734");
        const string Meeting = """{"title": "Overleg", "format": "Online", "kind": "LocalIssue", "organiser": "GM0734", "start": "2027-09-02T10:00:00", "duration": "PT1H"}""";

        var created = await (await _client.PostJsonAsync("/api/meetings", Meeting)).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/meetings", Meeting.Replace("}", ", \"proposal\": 999999}", StringComparison.Ordinal))).ValidationProblemAsync("proposal");

        Assert.DoesNotContain("proposal", created.Names());
    }

    [Theory]
    [InlineData("""{"text": "T."}""", "title")]
    [InlineData("""{"title": " ", "text": "T."}""", "title")]
    [InlineData("""{"title": "T"}""", "text")]
    [InlineData("""{"title": "T", "text": "T.", "member": "Jan"}""", "member")]
    [InlineData("""{"title": "T", "text": "T.", "member": "GM0739"}""", "member")]
    public async Task An_invalid_proposal_is_400_naming_the_field(string json, string field) =>
        await (await _client.PostJsonAsync("/api/themes", json)).ValidationProblemAsync(field);

    [Theory]
    [InlineData("""{"votes": 3}""", "member")]
    [InlineData("""{"member": "GM0735", "votes": -1}""", "votes")]
    [InlineData("""{"member": "GM0735"}""", "votes")]
    [InlineData("""{"member": "GM0739", "votes": 3}""", "member")]
    public async Task An_invalid_vote_is_400_naming_the_field_and_counts_nothing(string json, string field)
    {
        await CreateAsync("GM0735");
        var id = (int)(await (await _client.PostJsonAsync("/api/themes", """{"title": "Stemtest", "text": "T."}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        await (await _client.PostJsonAsync($"/api/themes/{id}/votes", json)).ValidationProblemAsync(field);

        Assert.Equal(0, (int)(await host.Anonymous.GetJsonAsync($"/api/themes/{id}"))["totalVotes"]!);
        await (await _client.PostJsonAsync("/api/themes/999999/votes", json)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private HttpClient MemberClient(string code)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member(code));
        return client;
    }

    private async Task CreateAsync(string code)
    {
        using var response = await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Themastad"}""");
        Assert.True(response.IsSuccessStatusCode);
    }
}
