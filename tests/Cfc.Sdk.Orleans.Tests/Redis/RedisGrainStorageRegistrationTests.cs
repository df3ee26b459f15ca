using Cfc.Sdk.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Persistence;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Tests.Redis;

/// <summary>The registration of the SDK's Redis grain storage, without a Redis server (nothing is started).</summary>
public sealed class RedisGrainStorageRegistrationTests
{
    [Fact]
    public void The_default_storage_gets_its_own_json_serializer_and_other_providers_keep_the_silo_s()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering()
            .AddCfcSdkRedisGrainStorageAsDefault("127.0.0.1:6390")
            .AddMemoryGrainStorage("memory"));
        using var host = builder.Build();

        var redis = host.Services.GetRequiredService<IOptionsMonitor<RedisStorageOptions>>().Get("Default");
        var memory = host.Services.GetRequiredService<IOptionsMonitor<MemoryGrainStorageOptions>>().Get("memory");

        Assert.IsType<EnvelopeGrainStorageSerializer>(redis.GrainStorageSerializer);
        Assert.Equal("127.0.0.1:6390", Assert.Single(redis.ConfigurationOptions!.EndPoints).ToString());
        Assert.IsNotType<EnvelopeGrainStorageSerializer>(memory.GrainStorageSerializer);
        Assert.IsNotType<EnvelopeGrainStorageSerializer>(host.Services.GetRequiredService<IGrainStorageSerializer>());
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var checkedSilo = false;
        builder.UseOrleans(silo =>
        {
            checkedSilo = true;
            Assert.Throws<ArgumentNullException>(() => silo.AddCfcSdkRedisGrainStorageAsDefault(null!));
            Assert.Throws<ArgumentNullException>(() => silo.AddCfcSdkRedisGrainStorage(null!, "127.0.0.1:6390"));
            Assert.Throws<ArgumentNullException>(() => ((ISiloBuilder)null!).AddCfcSdkRedisGrainStorageAsDefault("127.0.0.1:6390"));
        });
        Assert.True(checkedSilo);
    }
}
