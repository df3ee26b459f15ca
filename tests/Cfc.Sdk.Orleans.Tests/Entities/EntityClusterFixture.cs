using Cfc.Sdk.Orleans.Tests.Hosting;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Entities;

/// <summary>The silo of the tests of entity grains, their numbers and their lists; each test uses a network of its own.</summary>
public sealed class EntityClusterFixture() : SiloFixture(Instant.FromUtc(2026, 3, 1, 12, 0))
{
    /// <summary>A network id no other test uses.</summary>
    public static string NewNetwork() => "t" + Guid.NewGuid().ToString("N")[..12];
}

[CollectionDefinition(Name)]
public sealed class EntityClusterDefinition : ICollectionFixture<EntityClusterFixture>
{
    public const string Name = "entity cluster";
}
