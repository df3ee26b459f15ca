using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Participation;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// One participation record of a network, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>); the number comes
/// from the network's <c>participation</c> sequence (see <see cref="ParticipationGrains.RecordParticipationAsync"/>). The grain
/// keeps the record's entries current in the network's <c>participation</c> list and in its member's
/// <c>participation-{code}</c> list, filed under the day it was held.
/// </summary>
/// <remarks>Every change goes through <see cref="ParticipationRecord"/>; a change it refuses throws and stores nothing.</remarks>
[Alias("cfc.IParticipationGrain")]
public interface IParticipationGrain : IGrainWithStringKey
{
    /// <summary>The record.</summary>
    /// <returns>The record; <see langword="null"/> when no record has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ParticipationRecord?> GetAsync();

    /// <summary>Stores <paramref name="record"/> as this number's record and files its list entries.</summary>
    /// <param name="record">The record.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The number holds another record already.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(ParticipationRecord record);

    /// <summary>Corrects the record (see <see cref="ParticipationRecord.Correct"/>), refiling it when the day held changed.</summary>
    /// <param name="corrected">The record as it should be, of the same member.</param>
    /// <returns>The corrected record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="corrected"/> is another member's.</exception>
    /// <exception cref="EntityNotFoundException">No record has this number.</exception>
    [Idempotent]
    [Alias("CorrectAsync")]
    Task<ParticipationRecord> CorrectAsync(ParticipationRecord corrected);
}
