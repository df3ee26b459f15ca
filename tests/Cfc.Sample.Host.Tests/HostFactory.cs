using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The sample host in process, on its own data folder and free Orleans ports, with a fake clock; seeding off unless
/// asked for; the rate limits out of the way (every test token has the same subject, every client the same address)
/// unless <paramref name="settings"/> set them.
/// </summary>
public sealed class HostFactory(string dataDirectory, bool seed = false, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{

    /// <summary>The fake clock's start: 1 March 2026, 12:00 UTC.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);

    private readonly (int Silo, int Gateway) _ports = FreePortPair();

    /// <summary>The host's clock.</summary>
    public FakeClock Clock { get; } = new(Now);

    /// <summary>The data folder.</summary>
    public string DataDirectory { get; } = dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cfc:DataDirectory", DataDirectory);
        builder.UseSetting("Cfc:Seed", seed ? "true" : "false");
        builder.UseSetting("Cfc:Cluster:SiloPort", _ports.Silo.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Cfc:Cluster:GatewayPort", _ports.Gateway.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Cfc:Limits:WritesPerWindow", Tokens.UnlimitedWrites);
        builder.UseSetting("Cfc:Limits:ReadsPerWindow", Tokens.UnlimitedReads);

        // The functional tests share two cores with dozens of hosts, where a store write is now and then held up for
        // seconds; the production bounds are not what they test (the Storage tests run host processes with the defaults).
        builder.UseSetting("Cfc:Cluster:ResponseTimeout", "00:00:30");
        builder.UseSetting("Cfc:Storage:Timeout", "00:00:25");
        foreach (var (key, value) in Tokens.Settings.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }

        // AddCfcSdk registers the system clock with TryAdd; this registration comes later and wins.
        builder.ConfigureTestServices(test =>
        {
            test.AddSingleton<IClock>(Clock);
            services?.Invoke(test);
        });
    }

    private static (int, int) FreePortPair()
    {
        var silo = FreePort();
        var gateway = FreePort();
        while (gateway == silo)
        {
            gateway = FreePort();
        }

        return (silo, gateway);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One host shared by the tests of the routes, seeding off; each test uses municipality codes of its own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-").FullName;

    public HostFactory Factory { get; private set; } = null!;

    /// <summary>A client that sends a coordinator's token, which may write everything.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client without a token: reads only.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory);
        Client = Factory.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        Anonymous = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class HostDefinition : ICollectionFixture<HostFixture>
{
    public const string Name = "sample host";
}
