using Cfc.Sdk.Bottlenecks;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>A bottleneck signalled to the network, with the id the network grain gave it.</summary>
/// <remarks>Equality is by value: the same id and an equal <see cref="Bottleneck"/>.</remarks>
/// <param name="Id">The bottleneck's number in the network: 1 for the first signalled, then 2, 3 and so on.</param>
/// <param name="Bottleneck">The bottleneck and its escalation history.</param>
[GenerateSerializer, Immutable, Alias("cfc.network-bottleneck")]
public sealed record NetworkBottleneck([property: Id(0)] int Id, [property: Id(1)] Bottleneck Bottleneck);
