using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// A value in the wrong form gets a 400 that names the field, the form it must have and an example, as a person needs
/// to correct it: an unknown enum name lists the names, a date, a local time, a period, a number and an article say
/// their form (<c>2027-01-14T16:00:00</c>, <c>2028-12-31</c>, <c>PT1H30M</c>, <c>9.3</c>, <c>31</c>); no problem carries
/// the text of .NET's exceptions (<see cref="ProblemTexts"/>).
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class ActionableErrorTests(HostFixture host)
{
    private const string Meeting = """
        {"title": "Netwerkdag", "format": "InPerson", "kind": "Thematic", "themes": [{"name": "Spelen"}], "organiser": "GM0772",
         "start": "2027-01-14T16:00:00", "duration": "PT1H30M"}
        """;

    [Theory]
    [InlineData("start", "\"2027-01-14T16:00\"", "\"2027-01-14T16:00:00\"")]
    [InlineData("start", "\"14-01-2027 16:00\"", "yyyy-MM-ddTHH:mm:ss")]
    [InlineData("duration", "\"90 minutes\"", "\"PT1H30M\"")]
    [InlineData("format", "\"Live\"", "one of Online, InPerson")]
    [InlineData("kind", "\"thema\"", "one of Thematic, LocalIssue")]
    [InlineData("format", "2", "one of Online, InPerson")]
    public async Task A_meeting_field_in_the_wrong_form_names_the_form_with_an_example(string field, string value, string expected)
    {
        var meeting = JsonNode.Parse(Meeting)!;
        meeting[field] = JsonNode.Parse(value);
        var body = meeting.ToJsonString();

        var error = await ErrorAsync(await host.Client.PostJsonAsync("/api/meetings", body), field);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_escalation_level_lists_the_levels()
    {
        var error = await ErrorAsync(await host.Client.PostJsonAsync("/api/bottlenecks/1/escalations", """{"level": "Regionaal", "on": "2026-03-01"}"""), "level");

        Assert.Equal("'level' must be one of Local, Regional, National, such as \"Local\".", error);
    }

    [Theory]
    [InlineData("/api/practices", """{"member": "GM0772", "sharedOn": "31-12-2028"}""", "sharedOn", "\"2028-12-31\"")]
    [InlineData("/api/bottlenecks", """{"signalledBy": "GM0772", "on": "2028/12/31"}""", "on", "\"2028-12-31\"")]
    [InlineData("/api/municipalities/GM0772/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": "9,3"}""", "value", "9.3")]
    [InlineData("/api/municipalities/GM0772/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": true}""", "value", "9.3")]
    [InlineData("/api/municipalities/GM0772/issues", """{"title": "Spelen", "articles": ["art. 31"]}""", "articles[0]", "(1 to 54), such as 31")]
    [InlineData("/api/municipalities/GM0772/issues", """{"title": "Spelen", "articles": 31}""", "articles", "such as [31]")]
    public async Task A_date_a_number_or_an_article_in_the_wrong_form_names_the_form_with_an_example(string uri, string body, string field, string expected)
    {
        var error = await ErrorAsync(await host.Client.PostJsonAsync(uri, body), field);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_with_a_decimal_comma_breaks_the_JSON_and_the_problem_says_where_and_what_is_wanted()
    {
        var response = await host.Client.PostJsonAsync("/api/municipalities/GM0772/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 9,3}""");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var text = problem.ToJsonString();
        Assert.Contains("line 1", text, StringComparison.Ordinal);
        Assert.Null(ProblemTexts.DotNetFragment(text));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"title": "Spelen", /* a comment */ "text": "x"}""")]
    [InlineData("""{"title": "Spelen",}""")]
    [InlineData("[]")]
    public async Task A_body_that_is_not_the_JSON_object_wanted_says_so_without_dotnet_text(string body)
    {
        var problem = await (await host.Client.PostJsonAsync("/api/municipalities/GM0772/issues", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Null(ProblemTexts.DotNetFragment(problem.ToJsonString()));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }

    /// <summary>A step the bottleneck's history forbids is a 409 whose detail is the domain's sentence alone.</summary>
    [Fact]
    public async Task A_step_down_the_agendas_is_a_409_without_dotnet_text()
    {
        await EnsureMemberAsync();
        var signalled = await (await host.Client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM0772", "title": "Speeltuinen", "description": "Te weinig."}""")).JsonAsync(HttpStatusCode.Created);
        var escalations = $"/api/bottlenecks/{signalled["id"]!.ToJsonString().Trim('"')}/escalations";
        await (await host.Client.PostJsonAsync(escalations, """{"level": "National", "on": "2026-03-01"}""")).JsonAsync(HttpStatusCode.OK);

        var problem = await (await host.Client.PostJsonAsync(escalations, """{"level": "Regional", "on": "2026-03-02"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Null(ProblemTexts.DotNetFragment(problem.ToJsonString()));
        Assert.EndsWith("not to Regional.", (string?)problem["detail"], StringComparison.Ordinal);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var text = problem.ToJsonString();
        Assert.True(ProblemTexts.DotNetFragment(text) is null, $".NET text ({ProblemTexts.DotNetFragment(text)}) in {text}");
        var errors = problem["errors"]?[field]?.AsArray();
        Assert.True(errors is { Count: 1 }, $"No error for '{field}' in {text}");
        return (string)errors[0]!;
    }

    private async Task EnsureMemberAsync() =>
        Assert.True((await host.Client.PutJsonAsync("/api/municipalities/GM0772", """{"name": "Eindhoven"}""")).IsSuccessStatusCode);
}
