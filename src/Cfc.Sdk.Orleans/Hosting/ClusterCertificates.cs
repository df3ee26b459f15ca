using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>
/// The certificate a silo or client of the cluster presents and the certificates it trusts, read from
/// <see cref="CfcClusterTlsOptions"/>, and the mutual TLS that Orleans' connections use with them.
/// </summary>
internal sealed class ClusterCertificates
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private readonly X509Certificate2Collection _trusted;

    private ClusterCertificates(X509Certificate2 certificate, X509Certificate2Collection trusted)
    {
        Certificate = certificate;
        _trusted = trusted;
    }

    /// <summary>The certificate, with its private key, that this silo or client presents.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// Reads the certificates of <paramref name="tls"/>, or returns <see langword="null"/> when it names none.
    /// </summary>
    /// <param name="tls">The settings.</param>
    /// <param name="server">Whether the certificate must also serve as a server's (a silo's); a client only presents it as a client.</param>
    /// <exception cref="InvalidOperationException">A file cannot be read or its certificate cannot be used; the message names the setting.</exception>
    public static ClusterCertificates? Load(CfcClusterTlsOptions tls, bool server)
    {
        if (string.IsNullOrWhiteSpace(tls.CertificatePath))
        {
            return null;
        }

        var certificate = LoadCertificate(tls);
        if (!certificate.HasPrivateKey)
        {
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{tls.CertificatePath}' holds no private key: give the key in the same file or in Cfc:Cluster:Tls:KeyPath.");
        }

        if (!AllowsUsage(certificate, ClientAuthentication) || (server && !AllowsUsage(certificate, ServerAuthentication)))
        {
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{tls.CertificatePath}' does not allow {(server ? "server and client" : "client")} authentication (its extended key usage).");
        }

        var trusted = string.IsNullOrWhiteSpace(tls.TrustedCertificatesPath)
            ? [X509CertificateLoader.LoadCertificate(certificate.RawData)]
            : LoadTrusted(tls.TrustedCertificatesPath);
        var certificates = new ClusterCertificates(certificate, trusted);

        // The others check this certificate as this one checks theirs: one that this side would refuse is a setting
        // that cannot work, better refused here than as connections that fail without a word.
        if (!certificates.IsTrusted(certificate, out var problem))
        {
            var setting = string.IsNullOrWhiteSpace(tls.TrustedCertificatesPath)
                ? "Cfc:Cluster:Tls:TrustedCertificatesPath (required for a certificate that is not self-signed: name its issuer)"
                : $"Cfc:Cluster:Tls:TrustedCertificatesPath '{tls.TrustedCertificatesPath}'";
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{tls.CertificatePath}' is not trusted by {setting}: {problem}.");
        }

        return certificates;
    }

    /// <summary>
    /// Sets up <paramref name="options"/> for mutual TLS: this side presents <see cref="Certificate"/>, requires the
    /// other side's certificate and accepts it only when <see cref="IsTrusted(X509Certificate2, X509Chain?, SslPolicyErrors)"/> does.
    /// </summary>
    /// <param name="options">Orleans' TLS options of the silo or client.</param>
    public void Configure(TlsOptions options)
    {
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = IsTrusted;
    }

    /// <summary>
    /// Whether a peer's certificate is one of the trusted certificates or issued by one of them, valid today, and allowed
    /// client authentication.
    /// </summary>
    /// <param name="certificate">The peer's certificate.</param>
    /// <param name="chain">The chain the platform built against the system's store; not used.</param>
    /// <param name="errors">The platform's findings against the system's store and the host name; not used.</param>
    /// <returns><see langword="true"/> to accept the peer.</returns>
    /// <remarks>
    /// The platform's own verdict is replaced, not added to: the system's store must not vouch for a peer (any
    /// certificate a public authority issued would do), and host names are not the cluster's identity: silos dial
    /// each other's addresses from the membership table, and clients the gateways listed there. Every member of the
    /// cluster connects as a client (a silo to the others, a client to a gateway), so a certificate the authority
    /// issued for another purpose, such as a web server's for server authentication alone, is no member's.
    /// </remarks>
    public bool IsTrusted(X509Certificate2 certificate, X509Chain? chain, SslPolicyErrors errors) => IsTrusted(certificate, out _);

    private bool IsTrusted(X509Certificate2 certificate, out string problem)
    {
        using var trust = new X509Chain();
        trust.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        trust.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        trust.ChainPolicy.ExtraStore.AddRange(_trusted);
        trust.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuthentication));

        // A private cluster's authority publishes no revocation list; a certificate is withdrawn by replacing the trust.
        trust.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        trust.ChainPolicy.DisableCertificateDownloads = true;
        if (trust.Build(certificate))
        {
            problem = "";
            return true;
        }

        problem = string.Join("; ", trust.ChainStatus.Select(status => status.StatusInformation.Trim()).Where(text => text.Length > 0).Distinct());
        return false;
    }

    private static X509Certificate2 LoadCertificate(CfcClusterTlsOptions tls)
    {
        var path = tls.CertificatePath!;
        var password = string.IsNullOrEmpty(tls.CertificatePassword) ? null : tls.CertificatePassword;
        try
        {
            if (!string.IsNullOrWhiteSpace(tls.KeyPath) || IsPem(path))
            {
                var keyPath = string.IsNullOrWhiteSpace(tls.KeyPath) ? null : tls.KeyPath;
                return password is null
                    ? X509Certificate2.CreateFromPemFile(path, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
            }

            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{path}'{(tls.KeyPath is { Length: > 0 } key ? $" or Cfc:Cluster:Tls:KeyPath '{key}'" : "")} cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{path}' cannot be loaded (or Cfc:Cluster:Tls:CertificatePassword is wrong): {e.Message}");
        }
    }

    private static X509Certificate2Collection LoadTrusted(string path)
    {
        var trusted = new X509Certificate2Collection();
        try
        {
            trusted.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw Invalid($"Cfc:Cluster:Tls:TrustedCertificatesPath '{path}' cannot be read: {e.Message}");
        }

        return trusted.Count > 0
            ? trusted
            : throw Invalid($"Cfc:Cluster:Tls:TrustedCertificatesPath '{path}' holds no PEM certificate.");
    }

    private static bool IsPem(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var start = new char[64];
            var read = reader.ReadBlock(start, 0, start.Length);
            return new string(start, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid($"Cfc:Cluster:Tls:CertificatePath '{path}' cannot be read: {e.Message}");
        }
    }

    // A certificate without the extension may be used for anything.
    private static bool AllowsUsage(X509Certificate2 certificate, string usage) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SingleOrDefault() is not { } extension
        || extension.EnhancedKeyUsages.Cast<Oid>().Any(oid => oid.Value == usage);

    private static InvalidOperationException Invalid(FormattableString message) =>
        new("Invalid Cfc settings: " + message.ToString(CultureInfo.InvariantCulture));
}
