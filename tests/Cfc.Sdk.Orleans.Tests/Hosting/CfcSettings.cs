using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>
/// The settings of one silo or client of <c>AddCfc(configuration)</c>, as a host reads them: as configuration, or as
/// the command line of a silo process.
/// </summary>
public sealed class CfcSettings
{
    private readonly Dictionary<string, string?> _values;

    private CfcSettings(Dictionary<string, string?> values) => _values = values;

    /// <summary>One host on the embedded store in <paramref name="dataDirectory"/>, on free ports.</summary>
    public static CfcSettings Localhost(string dataDirectory) => new(new()
    {
        ["Cfc:DataDirectory"] = dataDirectory,
        ["Cfc:Cluster:SiloPort"] = Port(),
        ["Cfc:Cluster:GatewayPort"] = Port(),
    });

    /// <summary>A silo of the Redis cluster <paramref name="clusterId"/>, on free ports.</summary>
    public static CfcSettings Redis(string connectionString, string clusterId) => new(new()
    {
        ["Cfc:Cluster:Mode"] = "Redis",
        ["ConnectionStrings:Redis"] = connectionString,
        ["Cfc:Cluster:ClusterId"] = clusterId,
        ["Cfc:Cluster:ServiceId"] = clusterId,
        ["Cfc:Cluster:SiloPort"] = Port(),
        ["Cfc:Cluster:GatewayPort"] = Port(),
    });

    /// <summary>The gateway port.</summary>
    public int GatewayPort => int.Parse(_values["Cfc:Cluster:GatewayPort"]!, CultureInfo.InvariantCulture);

    /// <summary>The silo port.</summary>
    public int SiloPort => int.Parse(_values["Cfc:Cluster:SiloPort"]!, CultureInfo.InvariantCulture);

    /// <summary>The same settings on other free ports: another silo of the same cluster or store.</summary>
    public CfcSettings OnOtherPorts() => new(new(_values)
    {
        ["Cfc:Cluster:SiloPort"] = Port(),
        ["Cfc:Cluster:GatewayPort"] = Port(),
    });

    /// <summary>
    /// The same settings with the silo's gateway open and no TLS, for a test's client in another process on this
    /// machine's loopback address (a silo opens no gateway by default, and one without TLS only when told so).
    /// </summary>
    public CfcSettings WithPlaintextGateway() => With("Cfc:Cluster:GatewayEnabled", "true").With("Cfc:Cluster:Tls:AllowPlaintext", "true");

    /// <summary>
    /// The same settings with the silo's gateway open and mutual TLS with the certificate at <paramref name="certificatePath"/>
    /// (a PKCS#12 file without password, trusted as the cluster's one certificate).
    /// </summary>
    public CfcSettings WithTlsGateway(string certificatePath) =>
        With("Cfc:Cluster:GatewayEnabled", "true").With("Cfc:Cluster:Tls:CertificatePath", certificatePath);

    /// <summary>The same settings without <paramref name="key"/>.</summary>
    public CfcSettings Without(string key)
    {
        var values = new Dictionary<string, string?>(_values);
        values.Remove(key);
        return new(values);
    }

    /// <summary>The same settings with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public CfcSettings With(string key, string value) => new(new(_values) { [key] = value });

    /// <summary>The settings as configuration.</summary>
    public IConfiguration ToConfiguration() => new ConfigurationBuilder().AddInMemoryCollection(_values).Build();

    /// <summary>The settings as command-line arguments (<c>--Key=Value</c>).</summary>
    public IEnumerable<string> ToArguments() => _values.Select(pair => $"--{pair.Key}={pair.Value}");

    private static string Port() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);
}
