using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>Requests and the checks every test makes on responses.</summary>
public static class Http
{
    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string uri, string json) =>
        client.PutAsync(uri, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string uri, string json) =>
        client.PostAsync(uri, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The JSON body, after checking the status.</summary>
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The problem, after checking its status, its media type and the fields RFC 9457 asks for.</summary>
    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), problem.ToJsonString());
        return problem;
    }

    /// <summary>A 400 problem whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field), $"Expected errors for '{field}': {problem.ToJsonString()}");
        Assert.NotEmpty(errors[field]!.AsArray());
        return problem;
    }

    /// <summary>The names of an object's properties, in order.</summary>
    public static string[] Names(this JsonNode node) => [.. node.AsObject().Select(p => p.Key)];

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string uri) =>
        await (await client.GetAsync(new Uri(uri, UriKind.Relative))).JsonAsync(HttpStatusCode.OK);
}
