using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Bottlenecks;

/// <summary>
/// One bottleneck of a network, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>); the number comes from
/// the network's <c>bottlenecks</c> sequence (see <see cref="BottleneckGrains.SignalBottleneckAsync"/>). The grain keeps the
/// bottleneck's entry in the network's <c>bottlenecks</c> list current, filed under the day it was signalled, with its
/// status and level, under the day of each escalation in <see cref="BottleneckGrains.EscalatedBottleneckList"/>, and, once
/// it is on the national agenda, in <see cref="BottleneckGrains.NationalBottleneckList"/>.
/// </summary>
/// <remarks>
/// Every change goes through <see cref="Bottleneck"/>; a change it refuses throws and stores nothing.
/// </remarks>
[Alias("cfc.IBottleneckGrain")]
public interface IBottleneckGrain : IGrainWithStringKey
{
    /// <summary>The bottleneck with its history.</summary>
    /// <returns>The bottleneck; <see langword="null"/> when no bottleneck has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Bottleneck?> GetAsync();

    /// <summary>Stores <paramref name="bottleneck"/> as this number's bottleneck, just signalled, and files its list entry.</summary>
    /// <param name="bottleneck">The bottleneck.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bottleneck"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The number holds another bottleneck already.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(Bottleneck bottleneck);

    /// <summary>Puts the bottleneck on the higher agenda <paramref name="level"/> (see <see cref="Bottleneck.EscalateTo"/>).</summary>
    /// <param name="level">A level above the current one.</param>
    /// <param name="escalatedOn">The date; not before the previous step.</param>
    /// <param name="note">An optional note, such as the body that took it up.</param>
    /// <returns>The bottleneck after the step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not above the current level, or <paramref name="escalatedOn"/> is before the previous step.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    /// <exception cref="BottleneckResolvedException">The bottleneck is resolved.</exception>
    /// <exception cref="EntityNotFoundException">No bottleneck has this number.</exception>
    [Alias("EscalateAsync")]
    Task<Bottleneck> EscalateAsync(EscalationLevel level, LocalDate escalatedOn, string? note = null);

    /// <summary>Resolves the bottleneck (see <see cref="Bottleneck.Resolve"/>).</summary>
    /// <param name="resolvedOn">The date; not before the last step.</param>
    /// <param name="outcome">What came of it.</param>
    /// <returns>The resolved bottleneck.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolvedOn"/> is before the last step.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is missing, blank or too long.</exception>
    /// <exception cref="BottleneckResolvedException">The bottleneck is resolved already.</exception>
    /// <exception cref="EntityNotFoundException">No bottleneck has this number.</exception>
    [Alias("ResolveAsync")]
    Task<Bottleneck> ResolveAsync(LocalDate resolvedOn, string outcome);

    /// <summary>
    /// Stores <paramref name="bottleneck"/>, converted from an earlier release (which kept bottlenecks open), when the
    /// grain holds nothing yet, and files the list entry of what it holds: repeating a conversion changes nothing that
    /// was changed since.
    /// </summary>
    /// <param name="bottleneck">The bottleneck as the earlier release stored it, with its history.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bottleneck"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("ImportAsync")]
    Task ImportAsync(Bottleneck bottleneck);
}
