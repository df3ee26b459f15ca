using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>What <see cref="IMunicipalityGrain.ChangeProfileAsync"/> stored: the member's profile, and whether it is its first.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Profile">The profile stored.</param>
/// <param name="Created">Whether the member had no profile before the change.</param>
[GenerateSerializer, Immutable, Alias("cfc.profile-change")]
public sealed record ProfileChange(
    [property: Id(0)] Member Profile,
    [property: Id(1)] bool Created);
