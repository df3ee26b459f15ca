using System.Net;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// Every write route of the host's route table × every kind of caller: no token, each kind of bad token, another
/// member, the member itself (alone and among several members), a coordinator. Refusals are problems and change nothing.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class AuthorisationTests(HostFixture host)
{
    [Fact]
    public void Every_write_route_has_a_sample_request_and_every_sample_a_route()
    {
        var writes = WriteRoutes.Writes(host.Factory.Services).Select(r => r.Route).ToArray();

        Assert.NotEmpty(writes);
        Assert.Empty(writes.Except(WriteRoutes.Samples.Keys));
        Assert.Empty(WriteRoutes.Samples.Keys.Except(writes));
    }

    [Fact]
    public void Every_write_route_outside_the_api_is_a_known_anonymous_one_and_counts_towards_the_rate_limit()
    {
        var others = WriteRoutes.OtherWrites(host.Factory.Services);

        Assert.Equal(WriteRoutes.AnonymousWrites.Keys.Order(StringComparer.Ordinal), others.Select(r => r.Route));
        foreach (var (route, endpoint) in others)
        {
            Assert.True(
                endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == "cfc-writes",
                $"{route} is not rate limited.");
        }
    }

    [Fact]
    public void Every_write_route_needs_the_write_policy_and_counts_towards_the_rate_limit()
    {
        foreach (var (route, endpoint) in WriteRoutes.Writes(host.Factory.Services))
        {
            Assert.True(WriteRoutes.IsWrite(endpoint), $"{route} does not ask for the write policy.");
            Assert.True(
                endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == "cfc-writes",
                $"{route} is not rate limited.");
        }
    }

    [Fact]
    public async Task Every_write_route_refuses_callers_without_the_right_and_takes_those_with_it()
    {
        var failures = new List<string>();
        foreach (var (route, _) in WriteRoutes.Writes(host.Factory.Services))
        {
            if (!WriteRoutes.Samples.TryGetValue(route, out var sample))
            {
                failures.Add($"{route}: no sample request");
                continue;
            }

            var request = await sample.Arrange(host.Client);
            var before = await WriteRoutes.ReadStateAsync(host.Client, request.State);
            var refused = new List<(string Caller, string? Token, HttpStatusCode Status)> { ("no token", null, HttpStatusCode.Unauthorized) };
            refused.AddRange(Tokens.Bad.Select(bad => ($"{bad.Key} token", (string?)bad.Value(), HttpStatusCode.Unauthorized)));
            refused.Add(("another member", Tokens.Member("GM0001"), HttpStatusCode.Forbidden));
            refused.Add(("two other members", Tokens.Member("GM0001", "GM0002"), HttpStatusCode.Forbidden));
            if (sample.Owner == Owner.Network)
            {
                refused.Add(("the member named", Tokens.Member(request.Member), HttpStatusCode.Forbidden));
            }

            foreach (var (caller, token, status) in refused)
            {
                using var message = request.ToMessage(token);
                using var response = await host.Anonymous.SendAsync(message);
                failures.AddRange(await RefusalFailuresAsync(route, caller, status, response));
                var after = await WriteRoutes.ReadStateAsync(host.Client, request.State);
                if (after != before)
                {
                    failures.Add($"{route}, {caller}: the state changed:\n{before}\n->\n{after}");
                }
            }

            var accepted = new List<(string Caller, Func<string, string> Token)> { ("coordinator", _ => Tokens.Coordinator()) };
            if (sample.Owner == Owner.Member)
            {
                accepted.Add(("own member", member => Tokens.Member(member)));
                accepted.Add(("own member among several", member => Tokens.Member("GM0001", member, "GM0002")));
            }

            foreach (var (caller, token) in accepted)
            {
                var fresh = await sample.Arrange(host.Client);
                var unwritten = await WriteRoutes.ReadStateAsync(host.Client, fresh.State);
                using var message = fresh.ToMessage(token(fresh.Member));
                using var response = await host.Anonymous.SendAsync(message);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add($"{route}, {caller}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else if (await WriteRoutes.ReadStateAsync(host.Client, fresh.State) == unwritten)
                {
                    failures.Add($"{route}, {caller}: answered {(int)response.StatusCode} but the state did not change");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task With_several_member_claims_a_token_writes_each_of_those_members_and_no_other()
    {
        var first = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var second = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var third = await WriteRoutes.NewMunicipalityAsync(host.Client);
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member(first, second));

        await (await client.PostJsonAsync($"/api/municipalities/{first}/issues", """{"title": "Een"}""")).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/municipalities/{second}/issues", """{"title": "Twee"}""")).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/municipalities/{third}/issues", """{"title": "Drie"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await host.Anonymous.GetJsonAsync($"/api/municipalities/{third}/issues")).AsArray());
    }

    [Fact]
    public async Task An_issue_of_another_member_is_403_even_with_its_id_and_stays()
    {
        var owner = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var intruder = await WriteRoutes.NewMunicipalityAsync(host.Client);
        var id = (string)(await (await host.Client.PostJsonAsync($"/api/municipalities/{owner}/issues", """{"title": "Van mij"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member(intruder));

        await (await client.DeleteAsync(new Uri($"/api/issues/{id}", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden);
        // An id that names the intruder's code but another member's issue is the intruder's to ask for, and unknown.
        await (await client.DeleteAsync(new Uri($"/api/issues/{intruder}{id[owner.Length..]}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await host.Anonymous.GetJsonAsync($"/api/issues/{id}");
    }

    private static async Task<IEnumerable<string>> RefusalFailuresAsync(string route, string caller, HttpStatusCode expected, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var failures = new List<string>();
        if (response.StatusCode != expected)
        {
            failures.Add($"{route}, {caller}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        }
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !body.Contains("\"detail\"", StringComparison.Ordinal))
        {
            failures.Add($"{route}, {caller}: not a problem with a detail: {response.Content.Headers.ContentType} {body}");
        }

        return failures;
    }
}
