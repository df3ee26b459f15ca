using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cfc.Sample.Host.Issues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The match query's answer is written by source-generated code (<see cref="MatchJsonContext"/>), and its bytes are
/// those the reflection-based serializer writes with the same settings: the generated writer is a speed-up only.
/// </summary>
public sealed class MatchJsonTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public void The_host_writes_the_match_answer_with_the_generated_code()
    {
        var options = host.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

        Assert.Same(MatchJsonContext.Default, options.GetTypeInfo(typeof(MatchesResponse)).OriginatingResolver);
    }

    [Fact]
    public async Task The_match_answers_bytes_are_those_of_the_reflection_based_serializer()
    {
        var client = host.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PutJsonAsync("/api/municipalities/GM1851", """{"name": "Bytestad"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutJsonAsync("/api/municipalities/GM1852", """{"name": "Reflectiedorp"}""")).StatusCode);
        var issue = await IssueAsync(client, "GM1851", """{"title": "Zwemles & \"armoede\" — één <kind>", "text": "Kinderen in armoede missen zwemles, sport en schoolreisjes.", "themes": ["armoede", "sport"], "articles": [27, 31]}""");
        await IssueAsync(client, "GM1852", """{"title": "Armoede en zwemles: één op de tien", "text": "Kinderen in armoede missen zwemles en sport.", "themes": ["armoede"], "articles": [31]}""");

        var response = await client.GetAsync(new Uri($"/api/issues/{issue}/matches?k=10", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The host's own settings (web defaults, ASP.NET Core's relaxed escaping, the SDK's converters), reflection only.
        var hostOptions = host.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var reflection = new JsonSerializerOptions(hostOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var answer = JsonSerializer.Deserialize<MatchesResponse>(bytes, reflection)!;
        Assert.NotEmpty(answer.Matches);
        Assert.NotEmpty(answer.Matches[0].Reasons.Terms);
        Assert.NotEmpty(answer.Matches[0].Reasons.Tags);
        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(answer, reflection)), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_match_stored_before_concepts_were_reasons_reads_with_none_and_is_written_with_an_empty_list()
    {
        var options = host.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        const string stored = """{"issue":"GM0518-1","member":"GM0518","title":"Armoede","score":2.5,"relevance":0.5,"reasons":{"terms":["armoede"],"tags":["27"]},"language":"nl"}""";

        var match = JsonSerializer.Deserialize<MatchResponse>(stored, options)!;

        Assert.Empty(match.Reasons.Concepts);
        Assert.Contains("\"concepts\":[]", JsonSerializer.Serialize(match, options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_or_expert_stored_before_relevance_existed_reads_as_unknown_relevance_and_is_written_without_one()
    {
        var options = host.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        const string match = """{"issue":"GM0518-1","member":"GM0518","title":"Armoede","score":2.5,"reasons":{"terms":["armoede"],"tags":["27"]},"language":"nl"}""";
        const string expert = """{"organisation":"jeugdfonds","name":"Jeugdfonds","score":1.5,"reasons":{"terms":["sport"],"tags":[]},"language":"nl"}""";

        var stored = JsonSerializer.Deserialize<MatchResponse>(match, options)!;
        var storedExpert = JsonSerializer.Deserialize<Cfc.Sample.Host.Organisations.ExpertResponse>(expert, options)!;

        Assert.Null(stored.Relevance);
        Assert.Null(storedExpert.Relevance);
        Assert.DoesNotContain("relevance", JsonSerializer.Serialize(stored, options), StringComparison.Ordinal);
        Assert.DoesNotContain("relevance", JsonSerializer.Serialize(storedExpert, options), StringComparison.Ordinal);
        Assert.Equal(0, JsonSerializer.Deserialize<MatchResponse>(match.Replace("\"score\":2.5,", "\"score\":2.5,\"relevance\":0,", StringComparison.Ordinal), options)!.Relevance);
    }

    private static async Task<string> IssueAsync(HttpClient client, string code, string json)
    {
        var created = await (await client.PostJsonAsync($"/api/municipalities/{code}/issues", json)).JsonAsync(HttpStatusCode.Created);
        return (string)created["id"]!;
    }
}
