using Cfc.Sample.Host.Dashboard;
using Cfc.Sample.Host.Seeding;
using Cfc.Sample.Host.Storage;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Tells on the console, once the host has started, where it listens, where its data is and in which mode; and, when
/// the settings cannot be used, why the host does not start. Warns when others may read the data directory
/// (<see cref="DataDirectoryAccess"/>), and about a store that can lose acknowledged writes or is short of space (<see cref="StoreReport"/>).
/// </summary>
internal sealed partial class StartupReport(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<CfcHostingOptions> options,
    IOptions<DashboardSettings> dashboard,
    IConfiguration configuration,
    StoreReport store,
    ILogger<StartupReport> logger) : IHostedService
{
    /// <summary>How long a stop (SIGTERM) waits for requests in flight and the silo's shutdown.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Warns about a data directory that others may read, and registers the report to be written when the host has started.</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (DataDirectoryAccess.Warning(options.Value) is { } warning)
        {
            LogDataDirectoryReadable(warning);
        }

        foreach (var storeWarning in store.Warnings())
        {
            LogStoreWarning(storeWarning);
        }

        lifetime.ApplicationStarted.Register(() => Console.Out.Write(Describe()));
        return Task.CompletedTask;
    }

    /// <summary>Does nothing.</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The lines the report writes.</summary>
    /// <returns>The report, one fact a line.</returns>
    internal string Describe()
    {
        var cfc = options.Value;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var listening = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(no network address: an in-process test server)";
        var first = addresses is { Count: > 0 } ? addresses.First().TrimEnd('/') : "";
        var data = cfc.Cluster.Mode == CfcClusterMode.Redis
            ? "Redis (ConnectionStrings:Redis)"
            : cfc.DatabasePath;
        return $"""
            Cfc.Sample.Host started.
              listening on: {listening}
              data:         {data}
              store:        {store.Describe()}
              mode:         {cfc.Cluster.Mode} (network '{cfc.NetworkId}')
              silo port:    {SiloPort(cfc.Cluster)}
              gateway:      {Gateway(cfc.Cluster)}
              seeding:      {(Seeder.IsEnabled(configuration) ? "on (Cfc:Seed)" : "off (Cfc:Seed=false)")}
              api:          {first}{ApiDocumentation.ReferencePath} (OpenAPI document: {first}{ApiDocumentation.DocumentPath})
              dashboard:    {DashboardAccess.Describe(dashboard.Value, first)}

            """;
    }

    // Every Orleans port that listens, where, and what keeps others out: nothing but HTTP should serve callers unchecked.
    private static string SiloPort(CfcClusterOptions cluster) => $"{Address(cluster)}:{cluster.SiloPort}, {Protection(cluster)}";

    private static string Gateway(CfcClusterOptions cluster) => cluster.GatewayEnabled
        ? $"{Address(cluster)}:{cluster.GatewayPort}, {Protection(cluster)}"
        : "off (Cfc:Cluster:GatewayEnabled=false): grains are reached through HTTP only";

    private static string Address(CfcClusterOptions cluster) =>
        cluster.Mode == CfcClusterMode.Redis ? cluster.AdvertisedAddress : "127.0.0.1";

    private static string Protection(CfcClusterOptions cluster) =>
        !string.IsNullOrWhiteSpace(cluster.Tls.CertificatePath) ? "mutual TLS (Cfc:Cluster:Tls:CertificatePath)"
        : cluster.Tls.AllowPlaintext ? "plaintext (Cfc:Cluster:Tls:AllowPlaintext=true)"
        : "plaintext, this machine only";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private partial void LogDataDirectoryReadable(string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private partial void LogStoreWarning(string warning);

    /// <summary>Writes why the host cannot start to the error output, without a stack trace.</summary>
    /// <param name="error">The error; its message names the setting.</param>
    /// <returns>The process's exit code: 1.</returns>
    internal static int CannotStart(Exception error)
    {
        Console.Error.WriteLine($"Cfc.Sample.Host cannot start: {error.Message}");
        return 1;
    }
}
