using System.Globalization;
using System.Net;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// The limits on requests: the host's own (<c>Cfc:Limits</c>: body size, list lengths) and the domain's (text lengths,
/// <c>k</c>), each answered with a problem that names the field and the limit, and changing nothing.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class LimitsTests(HostFixture host)
{
    [Fact]
    public async Task A_body_over_the_size_limit_is_413_naming_the_setting()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var text = new string('a', 300 * 1024);

        var problem = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Groot", "text": "{{text}}"}"""))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("Cfc:Limits:MaxRequestBodyBytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains((256 * 1024).ToString(CultureInfo.InvariantCulture), (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty((await host.Anonymous.GetJsonAsync($"/api/municipalities/{code}/issues")).AsArray());
    }

    [Theory]
    [InlineData("issues", """{"title": "Lijst", "themes": [LIST]}""", "\"t\"", "themes")]
    [InlineData("issues", """{"title": "Lijst", "articles": [LIST]}""", "12", "articles")]
    [InlineData("programme/transitions", """{"phase": "Agreement", "on": "2024-01-01", "criteria": [LIST]}""", "\"Results\"", "criteria")]
    public async Task A_list_over_the_limit_is_400_naming_the_list_and_the_setting(string route, string template, string item, string field)
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var state = await StateAsync(code);
        var body = template.Replace("LIST", string.Join(", ", Enumerable.Repeat(item, 65)), StringComparison.Ordinal);

        var problem = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/{route}", body)).ValidationProblemAsync(field);

        Assert.Contains("Cfc:Limits:MaxListItems", problem["errors"]![field]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("64", problem["errors"]![field]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(state, await StateAsync(code));
    }

    [Fact]
    public async Task A_nested_list_over_the_limit_is_named_by_its_path()
    {
        var articles = string.Join(", ", Enumerable.Repeat("3", 65));

        await (await host.Client.PutJsonAsync("/api/organisations/lijst-te-lang", $$$"""{"name": "Lang", "expertise": {"description": "D", "articles": [{{{articles}}}]}}"""))
            .ValidationProblemAsync("expertise.articles");
        await (await host.Anonymous.GetAsync(new Uri("/api/organisations/lijst-te-lang", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_list_at_the_limit_is_taken()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var themes = string.Join(", ", Enumerable.Range(0, 64).Select(i => $"\"thema{i}\""));

        await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Veel thema's", "themes": [{{themes}}]}""")).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Text_over_the_domains_limits_is_400_with_the_domains_limit()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var state = await StateAsync(code);

        var title = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "{{new string('t', LocalIssue.MaxTitleLength + 1)}}"}""")).ValidationProblemAsync("title");
        var name = await (await host.Client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{new string('n', Member.MaxNameLength + 1)}}"}""")).ValidationProblemAsync("name");
        var note = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", $$"""{"phase": "Agreement", "on": "2024-01-01", "note": "{{new string('o', PhaseTransition.MaxNoteLength + 1)}}"}""")).ValidationProblemAsync("note");

        Assert.Contains(LocalIssue.MaxTitleLength.ToString(CultureInfo.InvariantCulture), title["errors"]!["title"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(Member.MaxNameLength.ToString(CultureInfo.InvariantCulture), name["errors"]!["name"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(PhaseTransition.MaxNoteLength.ToString(CultureInfo.InvariantCulture), note["errors"]!["note"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(state, await StateAsync(code));
    }

    [Fact]
    public async Task A_note_of_the_longest_length_with_spaces_around_it_is_accepted_trimmed()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var longest = new string('o', PhaseTransition.MaxNoteLength);

        var programme = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", $$"""{"phase": "Agreement", "on": "2024-01-01", "note": "  {{longest}}  "}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(longest, (string?)programme["history"]![0]!["note"]);
    }

    [Fact]
    public async Task A_text_over_MaxTextLength_is_400_naming_the_field_and_the_setting_and_changes_nothing()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var state = await StateAsync(code);

        // Within the domain's 20,000 characters of an issue's text, over the host's 8,000.
        var problem = await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Lang", "text": "{{new string('t', 8001)}}"}""")).ValidationProblemAsync("text");
        var nested = await (await host.Client.PutJsonAsync("/api/organisations/tekst-te-lang", $$$"""{"name": "Lang", "expertise": {"description": "D", "themes": ["{{{new string('t', 8001)}}}"]}}"""))
            .ValidationProblemAsync("expertise.themes[0]");

        Assert.Contains("Cfc:Limits:MaxTextLength", problem["errors"]!["text"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("8000", problem["errors"]!["text"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cfc:Limits:MaxTextLength", nested["errors"]!["expertise.themes[0]"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(state, await StateAsync(code));
        await (await host.Anonymous.GetAsync(new Uri("/api/organisations/tekst-te-lang", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_text_at_MaxTextLength_is_taken()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);

        await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Precies", "text": "{{new string('t', 8000)}}"}""")).JsonAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("101")]
    [InlineData("99999999999999999999")]
    [InlineData("1e3")]
    public async Task K_outside_the_domains_bounds_is_400_naming_them(string k)
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var id = (string)(await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", """{"title": "K"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

        foreach (var route in new[] { "matches", "experts" })
        {
            var problem = await (await host.Anonymous.GetAsync(new Uri($"/api/issues/{id}/{route}?k={Uri.EscapeDataString(k)}", UriKind.Relative))).ValidationProblemAsync("k");
            Assert.Contains(IssueIndex.MaxK.ToString(CultureInfo.InvariantCulture), problem["errors"]!["k"]![0]!.ToString(), StringComparison.Ordinal);
        }
    }

    private Task<string> StateAsync(string code) => WriteRoutes.ReadStateAsync(
        host.Anonymous,
        [$"/api/municipalities/{code}", $"/api/municipalities/{code}/programme", $"/api/municipalities/{code}/issues"]);
}
