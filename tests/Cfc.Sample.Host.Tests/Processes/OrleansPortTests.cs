using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Serialization;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// No way around the HTTP API on a single host: the real host process, as a coordinator starts it, listens for
/// Orleans on its silo port on the loopback address only and opens no gateway, and an Orleans client with the
/// default cluster and service ids (<c>cfc</c>) that tries its gateway port or its silo port reads nothing.
/// </summary>
public sealed class OrleansPortTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-ports-").FullName;
    private HostProcess _host = null!;

    public async Task InitializeAsync() => _host = await HostProcess.StartAsync($"--Cfc:DataDirectory={_directory}");

    [Fact]
    public void Nothing_listens_on_the_gateway_port_and_the_silo_port_listens_on_the_loopback_address_only()
    {
        var listeners = Listeners.Read();

        Assert.DoesNotContain(listeners, l => l.Port == _host.GatewayPort);
        var silo = listeners.Where(l => l.Port == _host.SiloPort).ToList();
        Assert.NotEmpty(silo);
        Assert.All(silo, l => Assert.True(IPAddress.IsLoopback(l.Address), $"The silo port listens on {l.Address}."));
    }

    [Fact]
    public async Task A_plain_Orleans_client_with_the_default_ids_reads_no_subscriber_through_the_gateway_port_or_the_silo_port()
    {
        (await _host.Client.PutAsJsonAsync("/api/newsletters/schedule", new { anchor = "2026-03-05" })).EnsureSuccessStatusCode();
        (await _host.Client.PostAsJsonAsync("/api/newsletters/subscribers", new { address = "lezer@example.org" })).EnsureSuccessStatusCode();

        await ReadsNothingAsync(_host.GatewayPort, "gateway port");
        await ReadsNothingAsync(_host.SiloPort, "silo port");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    // A client as anyone on the machine could write it: Orleans' localhost clustering on the port, the default ids
    // and the SDK's package for the grain interfaces. Orleans retries a connection that is refused or closed, with a
    // growing delay, for about three minutes before it gives up: the test stops it after 20 s.
    private async Task ReadsNothingAsync(int port, string which)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseLocalhostClustering(port, serviceId: "cfc", clusterId: "cfc"));
        builder.Services.AddSerializer(s => s.AddCfcSdkTypes());
        using var client = builder.Build();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        string[]? read = null;
        var error = await Record.ExceptionAsync(async () =>
        {
            await client.StartAsync(giveUp.Token);
            var grains = (IClusterClient)client.Services.GetService(typeof(IClusterClient))!;
            read = [.. await grains.GetGrain<INewsletterGrain>(INetworkGrain.DefaultNetworkId).GetSubscribersAsync()];
        });

        Assert.True(read is null, $"A plain Orleans client on the {which} read the subscribers: {string.Join(", ", read ?? [])}.");
        Assert.NotNull(error);
        output.WriteLine($"A plain client on the {which} ({port.ToString(CultureInfo.InvariantCulture)}): {error.GetType().Name}: {error.Message.Split('\n')[0]}");
    }

    /// <summary>The TCP sockets listening on this machine, from Linux's <c>/proc/net/tcp</c> and <c>/proc/net/tcp6</c>.</summary>
    private static class Listeners
    {
        private const string Listening = "0A";

        public static List<(IPAddress Address, int Port)> Read() =>
            [.. Parse("/proc/net/tcp"), .. Parse("/proc/net/tcp6")];

        // Each line: "sl local_address rem_address st ...", the local address as hex (the IP's bytes as the kernel
        // stores them, in 32-bit words of the machine's order) and the port as big-endian hex.
        private static IEnumerable<(IPAddress, int)> Parse(string path) =>
            File.Exists(path)
                ? File.ReadLines(path).Skip(1)
                    .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Where(fields => fields[3] == Listening)
                    .Select(fields => fields[1].Split(':'))
                    .Select(local => (Address(local[0]), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
                : [];

        private static IPAddress Address(string hex)
        {
            var bytes = Convert.FromHexString(hex);
            for (var word = 0; word < bytes.Length; word += 4)
            {
                Array.Reverse(bytes, word, 4);
            }

            var address = new IPAddress(bytes);
            return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        }
    }
}
