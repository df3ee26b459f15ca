using System.Collections.Concurrent;
using System.Net;
using Cfc.Sample.Host.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// The Orleans dashboard, turned on (<c>Cfc:Dashboard:Enabled</c>) on a host of its own with at most two live log
/// streams: coordinators only, by bearer token or by the cookie of its sign-in; the live log limited; an address of no
/// silo a 404 problem that logs no exception.
/// </summary>
public sealed class DashboardTests(DashboardTests.Dashboard host) : IClassFixture<DashboardTests.Dashboard>
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/Trace")]
    [InlineData("/dashboard/DashboardCounters")]
    [InlineData("/dashboard/SiloProperties/garbage")]
    public async Task An_anonymous_request_is_a_401_problem(string path)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var problem = await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("/dashboard/signin", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/Trace")]
    public async Task A_members_token_is_a_403_problem(string path)
    {
        using var client = Client(Tokens.Member("GM0518"));

        await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.min.js")]
    [InlineData("/dashboard/version")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task A_coordinators_token_opens_the_dashboard(string path)
    {
        using var client = Client(Tokens.Coordinator());

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_with_a_coordinators_token_gives_a_cookie_for_the_dashboard_alone_which_its_page_then_uses()
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/signin")).StatusCode);

        var signIn = await browser.PostAsync("/dashboard/session", new FormUrlEncodedContent([new("token", Tokens.Coordinator())]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dashboard/", signIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("cfc-dashboard=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/DashboardCounters")).StatusCode);
        // The cookie is the dashboard's only: it writes nothing.
        await (await browser.PutJsonAsync("/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_in_with_a_members_or_a_forged_token_sets_no_cookie()
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var member = await browser.PostAsync("/dashboard/session", new FormUrlEncodedContent([new("token", Tokens.Member("GM0518"))]));
        var forged = await browser.PostAsync("/dashboard/session", new FormUrlEncodedContent([new("token", Tokens.Forged())]));

        await member.ProblemAsync(HttpStatusCode.Forbidden);
        await forged.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(member.Headers.Contains("Set-Cookie"));
        Assert.False(forged.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://elsewhere.example")]
    [InlineData("Origin", "null")]
    public async Task A_sign_in_posted_from_another_site_is_a_403_problem_and_sets_no_cookie(string header, string value)
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/session") { Content = new FormUrlEncodedContent([new("token", Tokens.Coordinator())]) };
        request.Headers.Add(header, value);

        var signIn = await browser.SendAsync(request);

        var problem = await signIn.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("/dashboard/signin", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    // Chromium, under Referrer-Policy: no-referrer, sends a same-origin form's Origin as "null", with its Sec-Fetch-Site.
    [InlineData("same-origin", "null")]
    [InlineData(null, "http://localhost")]
    public async Task A_sign_in_posted_from_the_hosts_own_page_gets_its_cookie(string? site, string origin)
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/session") { Content = new FormUrlEncodedContent([new("token", Tokens.Coordinator())]) };
        request.Headers.Add("Origin", origin);
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        var signIn = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("cfc-dashboard=", Assert.Single(signIn.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_has_the_pages_strict_policy_and_the_dashboard_its_own()
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());

        var signIn = await browser.GetAsync("/dashboard/signin");
        var dashboard = await browser.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(SecurityHeaders.Policy, Assert.Single(signIn.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(SecurityHeaders.DashboardPolicy, Assert.Single(dashboard.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_live_log_stream_past_the_limit_is_a_429_problem_naming_the_setting_and_a_closed_one_frees_its_place()
    {
        using var client = Client(Tokens.Coordinator());
        var streams = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < Dashboard.MaxTraceStreams; i++)
            {
                var stream = await client.GetAsync("/dashboard/Trace", HttpCompletionOption.ResponseHeadersRead);
                streams.Add(stream);
                Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            }

            var refused = await client.GetAsync("/dashboard/Trace", HttpCompletionOption.ResponseHeadersRead);
            // Before the body is read: a stream that was let through would never end.
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("Cfc:Dashboard:MaxTraceStreams", (string?)problem["limit"]);

            streams[0].Dispose();
            streams.RemoveAt(0);
            var again = await RetryAsync(() => client.GetAsync("/dashboard/Trace", HttpCompletionOption.ResponseHeadersRead));
            streams.Add(again);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    [Theory]
    [InlineData("/dashboard/SiloProperties/garbage")]
    [InlineData("/dashboard/SiloStats/garbage")]
    [InlineData("/dashboard/SiloCounters/127.0.0.1:1@1")]
    [InlineData("/dashboard/HistoricalStats/garbage")]
    public async Task An_address_of_no_silo_is_a_404_problem_and_logs_no_exception(string path)
    {
        using var client = Client(Tokens.Coordinator());
        var before = host.Exceptions.Count();

        await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(host.Exceptions.Skip(before));
    }

    [Fact]
    public async Task The_address_of_a_silo_of_the_cluster_is_answered()
    {
        using var client = Client(Tokens.Coordinator());
        var silo = host.Factory.Services.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>().SiloAddress.ToParsableString();

        var response = await client.GetAsync($"/dashboard/SiloProperties/{silo}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_start_report_says_where_the_dashboard_is_and_who_may_open_it()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Contains("dashboard:    ", report, StringComparison.Ordinal);
        Assert.Contains("/dashboard (coordinators only: sign in at ", report, StringComparison.Ordinal);
        Assert.Contains("at most 2 live log streams", report, StringComparison.Ordinal);
    }

    private HttpClient Client(string token)
    {
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    // A closed stream's request ends when the server notices: until then the place is still taken.
    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var i = 0; ; i++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || i == 100)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(50);
        }
    }

    /// <summary>A host with the dashboard on, at most two live log streams, and every exception logged kept.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes the log.")]
    public sealed class Dashboard : IAsyncLifetime
    {
        public const int MaxTraceStreams = 2;

        private readonly string _directory = Directory.CreateTempSubdirectory("cfc-dashboard-").FullName;
        private readonly ExceptionLog _log = new();

        public HostFactory Factory { get; private set; } = null!;

        /// <summary>Every exception a log line carried.</summary>
        public IEnumerable<string> Exceptions => _log.Exceptions;

        public Task InitializeAsync()
        {
            Factory = new HostFactory(
                _directory,
                settings: new Dictionary<string, string> { ["Cfc:Dashboard:Enabled"] = "true", ["Cfc:Dashboard:MaxTraceStreams"] = "2" },
                services: services => services.AddLogging(logging => logging.AddProvider(_log)));
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            _log.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class ExceptionLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _exceptions = new();

        public IEnumerable<string> Exceptions => _exceptions;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ExceptionLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (exception is not null && exception is not OperationCanceledException)
                {
                    log._exceptions.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
