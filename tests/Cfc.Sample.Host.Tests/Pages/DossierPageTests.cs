using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests.Pages;

/// <summary>The recognition dossier's page as the host serves it; the host's fake clock says 1 March 2026.</summary>
[Collection(HostDefinition.Name)]
public sealed class DossierPageTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_recognition_that_overrode_the_dossier_shows_its_reason_in_the_dossiers_history()
    {
        await CreateAsync("GM0362", "Amstelveen");
        foreach (var step in (string[])[
            """{"phase": "Agreement", "on": "2022-01-10"}""", """{"phase": "SituationAnalysis", "on": "2022-06-01"}""",
            """{"phase": "ActionPlan", "on": "2023-01-01"}""", """{"phase": "Implementation", "on": "2024-01-01"}""",
            """{"phase": "Evaluation", "on": "2025-01-01"}""",
            """{"phase": "Recognised", "on": "2025-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": "Het panel erkent op eigen oordeel."}"""])
        {
            await (await _client.PostJsonAsync("/api/municipalities/GM0362/programme/transitions", step)).JsonAsync(HttpStatusCode.OK);
        }

        var html = await _client.GetStringAsync(new Uri("/municipalities/GM0362/dossier?culture=en", UriKind.Relative));

        Assert.Contains("<tr data-phase=\"Recognised\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"override\">Het panel erkent op eigen oordeel.</td>", html, StringComparison.Ordinal);
        Assert.Contains("dossier overridden: Het panel erkent op eigen oordeel.", await _client.GetStringAsync(new Uri("/municipalities/GM0362?culture=en", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_on_a_malformed_date_is_400_and_of_an_unknown_member_404()
    {
        await CreateAsync("GM0362", "Amstelveen");

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(new Uri("/municipalities/GM0362/dossier?on=2026-13-01", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/municipalities/GM0998/dossier", UriKind.Relative))).StatusCode);
    }

    private async Task CreateAsync(string code, string name)
    {
        var response = await _client.PutJsonAsync($"/api/municipalities/{code}", new JsonObject { ["name"] = name }.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
