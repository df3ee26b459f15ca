using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.Orleans.Programmes;

/// <summary>A municipality in its network's <see cref="IProgrammeIndexGrain"/>: its code, its name and its programme.</summary>
[GenerateSerializer, Immutable, Alias("cfc.programme-index-entry")]
public sealed record ProgrammeIndexEntry
{
    /// <summary>The municipality's code.</summary>
    [Id(0)]
    public required MemberCode Code { get; init; }

    /// <summary>The municipality's name.</summary>
    [Id(1)]
    public required string Name { get; init; }

    /// <summary>The programme, with every transition recorded so far.</summary>
    [Id(2)]
    public required Programme Programme { get; init; }
}
