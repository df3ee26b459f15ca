using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Configuration;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>The settings of <c>AddCfc(configuration)</c>: defaults, and a refusal naming the setting for every value that cannot be used.</summary>
public sealed class CfcHostingOptionsTests
{
    private static CfcHostingOptions Read(params (string Key, string Value)[] settings) =>
        CfcHostingOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Without_settings_a_host_is_one_local_silo_on_the_embedded_store_in_local_application_data()
    {
        var options = Read();

        Assert.Equal(CfcClusterMode.Localhost, options.Cluster.Mode);
        Assert.Equal((11111, 30000), (options.Cluster.SiloPort, options.Cluster.GatewayPort));
        Assert.Equal(("cfc", "cfc", "nl"), (options.Cluster.ClusterId, options.Cluster.ServiceId, options.NetworkId));
        Assert.Equal(Path.GetFullPath(CfcHostingOptions.DefaultDataDirectory), options.DataDirectoryPath);
        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), options.DataDirectoryPath, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(options.DataDirectoryPath, "grains.db"), options.DatabasePath);
        Assert.False(options.Cluster.GatewayEnabled);
        Assert.Null(options.Cluster.Tls.CertificatePath);
        Assert.False(options.Cluster.Tls.AllowPlaintext);
    }

    [Fact]
    public void The_settings_are_read_from_the_Cfc_section_and_the_Redis_connection_string()
    {
        var options = Read(
            ("Cfc:DataDirectory", "data"), ("Cfc:NetworkId", "de"), ("Cfc:Cluster:Mode", "Redis"), ("ConnectionStrings:Redis", "127.0.0.1:6379"),
            ("Cfc:Cluster:SiloPort", "11112"), ("Cfc:Cluster:GatewayPort", "30001"), ("Cfc:Cluster:ProbeTimeout", "00:00:02"),
            ("Cfc:Retry:MaxRetryAttempts", "3"), ("Cfc:Cluster:GatewayEnabled", "true"), ("Cfc:Cluster:Tls:CertificatePath", "cluster.pfx"),
            ("Cfc:Cluster:Tls:CertificatePassword", "secret"), ("Cfc:Cluster:Tls:TrustedCertificatesPath", "cluster-ca.crt"));

        Assert.Equal(Path.GetFullPath("data"), options.DataDirectoryPath);
        Assert.Equal("de", options.NetworkId);
        Assert.Equal(CfcClusterMode.Redis, options.Cluster.Mode);
        Assert.Equal("127.0.0.1:6379", options.RedisConnectionString);
        Assert.Equal((11112, 30001), (options.Cluster.SiloPort, options.Cluster.GatewayPort));
        Assert.Equal(TimeSpan.FromSeconds(2), options.Cluster.ProbeTimeout);
        Assert.Equal(3, options.Retry.MaxRetryAttempts);
        Assert.True(options.Cluster.GatewayEnabled);
        Assert.Equal(("cluster.pfx", "secret", "cluster-ca.crt"), (options.Cluster.Tls.CertificatePath, options.Cluster.Tls.CertificatePassword, options.Cluster.Tls.TrustedCertificatesPath));
    }

    [Theory]
    [InlineData("Redis", "false")]
    [InlineData("Localhost", "true")]
    public void Plaintext_Orleans_traffic_where_others_can_connect_is_accepted_only_when_the_setting_says_so(string mode, string gateway)
    {
        var options = Read(
            ("Cfc:Cluster:Mode", mode), ("ConnectionStrings:Redis", "127.0.0.1:6379"), ("Cfc:Cluster:GatewayEnabled", gateway),
            ("Cfc:Cluster:Tls:AllowPlaintext", "true"));

        Assert.True(options.Cluster.Tls.AllowPlaintext);
    }

    [Theory]
    [InlineData("Cfc:Cluster:Mode", "Redis", "ConnectionStrings:Redis is required")]
    [InlineData("Cfc:Cluster:Mode", "Redis", "Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:Mode is Redis")]
    [InlineData("Cfc:Cluster:GatewayEnabled", "true", "Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:GatewayEnabled is true")]
    [InlineData("Cfc:Cluster:Tls:KeyPath", "cluster.key", "Cfc:Cluster:Tls:KeyPath is the key of Cfc:Cluster:Tls:CertificatePath, which is not set")]
    [InlineData("Cfc:Cluster:Tls:TrustedCertificatesPath", "ca.crt", "Cfc:Cluster:Tls:TrustedCertificatesPath needs Cfc:Cluster:Tls:CertificatePath")]
    [InlineData("Cfc:Cluster:SiloPort", "0", "Cfc:Cluster:SiloPort must be from 1 to 65535")]
    [InlineData("Cfc:Cluster:GatewayPort", "70000", "Cfc:Cluster:GatewayPort must be from 1 to 65535")]
    [InlineData("Cfc:Cluster:GatewayPort", "11111", "Cfc:Cluster:SiloPort and Cfc:Cluster:GatewayPort must differ")]
    [InlineData("Cfc:Cluster:ClusterId", " ", "Cfc:Cluster:ClusterId must not be empty")]
    [InlineData("Cfc:Cluster:ServiceId", " ", "Cfc:Cluster:ServiceId must not be empty")]
    [InlineData("Cfc:Cluster:AdvertisedAddress", "silo-1", "Cfc:Cluster:AdvertisedAddress 'silo-1' is not an IP address")]
    [InlineData("Cfc:Cluster:ProbeTimeout", "00:00:00", "Cfc:Cluster:ProbeTimeout must be positive")]
    [InlineData("Cfc:Cluster:ResponseTimeout", "-00:00:01", "Cfc:Cluster:ResponseTimeout must be positive")]
    [InlineData("Cfc:NetworkId", " ", "Cfc:NetworkId must not be empty")]
    [InlineData("Cfc:Retry:MaxRetryAttempts", "-1", "Cfc:Retry:MaxRetryAttempts must be from 0 to 100")]
    [InlineData("Cfc:Retry:Delay", "00:00:05", "Cfc:Retry:Delay must be positive and at most Cfc:Retry:MaxDelay")]
    [InlineData("Cfc:Limits:MaxIssuesPerMember", "0", "Cfc:Limits:MaxIssuesPerMember must be at least 1")]
    [InlineData("Cfc:Storage:Timeout", "00:00:00", "Cfc:Storage:Timeout must be positive and shorter than Cfc:Cluster:ResponseTimeout")]
    [InlineData("Cfc:Storage:Timeout", "00:00:03", "Cfc:Storage:Timeout must be positive and shorter than Cfc:Cluster:ResponseTimeout")]
    public void A_value_that_cannot_be_used_is_refused_naming_the_setting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cfc:Cluster:Mode", "Cloud")]
    [InlineData("Cfc:Cluster:SiloPort", "many")]
    [InlineData("Cfc:Cluster:ProbeTimeout", "soon")]
    [InlineData("Cfc:Cluster:GatewayEnabled", "yes")]
    [InlineData("Cfc:Cluster:Tls:AllowPlaintext", "sure")]
    public void A_value_of_the_wrong_type_is_refused_naming_the_setting(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }
}
