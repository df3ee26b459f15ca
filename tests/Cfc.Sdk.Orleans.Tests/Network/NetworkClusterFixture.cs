using Cfc.Sdk.Orleans.Tests.Hosting;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The silo of the network grain's tests, its clock at 2024-03-01 12:00 UTC until a test moves it.</summary>
public sealed class NetworkClusterFixture() : SiloFixture(Instant.FromUtc(2024, 3, 1, 12, 0));

[CollectionDefinition(Name)]
public sealed class NetworkClusterDefinition : ICollectionFixture<NetworkClusterFixture>
{
    public const string Name = "network cluster";
}
