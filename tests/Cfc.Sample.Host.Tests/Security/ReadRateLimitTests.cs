using System.Globalization;
using System.Net;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// The reads' rate limit per caller (<c>Cfc:Limits:ReadsPerWindow</c> in <c>Cfc:Limits:ReadWindow</c>), on a host of
/// its own whose clients all come from one address.
/// </summary>
public sealed class ReadRateLimitTests : IAsyncLifetime
{
    private const int Reads = 6;

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-reads-").FullName;
    private HostFactory Factory { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, settings: new Dictionary<string, string>
        {
            ["Cfc:Limits:ReadsPerWindow"] = Reads.ToString(CultureInfo.InvariantCulture),
            ["Cfc:Limits:ReadWindow"] = "01:00:00",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Anonymous_reads_over_the_limit_get_429_with_Retry_After_naming_the_setting_while_health_checks_token_holders_and_writes_go_on()
    {
        using var anonymous = Factory.CreateClient();
        using var holder = Factory.CreateClient();
        holder.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator("reader"));
        using var unnamed = Factory.CreateClient();
        unnamed.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.CoordinatorWithoutSubject());
        using var badToken = Factory.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Forged());
        for (var i = 0; i < Reads - 1; i++)
        {
            await anonymous.GetJsonAsync("/api/indicators");
        }

        // A page counts as a read too.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var refused = await anonymous.GetAsync(new Uri("/api/municipalities", UriKind.Relative));
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);

        Assert.Contains("Cfc:Limits:ReadsPerWindow", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal("Cfc:Limits:ReadsPerWindow", (string?)problem["limit"]);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, CultureInfo.InvariantCulture), 1, 3600);
        await (await anonymous.GetAsync(new Uri("/", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);
        // A bad token is no token: it reads as its address does.
        await (await badToken.GetAsync(new Uri("/api/municipalities", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        await holder.GetJsonAsync("/api/municipalities");
        await unnamed.GetJsonAsync("/api/municipalities");
        await (await holder.PutJsonAsync("/api/municipalities/GM0120", """{"name": "Schrijft nog"}""")).JsonAsync(HttpStatusCode.Created);
        for (var i = 0; i < Reads - 1; i++)
        {
            await holder.GetJsonAsync("/api/municipalities/GM0120");
        }

        await (await holder.GetAsync(new Uri("/api/municipalities/GM0120", UriKind.Relative))).ProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
