using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class OrganisationTests(HostFixture host)
{
    private const string Expertise = """{"description": "Wij helpen gemeenten met armoede onder kinderen, sport en schoolreisjes.", "themes": ["armoede", "Sport", "sport"], "goalAreas": ["EssentialServices"], "articles": [27, 31]}""";

    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task Put_creates_an_organisation_with_201_and_get_reads_it_back()
    {
        var response = await _client.PutJsonAsync("/api/organisations/kenniscentrum-armoede", $$"""{"name": "Kenniscentrum Armoede", "expertise": {{Expertise}}}""");

        var body = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/organisations/kenniscentrum-armoede", response.Headers.Location?.OriginalString);
        Assert.Equal(["id", "name", "timeZone", "expertise"], body.Names());
        Assert.Equal("kenniscentrum-armoede", (string?)body["id"]);
        Assert.Equal("Europe/Amsterdam", (string?)body["timeZone"]);
        var expertise = body["expertise"]!;
        Assert.Equal(["description", "themes", "goalAreas", "articles"], expertise.Names());
        Assert.Equal(["armoede", "Sport"], expertise["themes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(["EssentialServices"], expertise["goalAreas"]!.AsArray().Select(t => (string?)t));
        Assert.Equal([27, 31], expertise["articles"]!.AsArray().Select(a => (int)a!));
        var read = await _client.GetJsonAsync("/api/organisations/kenniscentrum-armoede");
        Assert.Equal(body.ToJsonString(), read.ToJsonString());
    }

    [Fact]
    public async Task Put_again_replaces_with_200_and_the_list_is_in_id_order_without_municipalities()
    {
        await (await _client.PutJsonAsync("/api/organisations/zz-jeugdfonds", $$"""{"name": "Jeugdfonds", "expertise": {{Expertise}}}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PutJsonAsync("/api/organisations/aa-speelruimte", """{"name": "Speelruimte", "timeZone": "America/Kralendijk", "expertise": {"description": "Spelen in de wijk."}}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PutJsonAsync("/api/municipalities/GM0600", """{"name": "Gemeente"}""")).JsonAsync(HttpStatusCode.Created);

        var replaced = await (await _client.PutJsonAsync("/api/organisations/zz-jeugdfonds", """{"name": "Nationaal Jeugdfonds", "expertise": {"description": "Sport voor ieder kind."}}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Nationaal Jeugdfonds", (string?)replaced["name"]);
        Assert.Empty(replaced["expertise"]!["themes"]!.AsArray());
        var list = (await _client.GetJsonAsync("/api/organisations")).AsArray();
        var ids = list.Select(o => (string)o!["id"]!).ToList();
        Assert.Contains("aa-speelruimte", ids);
        Assert.Contains("zz-jeugdfonds", ids);
        Assert.DoesNotContain("GM0600", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal("America/Kralendijk", (string?)list.Single(o => (string?)o!["id"] == "aa-speelruimte")!["timeZone"]);
        Assert.Equal("Nationaal Jeugdfonds", (string?)(await _client.GetJsonAsync("/api/organisations/zz-jeugdfonds"))["name"]);
    }

    [Theory]
    [InlineData("""{"expertise": {"description": "Sport."}}""", "name")]
    [InlineData("""{"name": " ", "expertise": {"description": "Sport."}}""", "name")]
    [InlineData("""{"name": "Fonds"}""", "expertise")]
    [InlineData("""{"name": "Fonds", "expertise": {"themes": ["sport"]}}""", "expertise.description")]
    [InlineData("""{"name": "Fonds", "expertise": {"description": "Sport.", "articles": [27, 55]}}""", "expertise.articles[1]")]
    [InlineData("""{"name": "Fonds", "expertise": {"description": "Sport.", "themes": [" "]}}""", "expertise.themes")]
    [InlineData("""{"name": "Fonds", "expertise": {"description": "Sport.", "goalAreas": ["Happiness"]}}""", "expertise.goalAreas[0]")]
    [InlineData("""{"name": "Fonds", "timeZone": "Mars/Olympus", "expertise": {"description": "Sport."}}""", "timeZone")]
    [InlineData("""{"name": 5, "expertise": {"description": "Sport."}}""", "name")]
    [InlineData("""{"name": "Fonds", "expertise": {"description": "Sport.", "language": "nl-!!!"}}""", "expertise.language")]
    [InlineData("""{"name": "Fonds", "expertise": {"description": "Sport.", "language": "en_GB"}}""", "expertise.language")]
    public async Task Invalid_input_is_400_naming_the_field_and_creates_nothing(string json, string field)
    {
        await (await _client.PutJsonAsync("/api/organisations/ongeldig-fonds", json)).ValidationProblemAsync(field);

        await (await _client.GetAsync("/api/organisations/ongeldig-fonds")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("ongeldig-fonds", (await _client.GetJsonAsync("/api/organisations")).AsArray().Select(o => (string?)o!["id"]));
    }

    [Fact]
    public async Task A_description_longer_than_the_domain_allows_is_400_and_keeps_the_old_one()
    {
        await (await _client.PutJsonAsync("/api/organisations/lang-fonds", """{"name": "Fonds", "expertise": {"description": "Sport."}}""")).JsonAsync(HttpStatusCode.Created);

        await (await _client.PutJsonAsync("/api/organisations/lang-fonds", $$$"""{"name": "Fonds", "expertise": {"description": "{{{new string('s', 4001)}}}"}}""")).ValidationProblemAsync("expertise.description");

        Assert.Equal("Sport.", (string?)(await _client.GetJsonAsync("/api/organisations/lang-fonds"))["expertise"]!["description"]);
    }

    [Fact]
    public async Task An_id_that_is_not_an_organisation_id_is_400_on_put_and_404_on_get()
    {
        await (await _client.PutJsonAsync("/api/organisations/-fonds", """{"name": "Fonds", "expertise": {"description": "Sport."}}""")).ValidationProblemAsync("id");
        await (await _client.GetAsync("/api/organisations/-fonds")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/organisations/onbekend-fonds")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_coordinator_writes_an_organisation()
    {
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0601"));
        const string Body = """{"name": "Fonds", "expertise": {"description": "Sport."}}""";

        await (await host.Anonymous.PutJsonAsync("/api/organisations/toegang-fonds", Body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PutJsonAsync("/api/organisations/toegang-fonds", Body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PutJsonAsync("/api/organisations/GM0601-fonds", Body)).ProblemAsync(HttpStatusCode.Forbidden);

        await (await host.Anonymous.GetAsync("/api/organisations/toegang-fonds")).ProblemAsync(HttpStatusCode.NotFound);
        await host.Anonymous.GetJsonAsync("/api/organisations");
    }

    [Fact]
    public async Task An_expertise_given_a_language_keeps_it_and_is_matched_in_it_and_one_without_reads_without()
    {
        var given = await (await _client.PutJsonAsync("/api/organisations/lang-given", """{"name": "Fundashon", "expertise": {"description": "Sport pa mucha den bario.", "language": "PAP"}}""")).JsonAsync(HttpStatusCode.Created);
        var detected = await (await _client.PutJsonAsync("/api/organisations/lang-detected", """{"name": "Fonds", "expertise": {"description": "Sport voor ieder kind."}}""")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("pap", (string?)given["expertise"]!["language"]);
        Assert.Equal(["description", "themes", "goalAreas", "articles"], detected["expertise"]!.Names());
    }

    [Fact]
    public async Task Experts_of_an_issue_are_the_organisations_whose_expertise_fits_best_first()
    {
        await (await _client.PutJsonAsync("/api/municipalities/GM0603", """{"name": "Gemeente"}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PutJsonAsync("/api/organisations/expert-armoede", $$"""{"name": "Armoedefonds", "expertise": {{Expertise}}}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PutJsonAsync("/api/organisations/expert-water", """{"name": "Waterschap", "expertise": {"description": "Dijken, sloten en waterkwaliteit.", "themes": ["water"]}}""")).JsonAsync(HttpStatusCode.Created);
        var issue = (string)(await (await _client.PostJsonAsync("/api/municipalities/GM0603/issues", """{"title": "Kinderarmoede", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"], "articles": [27]}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        var result = await host.Anonymous.GetJsonAsync($"/api/issues/{issue}/experts?k=3");

        Assert.Equal(["issue", "experts"], result.Names());
        Assert.Equal(issue, (string?)result["issue"]);
        var experts = result["experts"]!.AsArray();
        Assert.InRange(experts.Count, 1, 3);
        var best = experts[0]!;
        Assert.Equal(["organisation", "name", "score", "relevance", "reasons", "language"], best.Names());
        Assert.Equal("expert-armoede", (string?)best["organisation"]);
        Assert.Equal("Armoedefonds", (string?)best["name"]);
        Assert.Equal(["terms", "tags", "concepts"], best["reasons"]!.Names());
        Assert.Contains("armoede", best["reasons"]!["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Contains("27", best["reasons"]!["tags"]!.AsArray().Select(t => (string?)t));
        var scores = experts.Select(e => (double)e!["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("drie")]
    public async Task Experts_with_k_outside_1_to_100_is_400_naming_k(string k)
    {
        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM0604", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
        var issue = (string)(await (await _client.PostJsonAsync("/api/municipalities/GM0604/issues", """{"title": "Spelen"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        await (await _client.GetAsync($"/api/issues/{issue}/experts?k={k}")).ValidationProblemAsync("k");
    }

    [Theory]
    [InlineData("GM0605-nothere")]
    [InlineData("no-member-code")]
    [InlineData("bad id!")]
    public async Task Experts_of_an_unknown_issue_is_404(string id) =>
        await (await _client.GetAsync($"/api/issues/{Uri.EscapeDataString(id)}/experts")).ProblemAsync(HttpStatusCode.NotFound);
}
