using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Programmes;

/// <summary>
/// The municipalities of one network whose programme has started, keyed by the network's id (<c>nl</c>): what the
/// network's overview and the newsletter's deadlines read, in one call, instead of every municipality's grain.
/// </summary>
/// <remarks>
/// Each municipality keeps its own entry current: it puts it after each programme transition and each rename, once
/// its programme has started. An entry holds the programme itself (its transitions, a few a year), so that a reader
/// takes its status on any date, such as an edition's, without calling the municipality.
/// </remarks>
[Alias("cfc.IProgrammeIndexGrain")]
public interface IProgrammeIndexGrain : IGrainWithStringKey
{
    /// <summary>Puts the municipality's entry, replacing the one it had.</summary>
    /// <param name="entry">The municipality's entry as it is now.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("PutAsync")]
    Task PutAsync(ProgrammeIndexEntry entry);

    /// <summary>
    /// Takes the municipality's entry out, when it has one: a municipality succeeded by another (a merger) is read under
    /// its successor, so its programme is no longer one of the network's running programmes, with deadlines of its own.
    /// </summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>A task that completes when stored.</returns>
    [Idempotent]
    [Alias("RemoveAsync")]
    Task RemoveAsync(MemberCode code);

    /// <summary>The entries, in code order.</summary>
    /// <returns>The municipalities whose programme has started.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ImmutableArray<ProgrammeIndexEntry>> GetAsync();
}
