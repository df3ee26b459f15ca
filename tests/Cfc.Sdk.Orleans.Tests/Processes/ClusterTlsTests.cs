using System.Diagnostics;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Tests.Hosting;
using Cfc.Sdk.Orleans.Tests.Redis;
using Cfc.Testing;
using Xunit.Abstractions;

namespace Cfc.Sdk.Orleans.Tests.Processes;

/// <summary>
/// Mutual TLS on a Redis cluster of two real silo processes that share one self-signed certificate: the silos form
/// one cluster through their TLS silo ports, a client with the certificate calls grains through a gateway, and a
/// client without TLS or with another self-signed certificate of the same name gets nothing, nor does a TLS
/// connection to the silo port with that other certificate.
/// </summary>
public sealed class ClusterTlsTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestCertificates _certificates = new();

    [RedisFact]
    public async Task Silos_with_the_cluster_certificate_form_a_cluster_that_serves_only_clients_with_it()
    {
        var clusterId = "cfc-tls-" + Guid.NewGuid().ToString("N");
        var certificate = _certificates.SelfSigned("cfc-cluster");
        var impostor = _certificates.SelfSigned("cfc-cluster");
        var first = CfcSettings.Redis(RedisCluster.ConnectionString, clusterId).WithTlsGateway(certificate);
        try
        {
            await using var a = await SiloProcess.StartAsync(first);
            await using var b = await SiloProcess.StartAsync(first.OnOtherPorts());
            await using (var client = await CfcClient.ConnectAsync(first))
            {
                await BothSilosActiveAsync(client.Grains);
                var grain = client.Grains.GetGrain<IMunicipalityGrain>("GM0518");
                await grain.SetProfileAsync("nl", "'s-Gravenhage");
                Assert.Equal("'s-Gravenhage", (await grain.GetProfileAsync())?.Name);
            }
            await CannotCallAsync(first.Without("Cfc:Cluster:Tls:CertificatePath").With("Cfc:Cluster:Tls:AllowPlaintext", "true"), "without TLS");
            await CannotCallAsync(first.With("Cfc:Cluster:Tls:CertificatePath", impostor), "with another certificate");
            await SiloPortRefusesAsync(first.SiloPort, impostor, certificate);
        }
        finally
        {
            await RedisCluster.DeleteKeysAsync(clusterId);
        }
    }

    public void Dispose() => _certificates.Dispose();

    // The client reads the gateways from Redis (anyone on that network can), connects and asks for the network's
    // subscribers: it must get an error, never the list. The gateways close every connection it opens, which Orleans
    // retries with a growing delay for about three minutes before it gives up: the test stops it after 20 s.
    private async Task CannotCallAsync(CfcSettings settings, string which)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var client = await CfcClient.ConnectAsync(settings, giveUp.Token);
            await client.Grains.GetGrain<INewsletterGrain>(INetworkGrain.DefaultNetworkId).GetSubscribersAsync();
        });

        Assert.True(error is not null, $"A client {which} called a grain.");
        output.WriteLine($"A client {which}: {error.GetType().Name}: {error.Message.Split('\n')[0]}");
    }

    // Silo-to-silo traffic: the silo port shows the cluster's certificate and closes a connection that presents another.
    private async Task SiloPortRefusesAsync(int siloPort, string impostorPath, string certificatePath)
    {
        using var impostor = X509CertificateLoader.LoadPkcs12FromFile(impostorPath, null);
        using var expected = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, null);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", siloPort);
        // The silo must show the cluster's certificate (its name is not checked: silos are dialled by address).
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false,
            (_, shown, _, _) => shown is not null && shown.GetRawCertData().AsSpan().SequenceEqual(expected.RawData));
        var error = await Record.ExceptionAsync(async () =>
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "cfc-cluster",
                ClientCertificates = [impostor],
            });

            // Under TLS 1.3 the server checks the client's certificate after the client's handshake is done: its
            // refusal arrives as the first read.
            var read = await tls.ReadAsync(new byte[1]);
            Assert.Equal(0, read);
        });

        output.WriteLine($"The silo port with another certificate: {error?.GetType().Name ?? "closed"}: {error?.Message ?? "0 bytes read"}");
        Assert.True(error is null or IOException or System.Security.Authentication.AuthenticationException, error?.ToString());
    }

    private static async Task BothSilosActiveAsync(IGrainFactory grains)
    {
        var deadline = Stopwatch.StartNew();
        while ((await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count < 2)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "The second silo did not become active.");
            await Task.Delay(100);
        }
    }
}
