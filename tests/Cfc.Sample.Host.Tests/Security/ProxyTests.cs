using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// The host behind a reverse proxy (<c>Cfc:Proxy:KnownProxies</c>): two hosts of their own whose every request comes
/// from the proxy's address, 127.0.0.1, one that trusts it and one that trusts no proxy, each with a small read limit.
/// </summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private const int Reads = 3;

    private readonly string _trusting = Directory.CreateTempSubdirectory("cfc-sample-host-proxy-").FullName;
    private readonly string _plain = Directory.CreateTempSubdirectory("cfc-sample-host-noproxy-").FullName;
    private HostFactory Trusting { get; set; } = null!;
    private HostFactory Plain { get; set; } = null!;

    public Task InitializeAsync()
    {
        Trusting = Host(_trusting, new() { ["Cfc:Proxy:KnownProxies:0"] = "127.0.0.1" });
        Plain = Host(_plain, []);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Trusting.DisposeAsync();
        await Plain.DisposeAsync();
        Directory.Delete(_trusting, recursive: true);
        Directory.Delete(_plain, recursive: true);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_reads_of_its_own()
    {
        using var first = Client(Trusting, "203.0.113.1");
        using var second = Client(Trusting, "203.0.113.2");
        for (var i = 0; i < Reads; i++)
        {
            await first.GetJsonAsync("/api/indicators");
        }

        await (await first.GetAsync(new Uri("/api/indicators", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);
        await second.GetJsonAsync("/api/indicators");
    }

    [Fact]
    public async Task What_a_client_writes_into_X_Forwarded_For_before_the_proxy_does_not_choose_its_reads()
    {
        using var client = Client(Trusting, "203.0.113.3");
        for (var i = 0; i < Reads; i++)
        {
            await client.GetJsonAsync("/api/indicators");
        }

        // The proxy appends the address it saw to the client's own header: only that last entry counts.
        using var spoofing = Client(Trusting, "198.51.100.1, 203.0.113.3");
        await (await spoofing.GetAsync(new Uri("/api/indicators", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_X_Forwarded_For_is_ignored()
    {
        using var first = Client(Plain, "203.0.113.1");
        using var second = Client(Plain, "203.0.113.2");
        for (var i = 0; i < Reads; i++)
        {
            await first.GetJsonAsync("/api/indicators");
        }

        await (await second.GetAsync(new Uri("/api/indicators", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_that_says_https_the_dashboards_cookie_is_Secure()
    {
        using var browser = Client(Trusting, "203.0.113.4");
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var signIn = await browser.PostAsync(new Uri("/dashboard/session", UriKind.Relative), new FormUrlEncodedContent([new("token", Tokens.Coordinator())]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", Assert.Single(signIn.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_X_Forwarded_Proto_is_ignored()
    {
        using var browser = Client(Plain, "203.0.113.4");
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var signIn = await browser.PostAsync(new Uri("/dashboard/session", UriKind.Relative), new FormUrlEncodedContent([new("token", Tokens.Coordinator())]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("secure", Assert.Single(signIn.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    private static HostFactory Host(string directory, Dictionary<string, string> settings) =>
        new(
            directory,
            settings: new Dictionary<string, string>(settings)
            {
                ["Cfc:Limits:ReadsPerWindow"] = Reads.ToString(CultureInfo.InvariantCulture),
                ["Cfc:Limits:ReadWindow"] = "01:00:00",
                ["Cfc:Dashboard:Enabled"] = "true",
            },
            services: services => services.AddSingleton<IStartupFilter, FromTheProxy>());

    private static HttpClient Client(HostFactory host, string forwardedFor)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    // The test server gives a request no address: here every one comes from the proxy's, as it would behind nginx.
    private sealed class FromTheProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return then(context);
            });
            next(app);
        };
    }
}
