using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// The host answers only for the hosts of <c>AllowedHosts</c> (the tests' <c>localhost</c>, with any port), builds no
/// link from the request's <c>Host</c>, and every response, pages and problems alike, carries a
/// <c>Content-Security-Policy</c>, <c>X-Content-Type-Options</c> and <c>Referrer-Policy</c>.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed partial class WebHeadersTests(HostFixture host)
{
    [Theory]
    [InlineData("http://evil.example/")]
    [InlineData("http://evil.example/api/municipalities")]
    [InlineData("http://localhost.evil.example/match")]
    public async Task A_request_for_another_host_is_a_400_problem_naming_AllowedHosts(string address)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

        var response = await client.GetAsync(new Uri(address).PathAndQuery);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("AllowedHosts", (string?)problem["setting"]);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=en")]
    [InlineData("/match?title=armoede")]
    [InlineData("/municipalities/GM0001")]
    [InlineData("/issues/GM0518-onbekend")]
    [InlineData("/no-such-page")]
    [InlineData("/assets/cfc.css")]
    [InlineData("/api/municipalities")]
    [InlineData("/api/municipalities/GM0001")]
    [InlineData("/api/issues/GM0518-onbekend/matches?k=0")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/live")]
    public async Task Every_page_and_problem_carries_the_content_security_policy_nosniff_and_the_referrer_policy(string path)
    {
        var response = await host.Anonymous.GetAsync(path);

        AssertSecurityHeaders(response);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_refused_for_want_of_a_token_carries_the_headers_too()
    {
        var response = await host.Anonymous.PutJsonAsync("/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_API_reference_allows_only_its_own_inline_scripts_by_a_nonce_of_the_request()
    {
        var first = await host.Anonymous.GetAsync("/scalar");
        var second = await host.Anonymous.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        AssertSecurityHeaders(first);
        var nonces = new[] { first, second }.Select(r => Nonce().Match(r.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value).ToList();
        Assert.All(nonces, nonce => Assert.NotEmpty(nonce));
        Assert.NotEqual(nonces[0], nonces[1]);
        var html = await first.Content.ReadAsStringAsync();
        Assert.All(Scripts().Matches(html), script => Assert.Contains($"nonce=\"{nonces[0]}\"", script.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:1234", "/")]
    [InlineData("http://localhost:1234", "/?culture=en")]
    [InlineData("http://localhost:4321", "/match?title=armoede&culture=en")]
    [InlineData("http://localhost:4321", "/municipalities/GM0001")]
    [InlineData("http://127.0.0.1:8080", "/issues/GM0518-onbekend")]
    public async Task No_link_on_a_page_names_the_requests_host(string address, string path)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        var links = Links().Matches(html).Select(m => m.Groups[2].Value).ToList();
        Assert.Contains(links, link => link.Contains("culture=", StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) || link.StartsWith('#'), link));
        Assert.DoesNotContain(new Uri(address).Authority, html, StringComparison.Ordinal);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policy), $"No Content-Security-Policy on {response.RequestMessage?.RequestUri}");
        Assert.Contains("frame-ancestors 'none'", policy.Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [GeneratedRegex("\\s(href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex Scripts();
}
