using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>Children's participation per member: recorded, listed newest first, corrected, its count shown only through disclosure control.</summary>
[Collection(HostDefinition.Name)]
public sealed class ParticipationTests(HostFixture host)
{
    private const string Council = """
        {"kind": "Council", "heldOn": "2026-02-12", "phase": "SituationAnalysis", "ageGroups": ["12-17", "8-11"], "participants": 23,
         "groupsReached": ["poverty", "young-carers"], "topics": ["veilig naar school"], "decisionFed": "Speelruimteplan 2027",
         "feedback": {"givenOn": "2026-02-26", "how": "Brief aan de kinderraad."}}
        """;

    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_record_is_made_with_201_an_id_and_a_location_and_listed_newest_first()
    {
        await CreateAsync("GM0881");

        var response = await _client.PostJsonAsync("/api/municipalities/GM0881/participation", Council);
        var created = await response.JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/municipalities/GM0881/participation", """{"kind": "Survey", "phase": "ActionPlan", "participants": 140}""")).JsonAsync(HttpStatusCode.Created);

        var id = (int)created["id"]!;
        Assert.Equal(["id"], created.Names());
        Assert.Equal($"/api/participation/{id}", response.Headers.Location?.OriginalString);
        var record = await host.Anonymous.GetJsonAsync($"/api/participation/{id}");
        Assert.Equal(["id", "member", "kind", "heldOn", "phase", "ageGroups", "participants", "groupsReached", "topics", "decisionFed", "feedback"], record.Names());
        Assert.Equal(("GM0881", "Council", "2026-02-12", 25), ((string?)record["member"], (string?)record["kind"], (string?)record["heldOn"], (int)record["participants"]!));
        Assert.Equal(["8-11", "12-17"], record["ageGroups"]!.AsArray().Select(a => (string?)a));
        var list = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM0881/participation")).AsArray();
        Assert.Equal(["Survey", "Council"], list.Select(r => (string?)r!["kind"]));
        Assert.Equal("2026-03-01", (string?)list[0]!["heldOn"]);
        Assert.Equal(140, (int)list[0]!["participants"]!);
    }

    [Fact]
    public async Task A_small_count_is_never_shown_only_suppressed()
    {
        await CreateAsync("GM0882");
        var id = (int)(await (await _client.PostJsonAsync("/api/municipalities/GM0882/participation", """{"kind": "Panel", "phase": "Evaluation", "participants": 7}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        foreach (var read in (string[])[$"/api/participation/{id}", "/api/municipalities/GM0882/participation"])
        {
            var text = await (await host.Anonymous.GetAsync(new Uri(read, UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.Contains("\"participants\":\".\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("7", text.Replace($"\"id\":{id},", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_childs_name_and_birth_date_in_the_body_are_neither_stored_nor_answered()
    {
        await CreateAsync("GM0883");
        var body = """
            {"kind": "Workshop", "heldOn": "2026-02-12", "phase": "ActionPlan", "participants": 12, "name": "Sanne Jansen", "birthDate": "2014-05-01",
             "children": [{"name": "Fatima El Amrani", "birthDate": "2013-02-02", "address": "Dorpsstraat 1"}], "feedback": {"givenOn": "2026-02-20", "how": "Brief.", "childName": "Sanne Jansen"}}
            """;

        var created = await (await _client.PostJsonAsync("/api/municipalities/GM0883/participation", body)).JsonAsync(HttpStatusCode.Created);
        var answers = await host.Anonymous.GetAsync(new Uri($"/api/participation/{(int)created["id"]!}", UriKind.Relative));
        var list = await host.Anonymous.GetAsync(new Uri("/api/municipalities/GM0883/participation", UriKind.Relative));
        var stored = string.Join("\n", Directory.EnumerateFiles(host.Factory.DataDirectory, "*", SearchOption.AllDirectories).Select(ReadShared));

        foreach (var text in (string[])[await answers.Content.ReadAsStringAsync(), await list.Content.ReadAsStringAsync(), stored])
        {
            Assert.DoesNotContain("Sanne", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Fatima", text, StringComparison.Ordinal);
            Assert.DoesNotContain("2014-05-01", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Dorpsstraat", text, StringComparison.Ordinal);
        }

        Assert.Contains("Workshop", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_adds_the_feedback_keeps_the_member_and_is_only_for_its_member()
    {
        await CreateAsync("GM0884");
        var id = (int)(await (await _client.PostJsonAsync("/api/municipalities/GM0884/participation", """{"kind": "Consultation", "heldOn": "2026-02-01", "phase": "ActionPlan", "participants": 30}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        using var other = host.Factory.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0885"));
        const string Corrected = """{"kind": "Consultation", "heldOn": "2026-02-01", "phase": "ActionPlan", "participants": 30, "feedback": {"givenOn": "2026-02-15", "how": "Terugkommiddag."}}""";

        await (await other.PutJsonAsync($"/api/participation/{id}", Corrected)).ProblemAsync(HttpStatusCode.Forbidden);
        var corrected = await (await _client.PutJsonAsync($"/api/participation/{id}", Corrected)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Terugkommiddag.", (string?)corrected["feedback"]!["how"]);
        Assert.Equal("GM0884", (string?)corrected["member"]);
        await (await _client.PutJsonAsync("/api/participation/999999", Corrected)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"phase": "ActionPlan", "participants": 3}""", "kind")]
    [InlineData("""{"kind": "Meeting", "phase": "ActionPlan", "participants": 3}""", "kind")]
    [InlineData("""{"kind": "Panel", "participants": 3}""", "phase")]
    [InlineData("""{"kind": "Panel", "phase": "Withdrawn", "participants": 3}""", "phase")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan"}""", "participants")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": -1}""", "participants")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "heldOn": "2026-03-02"}""", "heldOn")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "ageGroups": ["twaalf"]}""", "ageGroups")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "groupsReached": ["Jan de Vries"]}""", "groupsReached[0]")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "topics": [" "]}""", "topics")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "feedback": {"how": "Brief."}}""", "feedback.givenOn")]
    [InlineData("""{"kind": "Panel", "phase": "ActionPlan", "participants": 3, "feedback": {"givenOn": "2026-02-01"}}""", "feedback.how")]
    [InlineData("""{"kind": "Panel", "heldOn": "2026-02-10", "phase": "ActionPlan", "participants": 3, "feedback": {"givenOn": "2026-02-01", "how": "Brief."}}""", "feedback")]
    public async Task Invalid_input_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0886");

        await (await _client.PostJsonAsync("/api/municipalities/GM0886/participation", json)).ValidationProblemAsync(field);

        Assert.Empty((await host.Anonymous.GetJsonAsync("/api/municipalities/GM0886/participation")).AsArray());
    }

    [Fact]
    public async Task An_unknown_member_or_record_is_404()
    {
        await (await _client.PostJsonAsync("/api/municipalities/GM0887/participation", """{"kind": "Panel", "phase": "ActionPlan", "participants": 3}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Anonymous.GetAsync(new Uri("/api/municipalities/GM0887/participation", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Anonymous.GetAsync(new Uri("/api/participation/999999", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Anonymous.GetAsync(new Uri("/api/participation/x", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task CreateAsync(string code)
    {
        using var response = await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Participatiestad"}""");
        Assert.True(response.IsSuccessStatusCode);
    }

    // The storage keeps its files open; read them as another reader would.
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
