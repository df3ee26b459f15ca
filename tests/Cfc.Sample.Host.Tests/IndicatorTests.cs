using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class IndicatorTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task The_catalogue_lists_the_Dutch_indicators_in_the_contracts_shape()
    {
        var catalogue = (await _client.GetJsonAsync("/api/indicators")).AsArray();

        var poverty = catalogue.Single(i => (string?)i!["id"] == "poverty.low-income-minors")!;
        Assert.Equal(["id", "name", "englishName", "unit", "polarity", "periodKind", "periodKinds", "goalArea", "articles", "names", "concern", "snapshotDay"], poverty.Names());
        Assert.Equal("Percent", (string?)poverty["unit"]);
        Assert.Equal("LowerIsBetter", (string?)poverty["polarity"]);
        Assert.Equal("CalendarYear", (string?)poverty["periodKind"]);
        Assert.Equal("EssentialServices", (string?)poverty["goalArea"]);
        Assert.Contains(27, poverty["articles"]!.AsArray().Select(a => (int)a!));
    }

    [Fact]
    public async Task The_catalogue_gives_every_languages_name_the_concern_and_the_day_a_snapshot_is_of()
    {
        var catalogue = (await _client.GetJsonAsync("/api/indicators")).AsArray();

        var population = catalogue.Single(i => (string?)i!["id"] == "population.inhabitants")!;
        Assert.Equal(["nl", "en", "de", "fr", "es"], population["names"]!.AsObject().Select(p => p.Key));
        Assert.Equal("Einwohner am 1. Januar", (string?)population["names"]!["de"]);
        Assert.Equal("Inwoners op 1 januari", (string?)population["name"]);
        Assert.Equal("Care", (string?)population["concern"]);
        Assert.Equal("01-01", (string?)population["snapshotDay"]);
        Assert.Null(catalogue.Single(i => (string?)i!["id"] == "play.play-space-share")!["snapshotDay"]);
    }

    [Fact]
    public async Task A_snapshot_of_another_day_than_the_indicators_is_400_naming_the_period_and_the_day()
    {
        await CreateAsync("GM0279");

        var problem = await (await ObserveAsync("GM0279", """{"indicator": "population.inhabitants", "period": "2024-06-30", "value": 30000}""")).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Contains("measured on 1 January of each year", (string?)problem["errors"]!["period"]![0], StringComparison.Ordinal);
        await (await ObserveAsync("GM0279", """{"indicator": "population.inhabitants", "period": "2024-01-01", "value": 30000}""")).JsonAsync(HttpStatusCode.Created);
        var reports = (await _client.GetJsonAsync("/api/municipalities/GM0279/indicators")).AsArray();
        Assert.Equal("01-01", (string?)Assert.Single(reports)!["snapshotDay"]);
    }

    [Fact]
    public async Task An_observation_is_recorded_with_201()
    {
        await CreateAsync("GM0268");

        var body = await (await ObserveAsync("GM0268", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("poverty.low-income-minors", (string?)body["indicator"]);
        Assert.Equal("2023", (string?)body["period"]);
        Assert.Equal(5.2, (double)body["value"]!);
    }

    [Theory]
    [InlineData("""{"indicator": "poverty.unknown", "period": "2023", "value": 5.2}""", "indicator")]
    [InlineData("""{"indicator": "Not An Id", "period": "2023", "value": 5.2}""", "indicator")]
    [InlineData("""{"period": "2023", "value": 5.2}""", "indicator")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "23", "value": 5.2}""", "period")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "2023/2024", "value": 5.2}""", "period")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "2023", "value": 140}""", "value")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "2023", "value": "NaN"}""", "value")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "2023"}""", "value")]
    [InlineData("""{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5, "status": "Guessed"}""", "status")]
    public async Task Invalid_input_is_400_naming_the_field(string json, string field)
    {
        await CreateAsync("GM0269");

        await (await ObserveAsync("GM0269", json)).ValidationProblemAsync(field);
    }

    [Fact]
    public async Task A_second_final_figure_for_the_same_period_is_409_and_a_revised_one_is_accepted()
    {
        await CreateAsync("GM0273");
        await (await ObserveAsync("GM0273", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 6}""")).JsonAsync(HttpStatusCode.Created);

        await (await ObserveAsync("GM0273", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 7}""")).ProblemAsync(HttpStatusCode.Conflict);
        await (await ObserveAsync("GM0273", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 7, "status": "Revised"}""")).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_municipality_is_404_and_a_bad_code_400()
    {
        await (await ObserveAsync("GM0997", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ObserveAsync("GM97", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""")).ValidationProblemAsync("code");
    }

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);

    private Task<HttpResponseMessage> ObserveAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/observations", json);
}
