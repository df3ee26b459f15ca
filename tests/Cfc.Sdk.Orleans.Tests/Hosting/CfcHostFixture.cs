using System.Globalization;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>
/// A silo host and a client, each set up by <c>AddCfc(configuration)</c> alone in Localhost mode (the embedded store
/// in a temporary folder), as an application would set them up, with short retry delays; the silo's gateway open
/// (without TLS, on loopback) for the client.
/// </summary>
public sealed class CfcHostFixture : IAsyncLifetime
{
    /// <summary>The retries the fixture's settings allow.</summary>
    public const int MaxRetryAttempts = 3;

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-host-").FullName;
    private IHost? _silo;
    private CfcClient? _client;

    /// <summary>The settings of the silo and the client.</summary>
    public CfcSettings Settings { get; private set; } = null!;

    /// <summary>The client.</summary>
    public CfcClient Client => _client!;

    /// <summary>The data folder of the silo.</summary>
    public string DataDirectory => _directory;

    public async Task InitializeAsync()
    {
        Settings = CfcSettings.Localhost(_directory)
            .WithPlaintextGateway()
            .With("Cfc:Retry:MaxRetryAttempts", MaxRetryAttempts.ToString(CultureInfo.InvariantCulture))
            .With("Cfc:Retry:Delay", "00:00:00.010")
            .With("Cfc:Retry:MaxDelay", "00:00:00.050");
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo.AddCfc(Settings.ToConfiguration()));
        _silo = builder.Build();
        await _silo.StartAsync();
        _client = await CfcClient.ConnectAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CfcHostDefinition : ICollectionFixture<CfcHostFixture>
{
    public const string Name = "cfc host";
}
