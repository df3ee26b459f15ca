using Cfc.Sdk.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>The silo builder extensions register the storage under the name a grain asks for (the host is built, not started).</summary>
public sealed class SqliteGrainStorageRegistrationTests
{
    private static IHost Build(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleans(silo => configure(silo.UseLocalhostClustering()));
        return builder.Build();
    }

    [Fact]
    public void As_default_it_is_the_storage_named_Default_and_the_unnamed_one()
    {
        using var host = Build(silo => silo.AddSqliteGrainStorageAsDefault(Path.Combine("data", "grains.db")));

        var named = Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("Default"));
        Assert.Same(named, host.Services.GetRequiredService<IGrainStorage>());
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "grains.db")), named.DatabasePath);
    }

    [Fact]
    public void A_named_storage_takes_its_own_options()
    {
        using var host = Build(silo => silo
            .AddSqliteGrainStorage("archive", "archive.db")
            .AddSqliteGrainStorage("cache", options =>
            {
                options.DataSource = "cache.db";
                options.BusyTimeout = TimeSpan.FromSeconds(5);
            }));

        Assert.EndsWith("archive.db", Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("archive")).DatabasePath, StringComparison.Ordinal);
        Assert.EndsWith("cache.db", Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("cache")).DatabasePath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_without_a_path_fails_clearly_when_the_silo_creates_the_storage()
    {
        using var host = Build(silo => silo.AddSqliteGrainStorageAsDefault(options => options.BusyTimeout = TimeSpan.FromSeconds(5)));

        var refused = Assert.Throws<OrleansConfigurationException>(() => host.Services.GetRequiredKeyedService<IGrainStorage>("Default"));
        Assert.Contains("DataSource", refused.Message, StringComparison.Ordinal);
    }
}
