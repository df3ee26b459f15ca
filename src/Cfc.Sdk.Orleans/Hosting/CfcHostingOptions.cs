using System.Globalization;
using System.Net;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.Configuration;

namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>
/// The settings of a silo or client set up by <c>AddCfc(configuration)</c>, bound from the configuration section
/// <c>Cfc</c> and the connection string <c>ConnectionStrings:Redis</c>.
/// </summary>
public sealed class CfcHostingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Cfc";

    /// <summary>The name of the Redis connection string (<c>ConnectionStrings:Redis</c>).</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// The folder of the embedded store (<c>Cfc:DataDirectory</c>); <see langword="null"/> or empty for the default,
    /// <see cref="DefaultDataDirectory"/>. Used in <see cref="CfcClusterMode.Localhost"/> mode only.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The key of the network grain (<c>Cfc:NetworkId</c>); <see cref="INetworkGrain.DefaultNetworkId"/> by default.</summary>
    public string NetworkId { get; set; } = INetworkGrain.DefaultNetworkId;

    /// <summary>How the silos form a cluster (<c>Cfc:Cluster</c>).</summary>
    public CfcClusterOptions Cluster { get; set; } = new();

    /// <summary>How idempotent grain calls are retried while a silo fails over (<c>Cfc:Retry</c>).</summary>
    public GrainCallRetryOptions Retry { get; set; } = new();

    /// <summary>How long the grains wait for their store (<c>Cfc:Storage</c>).</summary>
    public CfcStorageOptions Storage { get; set; } = new();

    /// <summary>How much one grain may hold (<c>Cfc:Limits</c>).</summary>
    public CfcLimitsOptions Limits { get; set; } = new();

    /// <summary>The Redis connection string (<c>ConnectionStrings:Redis</c>); required in <see cref="CfcClusterMode.Redis"/> mode.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>The folder used when <see cref="DataDirectory"/> is not set: <c>cfc-sdk</c> under the user's local application data.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "cfc-sdk");

    /// <summary>The full path of the data folder: <see cref="DataDirectory"/> or <see cref="DefaultDataDirectory"/>.</summary>
    public string DataDirectoryPath => Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory : DataDirectory);

    /// <summary>The SQLite file of the embedded store: <c>grains.db</c> in <see cref="DataDirectoryPath"/>.</summary>
    public string DatabasePath => Path.Combine(DataDirectoryPath, "grains.db");

    /// <summary>
    /// Reads the options from <paramref name="configuration"/> (the root, not the <c>Cfc</c> section) and checks them.
    /// </summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>The checked options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A setting has a value that cannot be used; the message names the setting.</exception>
    public static CfcHostingOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new CfcHostingOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.RedisConnectionString = configuration.GetConnectionString(RedisConnectionStringName);
        options.Validate();
        return options;
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">A setting has a value that cannot be used; the message names the setting.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(NetworkId))
        {
            errors.Add("Cfc:NetworkId must not be empty.");
        }

        if (Cluster is null || Retry is null || Limits is null || Cluster.Tls is null || Storage is null)
        {
            throw new InvalidOperationException("Cfc:Cluster, Cfc:Cluster:Tls, Cfc:Retry, Cfc:Limits and Cfc:Storage must not be null.");
        }

        if (!Enum.IsDefined(Cluster.Mode))
        {
            errors.Add(Invariant($"Cfc:Cluster:Mode '{Cluster.Mode}' is not a mode: use Localhost or Redis."));
        }

        CheckPort(errors, "Cfc:Cluster:SiloPort", Cluster.SiloPort);
        CheckPort(errors, "Cfc:Cluster:GatewayPort", Cluster.GatewayPort);
        if (Cluster.SiloPort == Cluster.GatewayPort)
        {
            errors.Add(Invariant($"Cfc:Cluster:SiloPort and Cfc:Cluster:GatewayPort must differ (both are {Cluster.SiloPort})."));
        }

        if (string.IsNullOrWhiteSpace(Cluster.ClusterId))
        {
            errors.Add("Cfc:Cluster:ClusterId must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(Cluster.ServiceId))
        {
            errors.Add("Cfc:Cluster:ServiceId must not be empty.");
        }

        if (!IPAddress.TryParse(Cluster.AdvertisedAddress, out _))
        {
            errors.Add(Invariant($"Cfc:Cluster:AdvertisedAddress '{Cluster.AdvertisedAddress}' is not an IP address."));
        }

        if (Cluster.Mode == CfcClusterMode.Redis && string.IsNullOrWhiteSpace(RedisConnectionString))
        {
            errors.Add("ConnectionStrings:Redis is required when Cfc:Cluster:Mode is Redis.");
        }

        CheckTls(errors, Cluster);

        if (Cluster.ProbeTimeout <= TimeSpan.Zero)
        {
            errors.Add(Invariant($"Cfc:Cluster:ProbeTimeout must be positive (it is {Cluster.ProbeTimeout})."));
        }

        if (Cluster.ResponseTimeout <= TimeSpan.Zero)
        {
            errors.Add(Invariant($"Cfc:Cluster:ResponseTimeout must be positive (it is {Cluster.ResponseTimeout})."));
        }

        if (Storage.Timeout <= TimeSpan.Zero || Storage.Timeout >= Cluster.ResponseTimeout)
        {
            errors.Add(Invariant($"{CfcStorageOptions.TimeoutSetting} must be positive and shorter than Cfc:Cluster:ResponseTimeout (they are {Storage.Timeout} and {Cluster.ResponseTimeout})."));
        }

        if (Retry.MaxRetryAttempts is < 0 or > 100)
        {
            errors.Add(Invariant($"Cfc:Retry:MaxRetryAttempts must be from 0 to 100 (it is {Retry.MaxRetryAttempts})."));
        }

        if (Retry.Delay <= TimeSpan.Zero || Retry.MaxDelay < Retry.Delay)
        {
            errors.Add(Invariant($"Cfc:Retry:Delay must be positive and at most Cfc:Retry:MaxDelay (they are {Retry.Delay} and {Retry.MaxDelay})."));
        }

        if (Limits.MaxIssuesPerMember < 1)
        {
            errors.Add(Invariant($"{CfcLimitsOptions.MaxIssuesPerMemberSetting} must be at least 1 (it is {Limits.MaxIssuesPerMember})."));
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid Cfc settings: " + string.Join(" ", errors));
        }
    }

    // A silo whose Orleans ports others can reach (the silo port of a cluster, an open gateway) authenticates them, or
    // anyone there could call every grain and go around the application's authorisation.
    private static void CheckTls(List<string> errors, CfcClusterOptions cluster)
    {
        var tls = cluster.Tls;
        var hasCertificate = !string.IsNullOrWhiteSpace(tls.CertificatePath);
        if (!hasCertificate && !tls.AllowPlaintext)
        {
            if (cluster.Mode == CfcClusterMode.Redis)
            {
                errors.Add("Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:Mode is Redis: silos and clients authenticate each other with it "
                    + "(or set Cfc:Cluster:Tls:AllowPlaintext=true to accept unauthenticated, unencrypted Orleans traffic).");
            }
            else if (cluster.GatewayEnabled)
            {
                errors.Add("Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:GatewayEnabled is true: clients authenticate with it "
                    + "(or set Cfc:Cluster:Tls:AllowPlaintext=true to accept unauthenticated, unencrypted Orleans traffic).");
            }
        }

        if (!hasCertificate && !string.IsNullOrWhiteSpace(tls.KeyPath))
        {
            errors.Add("Cfc:Cluster:Tls:KeyPath is the key of Cfc:Cluster:Tls:CertificatePath, which is not set.");
        }

        if (!hasCertificate && !string.IsNullOrWhiteSpace(tls.TrustedCertificatesPath))
        {
            errors.Add("Cfc:Cluster:Tls:TrustedCertificatesPath needs Cfc:Cluster:Tls:CertificatePath, which is not set.");
        }
    }

    private static void CheckPort(List<string> errors, string setting, int port)
    {
        if (port is < 1 or > 65535)
        {
            errors.Add(Invariant($"{setting} must be from 1 to 65535 (it is {port})."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
