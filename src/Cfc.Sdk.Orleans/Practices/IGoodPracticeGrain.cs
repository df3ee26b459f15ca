using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Practices;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Practices;

/// <summary>
/// One good practice of a network, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>); the number comes from
/// the network's <c>practices</c> sequence (see <see cref="GoodPracticeGrains.ShareGoodPracticeAsync"/>). The grain keeps the
/// practice's entry in the network's <c>practices</c> list current, filed under the day it was shared.
/// </summary>
/// <remarks>
/// Every change goes through <see cref="GoodPractice"/>; a change it refuses throws and stores nothing.
/// </remarks>
[Alias("cfc.IGoodPracticeGrain")]
public interface IGoodPracticeGrain : IGrainWithStringKey
{
    /// <summary>The practice.</summary>
    /// <returns>The practice; <see langword="null"/> when no practice has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<GoodPractice?> GetAsync();

    /// <summary>Stores <paramref name="practice"/> as this number's practice, just shared, and files its list entry.</summary>
    /// <param name="practice">The practice.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="practice"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The number holds another practice already.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(GoodPractice practice);

    /// <summary>Replaces the practice by <paramref name="corrected"/> (see <see cref="GoodPractice.Correct"/>) and moves its list entry to the corrected day.</summary>
    /// <param name="corrected">The practice as it should read, shared by the same member.</param>
    /// <returns>The practice as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="corrected"/> names another member (parameter name <c>corrected</c>).</exception>
    /// <exception cref="EntityNotFoundException">No practice has this number.</exception>
    [Idempotent]
    [Alias("ChangeAsync")]
    Task<GoodPractice> ChangeAsync(GoodPractice corrected);

    /// <summary>
    /// Stores <paramref name="practice"/>, converted from an earlier release, when the grain holds nothing yet, and files
    /// the list entry of what it holds: repeating a conversion changes nothing that was changed since.
    /// </summary>
    /// <param name="practice">The practice as the earlier release stored it.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="practice"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("ImportAsync")]
    Task ImportAsync(GoodPractice practice);
}
