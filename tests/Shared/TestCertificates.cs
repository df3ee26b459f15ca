using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cfc.Testing;

/// <summary>
/// Certificates for a cluster's mutual TLS, made for one test run in a temporary folder (no key is ever committed):
/// self-signed ones, a certificate authority and certificates it issues, written as the settings name them.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly List<X509Certificate2> _made = [];
    private int _files;

    /// <summary>The folder the files are written to; deleted on <see cref="Dispose"/>.</summary>
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("cfc-certificates-").FullName;

    /// <summary>
    /// A self-signed certificate for server and client authentication (a silo is both), written as a PKCS#12 file
    /// with <paramref name="password"/>.
    /// </summary>
    /// <returns>The path of the <c>.pfx</c> file.</returns>
    public string SelfSigned(string name, string password = "")
    {
        using var key = RSA.Create(2048);
        var certificate = Remember(Request(name, key).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30)));
        return Write(name + ".pfx", certificate.Export(X509ContentType.Pkcs12, password));
    }

    /// <summary>A certificate authority, written as a PEM certificate (<c>.crt</c>) for <c>Cfc:Cluster:Tls:TrustedCertificatesPath</c>.</summary>
    /// <returns>The authority, with its key, to issue certificates with <see cref="IssuedBy"/>, and the path of its certificate.</returns>
    public (X509Certificate2 Authority, string Path) Authority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        var authority = Remember(request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30)));
        return (authority, Write(name + ".crt", authority.ExportCertificatePem()));
    }

    /// <summary>
    /// A certificate issued by <paramref name="authority"/>, written as a PEM certificate and a PEM key: for server and
    /// client authentication, or with <paramref name="serverOnly"/> for server authentication alone (a web server's).
    /// </summary>
    /// <returns>The paths of the certificate (<c>.crt</c>) and the key (<c>.key</c>).</returns>
    public (string Certificate, string Key) IssuedBy(X509Certificate2 authority, string name, bool serverOnly = false)
    {
        using var key = RSA.Create(2048);
        var serial = new byte[8];
        RandomNumberGenerator.Fill(serial);
        var certificate = Remember(Request(name, key, serverOnly).Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), serial));
        return (Write(name + ".crt", certificate.ExportCertificatePem()), Write(name + ".key", key.ExportPkcs8PrivateKeyPem()));
    }

    public void Dispose()
    {
        foreach (var certificate in _made)
        {
            certificate.Dispose();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private static CertificateRequest Request(string name, RSA key, bool serverOnly = false)
    {
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        OidCollection usages = serverOnly ? [new Oid("1.3.6.1.5.5.7.3.1")] : [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")];
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, critical: false));
        return request;
    }

    private X509Certificate2 Remember(X509Certificate2 certificate)
    {
        _made.Add(certificate);
        return certificate;
    }

    // Numbered, so that two certificates of one name (an impostor's) never share a file.
    private string Write(string file, byte[] content)
    {
        var path = Path.Combine(Directory, $"{++_files}-{file}");
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string file, string content) => Write(file, System.Text.Encoding.ASCII.GetBytes(content));
}
