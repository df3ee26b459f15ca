using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>
/// The certificates of <c>Cfc:Cluster:Tls</c>: whom a silo or client accepts (the cluster's own certificate or
/// authority, nothing the system's store vouches for), and a refusal naming the setting for files that cannot be used.
/// </summary>
public sealed class ClusterCertificatesTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    [Fact]
    public void A_self_signed_cluster_certificate_accepts_itself_and_refuses_another_self_signed_one()
    {
        var cluster = Load(new() { CertificatePath = _certificates.SelfSigned("cfc-cluster", "secret"), CertificatePassword = "secret" });
        using var other = X509CertificateLoader.LoadPkcs12FromFile(_certificates.SelfSigned("cfc-cluster"), null);

        Assert.True(cluster.IsTrusted(cluster.Certificate, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(cluster.IsTrusted(other, null, SslPolicyErrors.None));
    }

    [Fact]
    public void With_an_authority_a_certificate_it_issued_is_accepted_and_one_of_another_authority_is_not()
    {
        var (authority, authorityPath) = _certificates.Authority("cfc-cluster-ca");
        var (stranger, _) = _certificates.Authority("cfc-cluster-ca");
        var (silo, siloKey) = _certificates.IssuedBy(authority, "silo-1");
        var (peer, peerKey) = _certificates.IssuedBy(authority, "silo-2");
        var (intruder, intruderKey) = _certificates.IssuedBy(stranger, "silo-2");
        var cluster = Load(new() { CertificatePath = silo, KeyPath = siloKey, TrustedCertificatesPath = authorityPath });

        using var peerCertificate = X509Certificate2.CreateFromPemFile(peer, peerKey);
        using var intruderCertificate = X509Certificate2.CreateFromPemFile(intruder, intruderKey);
        Assert.True(cluster.IsTrusted(peerCertificate, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(cluster.IsTrusted(intruderCertificate, null, SslPolicyErrors.None));
    }

    [Fact]
    public void A_certificate_the_authority_issued_for_server_authentication_alone_is_refused_as_a_peer()
    {
        var (authority, authorityPath) = _certificates.Authority("cfc-cluster-ca");
        var (silo, siloKey) = _certificates.IssuedBy(authority, "silo-1");
        var (webServer, webServerKey) = _certificates.IssuedBy(authority, "www", serverOnly: true);
        var cluster = Load(new() { CertificatePath = silo, KeyPath = siloKey, TrustedCertificatesPath = authorityPath });

        using var webServerCertificate = X509Certificate2.CreateFromPemFile(webServer, webServerKey);
        Assert.False(cluster.IsTrusted(webServerCertificate, null, SslPolicyErrors.None));
    }

    [Fact]
    public void A_missing_certificate_file_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(new() { CertificatePath = Path.Combine(_certificates.Directory, "none.pfx") }));

        Assert.Contains("Cfc:Cluster:Tls:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_refused_naming_the_setting()
    {
        var path = _certificates.SelfSigned("cfc-cluster", "secret");

        var error = Assert.Throws<InvalidOperationException>(() => Load(new() { CertificatePath = path, CertificatePassword = "guess" }));

        Assert.Contains("Cfc:Cluster:Tls:CertificatePassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_its_key_is_refused_naming_the_setting()
    {
        var (authority, authorityPath) = _certificates.Authority("cfc-cluster-ca");
        var (silo, _) = _certificates.IssuedBy(authority, "silo-1");

        var error = Assert.Throws<InvalidOperationException>(() => Load(new() { CertificatePath = silo, TrustedCertificatesPath = authorityPath }));

        Assert.Contains("Cfc:Cluster:Tls:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_its_own_trust_would_refuse_is_refused_naming_the_setting()
    {
        var (authority, authorityPath) = _certificates.Authority("cfc-cluster-ca");
        var (_, strangerPath) = _certificates.Authority("another-ca");
        var (silo, siloKey) = _certificates.IssuedBy(authority, "silo-1");

        var withoutTrust = Assert.Throws<InvalidOperationException>(() => Load(new() { CertificatePath = silo, KeyPath = siloKey }));
        var withOtherTrust = Assert.Throws<InvalidOperationException>(() => Load(new() { CertificatePath = silo, KeyPath = siloKey, TrustedCertificatesPath = strangerPath }));

        Assert.Contains("Cfc:Cluster:Tls:TrustedCertificatesPath (required for a certificate that is not self-signed", withoutTrust.Message, StringComparison.Ordinal);
        Assert.Contains($"is not trusted by Cfc:Cluster:Tls:TrustedCertificatesPath '{strangerPath}'", withOtherTrust.Message, StringComparison.Ordinal);
        Assert.NotNull(Load(new() { CertificatePath = silo, KeyPath = siloKey, TrustedCertificatesPath = authorityPath }));
    }

    [Fact]
    public void A_client_without_a_certificate_is_refused_unless_plaintext_is_allowed()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleansClient(client => client.AddCfc(configuration)));

        Assert.Contains("Cfc:Cluster:Tls:CertificatePath is required for a client", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cfc:Cluster:Tls:AllowPlaintext=true", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _certificates.Dispose();

    private static ClusterCertificates Load(CfcClusterTlsOptions tls) =>
        ClusterCertificates.Load(tls, server: true) ?? throw new InvalidOperationException("No certificate was loaded.");
}
