using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

/// <summary>One in-process cluster of two silos, with the SDK's types registered on the silos and on the client.</summary>
public sealed class EchoClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public IClusterClient Client => _cluster!.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.Services.AddSerializer(Configure));
        builder.ConfigureClient(client => client.Services.AddSerializer(Configure));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    // A generic grain method's invokable is named with its type argument; Orleans lets it through when the
    // application's own assembly, which declares the grain interface, is allowed.
    private static void Configure(ISerializerBuilder serializer) =>
        serializer.AddCfcSdkTypes().Configure(manifest => manifest.AddAllowedAssembly(typeof(IEchoGrain).Assembly));

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EchoClusterDefinition : ICollectionFixture<EchoClusterFixture>
{
    public const string Name = "echo cluster";
}
