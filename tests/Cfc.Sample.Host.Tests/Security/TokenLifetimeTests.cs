using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// When a bearer token is valid: at most 30 s after its expiry, with an expiry, and valid for at most
/// <c>Cfc:Limits:MaxTokenLifetime</c> (one hour on this host). The bearer scheme's clock stands still at
/// <see cref="HostFactory.Now"/>, so each edge is exact.
/// </summary>
public sealed class TokenLifetimeTests : IAsyncLifetime
{
    private static readonly DateTime Now = HostFactory.Now.ToDateTimeUtc();

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-tokens-").FullName;
    private HostFactory Factory { get; set; } = null!;
    private int _written;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(
            _directory,
            settings: new Dictionary<string, string> { ["Cfc:Limits:MaxTokenLifetime"] = "01:00:00" },
            services: services => services.PostConfigure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme,
                bearer => bearer.TimeProvider = new StoppedClock(HostFactory.Now.ToDateTimeOffset())));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_token_expired_29_s_ago_is_accepted_and_one_expired_31_s_ago_is_401_saying_so()
    {
        await AcceptedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-30), Now.AddMinutes(-30), Now.AddSeconds(-29)));
        await AcceptedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-30), Now.AddMinutes(-30), Now.AddSeconds(-30)));

        var detail = await RefusedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-30), Now.AddMinutes(-30), Now.AddSeconds(-31)));

        Assert.Contains("expired at 2026-03-01T11:59:29Z", detail, StringComparison.Ordinal);
        Assert.Contains("30 s", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_valid_for_exactly_the_maximum_is_accepted_and_one_valid_a_second_longer_is_401_naming_the_setting()
    {
        await AcceptedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-10), Now.AddMinutes(-10), Now.AddMinutes(50)));
        // Without nbf the lifetime runs from iat.
        await AcceptedAsync(Tokens.CoordinatorValid(notBefore: null, Now.AddMinutes(-10), Now.AddMinutes(50)));

        var detail = await RefusedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-10), Now.AddMinutes(-10), Now.AddMinutes(50).AddSeconds(1)));
        await RefusedAsync(Tokens.CoordinatorValid(notBefore: null, Now.AddMinutes(-10), Now.AddMinutes(50).AddSeconds(1)));

        Assert.Contains("Cfc:Limits:MaxTokenLifetime", detail, StringComparison.Ordinal);
        Assert.Contains("01:00:01", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_expiring_in_2125_is_401_however_it_dates_its_issue()
    {
        var expires = new DateTime(2125, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        await RefusedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-1), Now.AddMinutes(-1), expires));
        // An iat or nbf just before the expiry does not shorten it: a token is never counted as valid from after now.
        await RefusedAsync(Tokens.CoordinatorValid(notBefore: null, expires.AddMinutes(-30), expires));
        await RefusedAsync(Tokens.CoordinatorValid(notBefore: null, issuedAt: null, expires));
    }

    [Fact]
    public async Task A_token_without_exp_is_401_saying_so()
    {
        var detail = await RefusedAsync(Tokens.CoordinatorValid(Now.AddMinutes(-1), Now.AddMinutes(-1), expires: null));

        Assert.Contains("no expiry (exp)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_not_valid_until_more_than_30_s_from_now_is_401()
    {
        await AcceptedAsync(Tokens.CoordinatorValid(Now.AddSeconds(30), Now.AddSeconds(30), Now.AddMinutes(30)));

        var detail = await RefusedAsync(Tokens.CoordinatorValid(Now.AddSeconds(31), Now.AddSeconds(31), Now.AddMinutes(30)));

        Assert.Contains("not valid before 2026-03-01T12:00:31Z", detail, StringComparison.Ordinal);
    }

    private async Task AcceptedAsync(string token)
    {
        using var client = Client(token);
        await (await client.PutJsonAsync($"/api/municipalities/GM0{700 + _written++}", """{"name": "Op tijd"}""")).JsonAsync(HttpStatusCode.Created);
    }

    // A refused write changes nothing; the problem's detail says why.
    private async Task<string> RefusedAsync(string token)
    {
        using var client = Client(token);
        var problem = await (await client.PutJsonAsync("/api/municipalities/GM0699", """{"name": "Te laat"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        using var anonymous = Factory.CreateClient();
        await (await anonymous.GetAsync(new Uri("/api/municipalities/GM0699", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        return (string)problem["detail"]!;
    }

    private HttpClient Client(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>A clock that always says the same time.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
