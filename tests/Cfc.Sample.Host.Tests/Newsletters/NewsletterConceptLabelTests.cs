using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>
/// The newsletter's draft in JSON labels its matches' shared concepts as the match routes do: in the language the
/// request's <c>Accept-Language</c> asks for when the concept scheme has labels in it, else in the new issue's language.
/// </summary>
public sealed class NewsletterConceptLabelTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_new_issues_shared_concept_is_labelled_in_the_language_Accept_Language_asks_for()
    {
        var client = host.Client;
        Assert.True((await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).IsSuccessStatusCode);
        foreach (var (code, name) in new[] { ("GM0518", "'s-Gravenhage"), ("ES-28079", "Madrid") })
        {
            Assert.True((await client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).IsSuccessStatusCode);
        }

        await (await client.PostJsonAsync("/api/municipalities/GM0518/issues", """{"title": "Schoolverzuim in de wijk", "text": "Steeds meer leerlingen spijbelen."}""")).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/municipalities/ES-28079/issues", """{"title": "Absentismo escolar en el barrio", "text": "Cada vez más alumnos faltan a clase."}""")).JsonAsync(HttpStatusCode.Created);

        var asWritten = await ConceptAsync(acceptLanguage: null);
        var spanish = await ConceptAsync("es");
        var french = await ConceptAsync("de;q=0.9, fr");
        var unknown = await ConceptAsync("xx");

        Assert.Equal(("schoolverzuim", "absentismo", "absentéisme", "schoolverzuim"), ((string?)asWritten["label"], (string?)spanish["label"], (string?)french["label"], (string?)unknown["label"]));
        Assert.All(new[] { spanish, french, unknown }, c => Assert.Equal(asWritten["matchWords"]!.ToJsonString(), c["matchWords"]!.ToJsonString()));
    }

    // The concept schoolverzuim shared by The Hague's new issue with Madrid's, in the draft read with Accept-Language.
    private async Task<JsonNode> ConceptAsync(string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/newsletters/next", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var draft = await (await host.Anonymous.SendAsync(request)).JsonAsync(HttpStatusCode.OK);
        var hague = draft["issues"]!.AsArray().Single(i => (string?)i!["member"] == "GM0518")!;
        var madrid = hague["matches"]!.AsArray().Single(m => (string?)m!["member"] == "ES-28079")!;
        return madrid["reasons"]!["concepts"]!.AsArray().Single(c => (string?)c!["concept"] == "schoolverzuim")!;
    }
}
