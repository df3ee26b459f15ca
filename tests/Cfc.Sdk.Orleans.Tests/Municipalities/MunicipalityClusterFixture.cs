using Cfc.Sdk.Orleans.Tests.Hosting;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>The silo of the municipality grain's tests; each test sets the clock before it needs "today".</summary>
public sealed class MunicipalityClusterFixture() : SiloFixture(Instant.FromUtc(2026, 3, 26, 12, 0))
{
    /// <summary>The stored JSON of a municipality grain's state, or <see langword="null"/> when none is stored.</summary>
    public string? StoredState(string key) => StoredState("municipality", $"municipality/{key}");
}

[CollectionDefinition(Name)]
public sealed class MunicipalityClusterDefinition : ICollectionFixture<MunicipalityClusterFixture>
{
    public const string Name = "municipality cluster";
}
