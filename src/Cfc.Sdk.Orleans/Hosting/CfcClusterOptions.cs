namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>How the silos of a Cfc host form a cluster: the settings under <c>Cfc:Cluster</c>.</summary>
public sealed class CfcClusterOptions
{
    /// <summary>One host with the embedded SQLite store, or several on Redis; <see cref="CfcClusterMode.Localhost"/> by default.</summary>
    public CfcClusterMode Mode { get; set; } = CfcClusterMode.Localhost;

    /// <summary>The port silos talk to each other on; 11111 by default.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// The port of the silo's gateway, which Orleans clients outside the silo's process connect to, when
    /// <see cref="GatewayEnabled"/>; and the port a client of <see cref="CfcClusterMode.Localhost"/> mode connects to. 30000 by default.
    /// </summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Whether the silo opens its gateway on <see cref="GatewayPort"/> for Orleans clients in other processes;
    /// <see langword="false"/> by default: code co-hosted with the silo calls grains in process and needs none, and a
    /// port that is not open cannot be used to go around the application. An open gateway needs <see cref="Tls"/>.
    /// </summary>
    public bool GatewayEnabled { get; set; }

    /// <summary>
    /// The address this silo gives the others and listens on in <see cref="CfcClusterMode.Redis"/> mode; 127.0.0.1 by
    /// default (one machine). Set it to the machine's own address for a cluster over several machines. In
    /// <see cref="CfcClusterMode.Localhost"/> mode the silo listens on 127.0.0.1 whatever it says.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>The cluster's id: silos with the same id form one cluster; <c>cfc</c> by default.</summary>
    public string ClusterId { get; set; } = "cfc";

    /// <summary>The service's id, which keys the stored state: keep it across deployments; <c>cfc</c> by default.</summary>
    public string ServiceId { get; set; } = "cfc";

    /// <summary>
    /// How long a silo waits for an answer to a liveness probe (Orleans' <c>ClusterMembershipOptions.ProbeTimeout</c>);
    /// 1 s by default, so that a silo that died is declared dead after about two missed probes rather than Orleans' default ~10 s.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a grain call waits for its answer before it fails with a <see cref="TimeoutException"/>; 3 s by default
    /// (Orleans' default is 30 s), because a call sent to a silo that just died waits this long before it is repeated.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Mutual TLS between the silos and between clients and gateways (<c>Cfc:Cluster:Tls</c>).</summary>
    public CfcClusterTlsOptions Tls { get; set; } = new();
}
