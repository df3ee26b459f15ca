using System.Collections.Immutable;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>
/// What a <see cref="MunicipalityGrain"/> stores: domain values only, each kept valid by its own type. Stored as the
/// JSON of the storage's options (for the SQLite storage: camelCase names, the SDK's converters).
/// </summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.municipality-state")]
internal sealed record MunicipalityState
{
    /// <summary>The member's profile; <see langword="null"/> until it is set.</summary>
    [Id(0)]
    public Member? Profile { get; init; }

    /// <summary>The programme; <see langword="null"/> until its first transition (then it keeps the rules it started under).</summary>
    [Id(1)]
    public Programme? Programme { get; init; }

    /// <summary>The observation ledger.</summary>
    [Id(2)]
    public ObservationLedger Ledger { get; init; } = ObservationLedger.Empty;

    /// <summary>The local issues, in the order of their ids, each id once.</summary>
    [Id(3)]
    public ImmutableArray<LocalIssue> Issues { get; init; } = [];

    /// <summary>The member's targets, in the order of their indicators' ids, one per indicator; empty in states stored before targets were kept.</summary>
    [Id(4)]
    public ImmutableArray<Target> Targets { get; init; } = [];

    /// <summary>
    /// How many issue changes the municipality has made: each change's push to the matching replicas carries this
    /// number, so that a replica drops a push older than one it has applied (a push repeated in the background).
    /// </summary>
    [Id(5)]
    public long IssueVersion { get; init; }

    /// <summary>The id of the network the municipality belongs to; <see langword="null"/> until it registers (and in states of release 0.1, until converted). Its issues and programme are listed in that network.</summary>
    [Id(6)]
    public string? Network { get; init; }

    /// <summary>The member's contact people, in the order they were added; an equal person is kept once.</summary>
    [Id(7)]
    public ImmutableArray<Person> People { get; init; } = [];

    /// <summary>The member that succeeded this one; <see langword="null"/> while none has (and in states stored before successions were kept).</summary>
    [Id(8)]
    public Succession? Succession { get; init; }

    /// <summary>The members this one succeeded, in the order recorded; empty when none (and in states stored before successions were kept).</summary>
    [Id(9)]
    public ImmutableArray<Succession> Predecessors { get; init; } = [];
}
