namespace Cfc.Sample.Host.Tests.Pages;

/// <summary>A member's page names its indicators in the reader's language and says which day a snapshot indicator is of.</summary>
[Collection(HostDefinition.Name)]
public sealed class IndicatorNamePageTests(HostFixture host)
{
    private const string Code = "GM0281";

    private readonly HttpClient _client = host.Client;

    [Theory]
    [InlineData("", "Inwoners op 1 januari", "peildatum 1 januari van elk jaar")]
    [InlineData("?culture=en", "Inhabitants on 1 January", "measured on 1 January of each year")]
    public async Task A_snapshot_indicator_is_named_in_the_pages_language_with_the_day_it_is_of(string culture, string name, string day)
    {
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{Code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync($"/api/municipalities/{Code}/observations", """{"indicator": "population.inhabitants", "period": "2024-01-01", "value": 30000}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync($"/api/municipalities/{Code}/observations", """{"indicator": "play.play-space-share", "period": "2024-06-30", "value": 2.5}""")).IsSuccessStatusCode);

        var html = await _client.GetStringAsync(new Uri($"/municipalities/{Code}{culture}", UriKind.Relative));

        Assert.Contains($">{name}</h3>", html, StringComparison.Ordinal);
        Assert.Single(html.Split("class=\"snapshot-day\"").Skip(1));
        Assert.Contains(day, html, StringComparison.Ordinal);
    }
}
