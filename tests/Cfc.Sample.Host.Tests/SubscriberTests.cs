using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The newsletter's subscribers (personal data: coordinator only), on a host of its own: the newsletter is the
/// network's, one for all tests.
/// </summary>
public sealed class SubscriberTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Address = """{"address": "jeugd@gooisemeren.example"}""";

    [Fact]
    public async Task Subscribers_are_added_once_listed_and_removed_and_bad_addresses_change_nothing()
    {
        var client = host.Client;
        await (await client.PostJsonAsync("/api/newsletters/subscribers", Address)).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).JsonAsync(HttpStatusCode.Created);
        Assert.Empty((await client.GetJsonAsync("/api/newsletters/subscribers")).AsArray());

        var response = await client.PostJsonAsync("/api/newsletters/subscribers", """{"address": " jeugd@gooisemeren.example "}""");
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("jeugd@gooisemeren.example", (string?)created["address"]);
        Assert.Equal("/api/newsletters/subscribers", response.Headers.Location?.OriginalString);
        // Already subscribed in another case: 200 with the address as the newsletter keeps it.
        var again = await (await client.PostJsonAsync("/api/newsletters/subscribers", """{"address": "JEUGD@gooisemeren.example"}""")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("jeugd@gooisemeren.example", (string?)again["address"]);
        await (await client.PostJsonAsync("/api/newsletters/subscribers", """{"address": "raad@statia.example"}""")).JsonAsync(HttpStatusCode.Created);

        foreach (var bad in new[] { "{}", """{"address": " "}""", """{"address": "geen adres"}""", """{"address": "Jeugd <jeugd@statia.example>"}""", """{"address": "a@b.example, c@d.example"}""", """{"address": "jan@example"}""", """{"address": 5}""" })
        {
            await (await client.PostJsonAsync("/api/newsletters/subscribers", bad)).ValidationProblemAsync("address");
        }

        var dotless = await (await client.PostJsonAsync("/api/newsletters/subscribers", """{"address": "jan@example"}""")).ValidationProblemAsync("address");
        Assert.Contains("domain with a dot", (string?)dotless["errors"]!["address"]![0], StringComparison.Ordinal);

        await (await client.PostJsonAsync("/api/newsletters/subscribers/removals", "{}")).ValidationProblemAsync("address");
        await (await client.PostJsonAsync("/api/newsletters/subscribers/removals", """{"address": "niemand@statia.example"}""")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(
            ["jeugd@gooisemeren.example", "raad@statia.example"],
            (await client.GetJsonAsync("/api/newsletters/subscribers")).AsArray().Select(s => (string?)s!["address"]));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/newsletters/subscribers/removals", """{"address": "RAAD@statia.example"}""")).StatusCode);
        await (await client.PostJsonAsync("/api/newsletters/subscribers/removals", """{"address": "raad@statia.example"}""")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["jeugd@gooisemeren.example"], (await client.GetJsonAsync("/api/newsletters/subscribers")).AsArray().Select(s => (string?)s!["address"]));
    }

    [Fact]
    public async Task Only_a_coordinator_reads_or_writes_them()
    {
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0518"));

        await (await host.Anonymous.GetAsync("/api/newsletters/subscribers")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/newsletters/subscribers", Address)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/newsletters/subscribers/removals", Address)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.GetAsync("/api/newsletters/subscribers")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync("/api/newsletters/subscribers", Address)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync("/api/newsletters/subscribers/removals", Address)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
