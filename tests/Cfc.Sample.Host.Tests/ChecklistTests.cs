using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class ChecklistTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task The_checklist_shows_every_question_with_the_members_answers_and_how_many_are_answered()
    {
        await CreateAsync("GM0860");

        var answered = await (await _client.PutJsonAsync("/api/municipalities/GM0860/checklist/voice-01", """{"answer": "Partly", "evidence": "https://example.org/jongerenraad"}""")).JsonAsync(HttpStatusCode.OK);
        await (await _client.PutJsonAsync("/api/municipalities/GM0860/checklist/play-03", """{"answer": "Opvoedsteunpunt in elke wijk.", "on": "2026-02-01"}""")).JsonAsync(HttpStatusCode.OK);
        await (await _client.PutJsonAsync("/api/municipalities/GM0860/checklist/voice-01", """{"answer": "yes", "on": "2026-02-15"}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["id", "goalArea", "nl", "en", "kind", "choices", "answer"], answered.Names());
        Assert.Equal(["answer", "evidence", "answeredOn"], answered["answer"]!.Names());
        Assert.Equal(("partly", "2026-03-01"), ((string?)answered["answer"]!["answer"], (string?)answered["answer"]!["answeredOn"]));
        var checklist = await host.Anonymous.GetJsonAsync("/api/municipalities/GM0860/checklist");
        Assert.Equal(["id", "version", "example", "questions", "answered", "items"], checklist.Names());
        Assert.True((bool)checklist["example"]!);
        Assert.Equal((15, 2), ((int)checklist["questions"]!, (int)checklist["answered"]!));
        var voice = checklist["items"]!.AsArray().Single(i => (string?)i!["id"] == "voice-01")!;
        Assert.Equal(("yes", "2026-02-15"), ((string?)voice["answer"]!["answer"], (string?)voice["answer"]!["answeredOn"]));
        Assert.Null(voice["answer"]!["evidence"]);
        Assert.Equal(["yes", "partly", "no"], voice["choices"]!.AsArray().Select(c => (string?)c));
    }

    [Theory]
    [InlineData("voice-01", """{"answer": "misschien"}""", "answer")]
    [InlineData("fair-03", """{"answer": "partly"}""", "answer")]
    [InlineData("voice-01", """{}""", "answer")]
    [InlineData("voice-01", """{"answer": "yes", "on": "2026-03-02"}""", "on")]
    [InlineData("voice-01", """{"answer": "yes", "on": "maart"}""", "on")]
    public async Task An_answer_the_question_does_not_take_is_400_naming_the_field_and_changes_nothing(string question, string json, string field)
    {
        await CreateAsync("GM0861");

        await (await _client.PutJsonAsync($"/api/municipalities/GM0861/checklist/{question}", json)).ValidationProblemAsync(field);

        Assert.Equal(0, (int)(await _client.GetJsonAsync("/api/municipalities/GM0861/checklist"))["answered"]!);
    }

    [Fact]
    public async Task Evidence_longer_than_the_domain_allows_is_400_naming_evidence()
    {
        await CreateAsync("GM0862");

        await (await _client.PutJsonAsync("/api/municipalities/GM0862/checklist/voice-01", $$"""{"answer": "yes", "evidence": "{{new string('x', 2001)}}"}""")).ValidationProblemAsync("evidence");
    }

    [Fact]
    public async Task An_unknown_question_or_municipality_is_404()
    {
        await CreateAsync("GM0863");

        await (await _client.PutJsonAsync("/api/municipalities/GM0863/checklist/nope", """{"answer": "yes"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutJsonAsync("/api/municipalities/GM0864/checklist/voice-01", """{"answer": "yes"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM0864/checklist")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_members_token_may_not_answer()
    {
        await CreateAsync("GM0865");
        using var other = host.Factory.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0866"));

        await (await other.PutJsonAsync("/api/municipalities/GM0865/checklist/voice-01", """{"answer": "yes"}""")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
}
