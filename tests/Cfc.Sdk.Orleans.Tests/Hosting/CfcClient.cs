using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>An Orleans client set up by <c>AddCfc(configuration)</c>, as an application outside the silos has it.</summary>
public sealed class CfcClient : IAsyncDisposable
{
    private readonly IHost _host;

    private CfcClient(IHost host) => _host = host;

    /// <summary>The client.</summary>
    public IClusterClient Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects to the cluster of <paramref name="settings"/>, giving up when <paramref name="cancellation"/> is cancelled.</summary>
    public static async Task<CfcClient> ConnectAsync(CfcSettings settings, CancellationToken cancellation = default)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.AddCfc(settings.ToConfiguration()));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new CfcClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        // The cluster may be gone (a killed silo): do not wait for a graceful goodbye.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped without the goodbye.
        }

        _host.Dispose();
    }
}
