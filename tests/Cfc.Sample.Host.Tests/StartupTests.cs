using System.Diagnostics;
using System.Net;
using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class StartupTests(HostFixture host)
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_once_the_silo_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        var ready = await host.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_store_is_in_the_configured_data_directory()
    {
        var options = host.Factory.Services.GetRequiredService<IOptions<CfcHostingOptions>>().Value;

        Assert.Equal(Path.Combine(Path.GetFullPath(host.Factory.DataDirectory), "grains.db"), options.DatabasePath);
        Assert.True(File.Exists(options.DatabasePath));
    }

    [Fact]
    public void The_injected_clock_is_the_fake_one()
    {
        Assert.Same(host.Factory.Clock, host.Factory.Services.GetRequiredService<IClock>());
    }

    [Fact]
    public void The_start_report_says_where_it_listens_where_the_data_is_and_the_mode()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Contains("listening on:", report, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Path.GetFullPath(host.Factory.DataDirectory), "grains.db"), report, StringComparison.Ordinal);
        Assert.Contains("mode:         Localhost", report, StringComparison.Ordinal);
        Assert.Contains("seeding:      off", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_report_names_every_Orleans_port_that_listens_and_what_protects_it()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();
        var cluster = host.Factory.Services.GetRequiredService<IOptions<CfcHostingOptions>>().Value.Cluster;

        Assert.Contains($"silo port:    127.0.0.1:{cluster.SiloPort}, plaintext, this machine only", report, StringComparison.Ordinal);
        Assert.Contains("gateway:      off (Cfc:Cluster:GatewayEnabled=false)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_is_off_by_default_and_the_start_report_says_so()
    {
        var report = host.Factory.Services.GetServices<IHostedService>().OfType<StartupReport>().Single().Describe();

        Assert.Contains("dashboard:    off (Cfc:Dashboard:Enabled=false)", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/dashboard/Trace")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous.GetAsync("/dashboard/signin")).StatusCode);
    }
}

public sealed class InvalidSettingsTests
{
    [Theory]
    [InlineData("--Cfc:Cluster:SiloPort=0", "Cfc:Cluster:SiloPort")]
    [InlineData("--Cfc:Cluster:Mode=Redis", "ConnectionStrings:Redis")]
    [InlineData("--Cfc:Cluster:Mode=Redis", "Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:Mode is Redis")]
    [InlineData("--Cfc:Cluster:GatewayEnabled=true", "Cfc:Cluster:Tls:CertificatePath is required when Cfc:Cluster:GatewayEnabled is true")]
    [InlineData("--Cfc:Cluster:Tls:CertificatePath=/nonexistent/cluster.pfx", "Cfc:Cluster:Tls:CertificatePath '/nonexistent/cluster.pfx' cannot be read")]
    [InlineData("--Cfc:Cluster:Mode=Cloud", "Cfc:Cluster:Mode")]
    [InlineData("--Cfc:Limits:MaxListItems=0", "Cfc:Limits:MaxListItems")]
    [InlineData("--Cfc:Limits:WriteWindow=00:00:00", "Cfc:Limits:WriteWindow")]
    [InlineData("--Cfc:Limits:MaxTextLength=20001", "Cfc:Limits:MaxTextLength")]
    [InlineData("--Cfc:Limits:MaxIssuesPerMember=0", "Cfc:Limits:MaxIssuesPerMember")]
    [InlineData("--Cfc:Limits:ReadsPerWindow=0", "Cfc:Limits:ReadsPerWindow")]
    [InlineData("--Cfc:Limits:ReadWindow=-00:01:00", "Cfc:Limits:ReadWindow")]
    [InlineData("--Cfc:Limits:MaxTokenLifetime=00:00:00", "Cfc:Limits:MaxTokenLifetime")]
    [InlineData("--Cfc:Dashboard:MaxTraceStreams=0", "Cfc:Dashboard:MaxTraceStreams")]
    [InlineData("--Cfc:Dashboard:Enabled=maybe", "Cfc:Dashboard:Enabled")]
    [InlineData("--Cfc:Telemetry:Metrics:Enabled=maybe", "Cfc:Telemetry:Metrics:Enabled")]
    [InlineData("--Cfc:Proxy:KnownProxies:0=10.0.0.300", "Cfc:Proxy:KnownProxies:0 '10.0.0.300'")]
    [InlineData("--Cfc:Proxy:KnownProxies:0=10.1", "Cfc:Proxy:KnownProxies:0 '10.1'")]
    [InlineData("--Cfc:Proxy:KnownNetworks:0=10.0.0.1/8", "Cfc:Proxy:KnownNetworks:0 '10.0.0.1/8'")]
    [InlineData("--Cfc:Proxy:KnownNetworks:0=fd00::/129", "Cfc:Proxy:KnownNetworks:0 'fd00::/129'")]
    [InlineData("--Cfc:Newsletter:Smtp:Host=127.0.0.1", "Cfc:Newsletter:Smtp:From is required when Cfc:Newsletter:Smtp:Host is set")]
    [InlineData("--Cfc:Newsletter:Smtp:Security=Tls", "Cfc:Newsletter:Smtp:Security is Auto, None, StartTls or SslOnConnect")]
    [InlineData("--Cfc:Newsletter:CheckInterval=00:00:00", "Cfc:Newsletter:CheckInterval must be more than 0")]
    [InlineData("--Cfc:PublicUrl=ftp://cfc.example", "Cfc:PublicUrl 'ftp://cfc.example' is not an absolute http or https URL")]
    [InlineData("--Cfc:Newsletter:Smtp:Host=127.0.0.1\n--Cfc:Newsletter:Smtp:From=nieuwsbrief@cfc.example", "Cfc:PublicUrl must be set to the host's public https address")]
    [InlineData("--Cfc:Newsletter:Smtp:Host=127.0.0.1\n--Cfc:Newsletter:Smtp:From=nieuwsbrief@cfc.example\n--Cfc:PublicUrl=http://cfc.example", "Cfc:PublicUrl must be set to the host's public https address")]
    [InlineData("--Cfc:Newsletter:Smtp:Host=127.0.0.1\n--Cfc:Newsletter:Smtp:From=nieuwsbrief@cfc.example\n--Cfc:Newsletter:Smtp:UserName=cfc", "Cfc:Newsletter:Smtp:UserName needs Cfc:Newsletter:Smtp:Security StartTls or SslOnConnect")]
    [InlineData("--Cfc:Newsletter:ZoneNames:Mars/Olympus=Olympus", "Cfc:Newsletter:ZoneNames:Mars/Olympus names no TZDB time zone")]
    [InlineData("--Cfc:Newsletter:ZoneNames:America/Kralendijk= ", "Cfc:Newsletter:ZoneNames:America/Kralendijk must be a name of 1 to 100 characters")]
    [InlineData("--Cfc:Disclosure:RoundTo=0", "CfcSdkOptions.Disclosure.RoundTo must be 1 or more")]
    [InlineData("--Cfc:Forecast:Confidence=1", "CfcSdkOptions.Forecast.Confidence must be above 0 and below 1")]
    [InlineData("--Cfc:Forecast:HorizonYears=0", "CfcSdkOptions.Forecast.HorizonYears must be from 1 to 100")]
    [InlineData("--Cfc:Peers:MinimumPeers=2", "CfcSdkOptions.Peers.MinimumPeers must be 3 or more")]
    [InlineData("--Cfc:Peers:SizeClassLowerBounds:0=5000", "CfcSdkOptions.Peers.SizeClassLowerBounds")]
    [InlineData("--Cfc:Sdmx:Agency=CFC NL", "Cfc:Sdmx:Agency 'CFC NL' is not an SDMX agency id")]
    [InlineData("--Cfc:Sdmx:DataflowId=DF.CFC", "Cfc:Sdmx:DataflowId 'DF.CFC' is not an SDMX id")]
    [InlineData("--Cfc:Sdmx:Version=1.0", "Cfc:Sdmx:Version '1.0' is not an SDMX 3.0 version")]
    public async Task An_invalid_setting_stops_the_host_with_a_message_naming_it_and_no_stack_trace(string setting, string named)
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-invalid-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            // Settings that only go wrong together are given on lines of their own.
            foreach (var argument in (string[])[typeof(Program).Assembly.Location, .. setting.Split('\n'), $"--Cfc:DataDirectory={directory}", "--urls=http://127.0.0.1:0"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(1, process.ExitCode);
            Assert.Contains(named, error, StringComparison.Ordinal);
            Assert.StartsWith("Cfc.Sample.Host cannot start:", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error + await output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
