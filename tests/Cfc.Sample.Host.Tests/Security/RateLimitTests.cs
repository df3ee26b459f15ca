using System.Net;
using Cfc.Sample.Host.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>The writes' rate limit per caller (<c>Cfc:Limits:WritesPerWindow</c> in <c>Cfc:Limits:WriteWindow</c>), on a host of its own; and who a caller is.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-rate-").FullName;
    private HostFactory Factory { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, settings: new Dictionary<string, string>
        {
            ["Cfc:Limits:WritesPerWindow"] = "3",
            ["Cfc:Limits:WriteWindow"] = "01:00:00",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_caller_over_its_write_limit_gets_429_with_Retry_After_and_changes_nothing_while_others_write_and_reads_go_on()
    {
        using var first = Client(Tokens.Coordinator("first"));
        using var second = Client(Tokens.Coordinator("second"));
        using var anonymous = Factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await first.PutJsonAsync($"/api/municipalities/GM010{i}", """{"name": "Binnen de grens"}""")).JsonAsync(HttpStatusCode.Created);
        }

        var refused = await first.PutJsonAsync("/api/municipalities/GM0103", """{"name": "Te veel"}""");
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);

        Assert.Contains("Cfc:Limits:WritesPerWindow", (string?)problem["detail"], StringComparison.Ordinal);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        await (await anonymous.GetAsync(new Uri("/api/municipalities/GM0103", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await second.PutJsonAsync("/api/municipalities/GM0104", """{"name": "Een ander"}""")).JsonAsync(HttpStatusCode.Created);
        for (var i = 0; i < 5; i++)
        {
            await anonymous.GetJsonAsync("/api/municipalities");
        }
    }

    [Fact]
    public async Task Anonymous_writes_refused_with_401_do_not_use_up_the_quota_of_a_token_without_a_subject_from_the_same_address()
    {
        // Every client of a test host comes from the same address.
        using var anonymous = Factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var refused = await anonymous.PutJsonAsync("/api/municipalities/GM0110", """{"name": "Anoniem"}""");
            Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
        }

        using var unnamed = Client(Tokens.CoordinatorWithoutSubject());
        for (var i = 0; i < 3; i++)
        {
            await (await unnamed.PutJsonAsync($"/api/municipalities/GM011{i + 1}", """{"name": "Zonder sub"}""")).JsonAsync(HttpStatusCode.Created);
        }

        await (await unnamed.PutJsonAsync("/api/municipalities/GM0114", """{"name": "Te veel"}""")).ProblemAsync(HttpStatusCode.TooManyRequests);
        // Another token without a subject is another caller.
        using var other = Client(Tokens.CoordinatorWithoutSubject());
        await (await other.PutJsonAsync("/api/municipalities/GM0115", """{"name": "Een ander"}""")).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public void A_token_without_a_subject_counts_as_a_hash_of_itself_and_never_as_the_token()
    {
        var token = Tokens.CoordinatorWithoutSubject();
        var context = new DefaultHttpContext
        {
            User = new(new System.Security.Claims.ClaimsIdentity([new("role", "coordinator")], "Bearer")),
        };
        context.Request.Headers.Authorization = $"Bearer {token}";

        var caller = WriteProtection.Caller(context);

        Assert.Matches("^token:[0-9A-F]{64}$", caller);
        Assert.DoesNotContain(token, caller, StringComparison.Ordinal);
        context.Request.Headers.Authorization = $"Bearer {Tokens.CoordinatorWithoutSubject()}x";
        Assert.NotEqual(caller, WriteProtection.Caller(context));
    }

    private HttpClient Client(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
