using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class IssueTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task An_issue_is_created_with_201_a_location_and_read_back()
    {
        await CreateAsync("GM0400");

        var response = await AddAsync("GM0400", """{"title": "Armoede onder kinderen", "text": "Veel kinderen groeien op in armoede.", "themes": ["armoede"], "articles": [27]}""");

        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Equal(["id"], created.Names());
        Assert.Equal($"/api/issues/{id}", response.Headers.Location?.OriginalString);
        var issue = await _client.GetJsonAsync($"/api/issues/{id}");
        Assert.Equal("GM0400", (string?)issue["member"]);
        Assert.Equal("Armoede onder kinderen", (string?)issue["title"]);
        Assert.Equal("2026-03-01", (string?)issue["opened"]);
        Assert.Equal([27], issue["articles"]!.AsArray().Select(a => (int)a!));
        var list = (await _client.GetJsonAsync("/api/municipalities/GM0400/issues")).AsArray();
        Assert.Equal(id, (string?)Assert.Single(list)!["id"]);
    }

    [Fact]
    public async Task Matches_are_issues_of_other_members_and_follow_changes()
    {
        await CreateAsync("GM0402");
        await CreateAsync("GM0405");
        var mine = await IdAsync("GM0402", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"]}""");
        var sameMember = await IdAsync("GM0402", """{"title": "Armoede bij gezinnen", "text": "Kinderen in armoede missen sport.", "themes": ["armoede"]}""");
        var other = await IdAsync("GM0405", """{"title": "Armoede en sport", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"]}""");

        var result = await _client.GetJsonAsync($"/api/issues/{mine}/matches?k=5");

        Assert.Equal(["issue", "matches"], result.Names());
        Assert.Equal(mine, (string?)result["issue"]);
        var matches = result["matches"]!.AsArray();
        var ids = matches.Select(m => (string)m!["issue"]!).ToList();
        Assert.Contains(other, ids);
        Assert.DoesNotContain(mine, ids);
        Assert.DoesNotContain(sameMember, ids);
        var match = matches.Single(m => (string?)m!["issue"] == other)!;
        Assert.Equal(["issue", "member", "title", "score", "relevance", "reasons", "language"], match.Names());
        Assert.Equal("GM0405", (string?)match["member"]);
        Assert.Equal("nl", (string?)match["language"]);
        Assert.Equal(["terms", "tags", "concepts"], match["reasons"]!.Names());
        Assert.Contains("armoede", match["reasons"]!["tags"]!.AsArray().Select(t => (string?)t));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync(new Uri($"/api/issues/{other}", UriKind.Relative))).StatusCode);

        var after = (await _client.GetJsonAsync($"/api/issues/{mine}/matches")).AsObject();
        Assert.DoesNotContain(other, after["matches"]!.AsArray().Select(m => (string?)m!["issue"]));
        await (await _client.GetAsync($"/api/issues/{other}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Matches_in_every_language_by_default_and_in_the_languages_asked_for()
    {
        await CreateAsync("GM0417");
        await CreateAsync("GM0418");
        await CreateAsync("GM0419");
        var mine = await IdAsync("GM0417", """{"title": "Schoolverzuim in het voortgezet onderwijs", "text": "Steeds meer leerlingen verzuimen en spijbelen."}""");
        var english = await IdAsync("GM0418", """{"title": "Persistent absence in secondary schools", "text": "More and more pupils are missing school and truancy is rising."}""");
        var german = await IdAsync("GM0419", """{"title": "Schulabsentismus an weiterführenden Schulen", "text": "Immer mehr Schüler schwänzen und fehlen unentschuldigt."}""");

        // Every match (k=100): other tests of this host add issues about school absence that may rank above these two.
        var all = (await _client.GetJsonAsync($"/api/issues/{mine}/matches?k=100"))["matches"]!.AsArray();
        Assert.Equal("en", (string?)all.Single(m => (string?)m!["issue"] == english)!["language"]);
        Assert.Equal("de", (string?)all.Single(m => (string?)m!["issue"] == german)!["language"]);

        // Across languages nothing is a shared word; the shared concept is labelled in the query's language with its carriers.
        var reasons = all.Single(m => (string?)m!["issue"] == english)!["reasons"]!;
        Assert.DoesNotContain(reasons["terms"]!.AsArray(), t => ((string?)t)!.Contains("verzuim", StringComparison.OrdinalIgnoreCase));
        var concept = reasons["concepts"]!.AsArray().Single(c => (string?)c!["concept"] == "schoolverzuim")!;
        Assert.Equal(["concept", "label", "queryWords", "matchWords"], concept.Names());
        Assert.Equal("schoolverzuim", (string?)concept["label"]);
        Assert.NotEmpty(concept["queryWords"]!.AsArray());
        Assert.NotEmpty(concept["matchWords"]!.AsArray());

        var onlyEnglish = (await _client.GetJsonAsync($"/api/issues/{mine}/matches?languages=en,nl"))["matches"]!.AsArray();
        Assert.Contains(english, onlyEnglish.Select(m => (string?)m!["issue"]));
        Assert.All(onlyEnglish, m => Assert.Contains((string?)m!["language"], new[] { "en", "nl" }));
        var experts = await _client.GetJsonAsync($"/api/issues/{mine}/experts?languages=de");
        Assert.All(experts["experts"]!.AsArray(), e => Assert.Equal("de", (string?)e!["language"]));
    }

    [Fact]
    public async Task An_issue_given_a_language_is_matched_in_it_rather_than_in_the_one_detected()
    {
        await CreateAsync("GM0421");
        await CreateAsync("GM0422");
        var query = await IdAsync("GM0421", """{"title": "Schoolverzuim in de wijk", "text": "Veel kinderen spijbelen."}""");
        var papiamentu = await IdAsync("GM0422", """{"title": "Schoolverzuim na bario", "text": "Hopi mucha ta spijbelen.", "language": "pap"}""");

        var matches = (await _client.GetJsonAsync($"/api/issues/{query}/matches?languages=pap"))["matches"]!.AsArray();

        Assert.Equal("pap", (string?)matches.Single(m => (string?)m!["issue"] == papiamentu)!["language"]);
    }

    [Fact]
    public async Task An_issue_answers_the_language_it_was_given_or_the_one_detected()
    {
        await CreateAsync("GM0423");
        var given = await IdAsync("GM0423", """{"title": "Schoolverzuim na bario", "text": "Hopi mucha ta spijbelen.", "language": "pap"}""");
        var detected = await IdAsync("GM0423", """{"title": "Absentismo escolar en la secundaria", "text": "Cada vez más alumnos faltan a clase y abandonan la escuela."}""");

        var issue = await _client.GetJsonAsync($"/api/issues/{detected}");
        var list = (await _client.GetJsonAsync("/api/municipalities/GM0423/issues")).AsArray();

        Assert.Equal(["id", "member", "title", "text", "themes", "articles", "opened", "language"], issue.Names());
        Assert.Equal("es", (string?)issue["language"]);
        Assert.Equal("pap", (string?)(await _client.GetJsonAsync($"/api/issues/{given}"))["language"]);
        Assert.Equal([("es", detected), ("pap", given)], list.Select(i => ((string)i!["language"]!, (string)i["id"]!)).Order());
    }

    [Fact]
    public async Task A_shared_concept_is_labelled_in_the_language_Accept_Language_asks_for_and_its_carriers_stay_as_written()
    {
        var (query, spanish) = await SchoolAbsenceAsync();
        var asWritten = await ConceptAsync($"/api/issues/{query}/matches", "matches", "issue", spanish, acceptLanguage: null);

        foreach (var (acceptLanguage, label) in new[]
        {
            ("es", "absentismo"), ("de;q=0.9, fr", "absentéisme"), ("es-ES;q=0.2, en-GB;q=0.8, *;q=1", "absence"),
            ("xx, zz;q=0.5", "schoolverzuim"), ("*", "schoolverzuim"), ("es;q=0, xx", "schoolverzuim"),
        })
        {
            var concept = await ConceptAsync($"/api/issues/{query}/matches", "matches", "issue", spanish, acceptLanguage);

            Assert.Equal((acceptLanguage, label), (acceptLanguage, (string?)concept["label"]));
            Assert.Equal(asWritten["queryWords"]!.ToJsonString(), concept["queryWords"]!.ToJsonString());
            Assert.Equal(asWritten["matchWords"]!.ToJsonString(), concept["matchWords"]!.ToJsonString());
        }

        Assert.Equal("schoolverzuim", (string?)asWritten["label"]);
        Assert.Contains("absentismo escolar", asWritten["matchWords"]!.AsArray().Select(w => (string?)w), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_organisations_shared_concept_is_labelled_in_the_language_Accept_Language_asks_for()
    {
        await CreateAsync("GM0432");
        var query = await IdAsync("GM0432", """{"title": "Schoolverzuim in het dorp", "text": "Steeds meer leerlingen spijbelen."}""");
        await (await _client.PutJsonAsync("/api/organisations/ciudades-absentismo", """{"name": "Observatorio del absentismo", "expertise": {"description": "Absentismo escolar y abandono escolar temprano: programas con los centros y las familias."}}""")).JsonAsync(HttpStatusCode.Created);

        var concept = await ConceptAsync($"/api/issues/{query}/experts", "experts", "organisation", "ciudades-absentismo", "de;q=0.9, fr");
        var asWritten = await ConceptAsync($"/api/issues/{query}/experts", "experts", "organisation", "ciudades-absentismo", acceptLanguage: null);

        Assert.Equal(("absentéisme", "schoolverzuim"), ((string?)concept["label"], (string?)asWritten["label"]));
        Assert.Equal(asWritten["matchWords"]!.ToJsonString(), concept["matchWords"]!.ToJsonString());
    }

    [Theory]
    [InlineData("english")]
    [InlineData("nl,x")]
    [InlineData("n1")]
    public async Task A_bad_language_is_400_naming_languages(string languages)
    {
        await CreateAsync("GM0420");
        var id = await IdAsync("GM0420", """{"title": "Schoolverzuim"}""");
        await (await _client.GetAsync($"/api/issues/{id}/matches?languages={languages}")).ValidationProblemAsync("languages");
        await (await _client.GetAsync($"/api/issues/{id}/experts?languages={languages}")).ValidationProblemAsync("languages");
    }

    [Theory]
    [InlineData("""{"text": "Geen titel"}""", "title")]
    [InlineData("""{"title": "  "}""", "title")]
    [InlineData("""{"title": "Te laat", "articles": [27, 99]}""", "articles[1]")]
    [InlineData("""{"title": "Thema", "themes": [" "]}""", "themes")]
    [InlineData("""{"title": 5}""", "title")]
    [InlineData("""{"title": "Taal", "language": "nl-!!!"}""", "language")]
    [InlineData("""{"title": "Taal", "language": "de-"}""", "language")]
    [InlineData("""{"title": "Taal", "language": "english"}""", "language")]
    public async Task Invalid_input_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0406");

        await (await AddAsync("GM0406", json)).ValidationProblemAsync(field);

        Assert.Empty((await _client.GetJsonAsync("/api/municipalities/GM0406/issues")).AsArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public async Task Matches_with_k_outside_1_to_100_is_400_naming_k(string k)
    {
        await CreateAsync("GM0407");
        var id = await IdAsync("GM0407", """{"title": "Spelen"}""");

        await (await _client.GetAsync($"/api/issues/{id}/matches?k={k}")).ValidationProblemAsync("k");
    }

    [Theory]
    [InlineData("GM0408-nothere")]
    [InlineData("no-member-code")]
    [InlineData("bad id!")]
    public async Task An_unknown_issue_is_404_on_every_route(string id)
    {
        var escaped = Uri.EscapeDataString(id);
        await (await _client.GetAsync($"/api/issues/{escaped}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(new Uri($"/api/issues/{escaped}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/issues/{escaped}/matches")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Issues_of_an_unknown_municipality_are_404()
    {
        await (await AddAsync("GM0409", """{"title": "Spelen"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM0409/issues")).ProblemAsync(HttpStatusCode.NotFound);
    }

    // A Dutch issue and a Spanish one of another member that share only the concept of school absence.
    private async Task<(string Query, string Spanish)> SchoolAbsenceAsync()
    {
        await CreateAsync("GM0431");
        await CreateAsync("ES-28001");
        return (
            await IdAsync("GM0431", """{"title": "Schoolverzuim in de wijk", "text": "Steeds meer leerlingen spijbelen."}"""),
            await IdAsync("ES-28001", """{"title": "Absentismo escolar en el barrio", "text": "Cada vez más alumnos faltan a clase."}"""));
    }

    // The shared concept schoolverzuim of the answer whose idName is id, read with Accept-Language when one is given.
    private async Task<JsonNode> ConceptAsync(string route, string list, string idName, string id, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(route, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var answer = await (await _client.SendAsync(request)).JsonAsync(HttpStatusCode.OK);
        var match = answer[list]!.AsArray().Single(m => (string?)m![idName] == id)!;
        return match["reasons"]!["concepts"]!.AsArray().Single(c => (string?)c!["concept"] == "schoolverzuim")!;
    }

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);

    private Task<HttpResponseMessage> AddAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/issues", json);

    private async Task<string> IdAsync(string code, string json) =>
        (string)(await (await AddAsync(code, json)).JsonAsync(HttpStatusCode.Created))["id"]!;
}
