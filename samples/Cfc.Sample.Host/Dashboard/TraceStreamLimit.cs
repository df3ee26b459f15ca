using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Dashboard;

/// <summary>
/// At most <see cref="DashboardSettings.MaxTraceStreams"/> live log streams (<c>/dashboard/Trace</c>) at once, across
/// all callers: each holds a connection open for up to an hour and is sent every log line. Another is a 429 problem.
/// </summary>
/// <param name="settings">The dashboard's settings.</param>
internal sealed class TraceStreamLimit(IOptions<DashboardSettings> settings) : IRateLimiterPolicy<string>
{
    /// <summary>Answers a stream over the limit with a 429 problem naming the setting.</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <summary>One partition for every caller: the limit is the host's.</summary>
    /// <param name="httpContext">The request.</param>
    /// <returns>The partition.</returns>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(
            "trace",
            _ => new ConcurrencyLimiterOptions { PermitLimit = settings.Value.MaxTraceStreams, QueueLimit = 0 });

    private async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var setting = DashboardSettings.Setting(nameof(DashboardSettings.MaxTraceStreams));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many live log streams.",
                Detail = $"The host serves at most {settings.Value.MaxTraceStreams.ToString(CultureInfo.InvariantCulture)} live log streams at once ({setting}); close one and try again.",
                Extensions = { ["limit"] = setting },
            },
        });
    }
}
