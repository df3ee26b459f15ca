namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>
/// How the silos and clients of a Cfc cluster authenticate each other and encrypt what they send: mutual TLS on the
/// silo port and the gateway, the settings under <c>Cfc:Cluster:Tls</c>.
/// </summary>
/// <remarks>
/// Every silo and client presents <see cref="CertificatePath"/> and accepts only a peer whose certificate is one of
/// <see cref="TrustedCertificatesPath"/>'s (by default: the same certificate, shared by the whole cluster) or was
/// issued by one of them; the system's certificate store is never consulted. A certificate is required in
/// <see cref="CfcClusterMode.Redis"/> mode, on a silo whose gateway is open, and on a client, unless
/// <see cref="AllowPlaintext"/> says otherwise.
/// </remarks>
public sealed class CfcClusterTlsOptions
{
    /// <summary>
    /// The certificate with its private key that this silo or client presents: a PKCS#12 file (<c>.pfx</c>), or a PEM
    /// file holding the certificate (and the key, unless <see cref="KeyPath"/> names it); <see langword="null"/> for none.
    /// If it names extended key usages, they must include server and client authentication (a silo is both).
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the PKCS#12 file or of the encrypted PEM key; <see langword="null"/> for none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM file of the private key, when <see cref="CertificatePath"/> is a PEM certificate without it; <see langword="null"/> otherwise.</summary>
    public string? KeyPath { get; set; }

    /// <summary>
    /// A PEM file of the certificates a peer's certificate must be or be issued by: the cluster's own certificate
    /// authority, or the self-signed certificates of the silos and clients; <see langword="null"/> to trust only
    /// <see cref="CertificatePath"/>'s own certificate (one self-signed certificate shared by the whole cluster).
    /// </summary>
    public string? TrustedCertificatesPath { get; set; }

    /// <summary>
    /// Whether the operator accepts unauthenticated, unencrypted Orleans traffic where a certificate would otherwise
    /// be required (every silo and client on one machine's loopback address, say); <see langword="false"/> by default.
    /// Anyone who reaches such a port can call every grain, bypassing the application's own authorisation.
    /// </summary>
    public bool AllowPlaintext { get; set; }
}
