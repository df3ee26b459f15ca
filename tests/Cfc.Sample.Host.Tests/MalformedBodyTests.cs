using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>A body that cannot be read is 400 on every write route added with the network's data, never 500.</summary>
[Collection(HostDefinition.Name)]
public sealed class MalformedBodyTests(HostFixture host)
{
    public static TheoryData<string, string, string> Writes()
    {
        string[] bodies = ["""{"title": """, "not json", "", "null", "[]"];
        (string Method, string Uri)[] routes =
        [
            ("PUT", "/api/organisations/kapot-fonds"),
            ("PUT", "/api/newsletters/schedule"),
            ("POST", "/api/meetings"),
            ("PUT", "/api/meetings/1"),
            ("POST", "/api/meetings/1/cancellation"),
            ("POST", "/api/practices"),
            ("POST", "/api/bottlenecks"),
            ("POST", "/api/bottlenecks/1/escalations"),
            ("POST", "/api/municipalities/GM0750/membership"),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var (method, uri) in routes)
        {
            foreach (var body in bodies)
            {
                data.Add(method, uri, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_malformed_body_is_400(string method, string uri, string body)
    {
        Assert.True((await host.Client.PutJsonAsync("/api/municipalities/GM0750", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
        if (uri.StartsWith("/api/bottlenecks/1", StringComparison.Ordinal))
        {
            await (await host.Client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM0750", "title": "T", "description": "D"}""")).JsonAsync(HttpStatusCode.Created);
        }

        var response = method == "PUT" ? await host.Client.PutJsonAsync(uri, body) : await host.Client.PostJsonAsync(uri, body);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
