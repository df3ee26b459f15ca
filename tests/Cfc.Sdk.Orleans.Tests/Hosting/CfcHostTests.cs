using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>A silo and a client set up by <c>AddCfc(configuration)</c> alone.</summary>
[Collection(CfcHostDefinition.Name)]
public sealed class CfcHostTests(CfcHostFixture host)
{
    [Fact]
    public async Task A_silo_in_Localhost_mode_stores_every_grain_in_the_database_of_its_data_directory()
    {
        await host.Client.Grains.GetGrain<IMunicipalityGrain>("GM0518").SetProfileAsync("nl", "'s-Gravenhage");

        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "grains.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_id LIKE 'municipality/%0518'";
        Assert.Contains("'s-Gravenhage", Assert.IsType<string>(command.ExecuteScalar()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_silo_with_settings_that_cannot_be_used_is_refused_before_it_starts()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Cfc:Cluster:Mode", "Redis")])
            .Build();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.AddCfc(configuration)));

        Assert.Contains("ConnectionStrings:Redis is required when Cfc:Cluster:Mode is Redis", error.Message, StringComparison.Ordinal);
    }
}
