using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.ActionPlans;

/// <summary>
/// One action point of a member's action plan, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>); the number
/// comes from the network's <c>actions</c> sequence (see <see cref="ActionPointGrains.CreateActionPointAsync"/>). The grain
/// keeps the point's entry current in the network's <c>actions</c> list and in its member's <c>actions-{code}</c> list,
/// both filed under the point's due date, with its status and goal area.
/// </summary>
/// <remarks>
/// Every change goes through <see cref="ActionPoint"/>; a change it refuses throws and stores nothing. "Today", which a
/// change may not be dated after, is the member's today (its municipality grain's zone).
/// </remarks>
[Alias("cfc.IActionPointGrain")]
public interface IActionPointGrain : IGrainWithStringKey
{
    /// <summary>The action point with its history.</summary>
    /// <returns>The point; <see langword="null"/> when no point has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ActionPoint?> GetAsync();

    /// <summary>Stores <paramref name="point"/> as this number's action point and files its list entries.</summary>
    /// <param name="point">The point, just created.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The number holds another point already.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(ActionPoint point);

    /// <summary>Changes the point's status (see <see cref="ActionPoint.ChangeStatus"/>), checked against the member's today.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="changedOn">The date of the change.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The point after the change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined, or <paramref name="changedOn"/> is after the member's today.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    /// <exception cref="ActionPointChangeException">The point is closed, has the status already, or <paramref name="changedOn"/> is before its previous change.</exception>
    /// <exception cref="EntityNotFoundException">No point has this number.</exception>
    [Alias("ChangeStatusAsync")]
    Task<ActionPoint> ChangeStatusAsync(ActionPointStatus status, LocalDate changedOn, string? note = null);

    /// <summary>Reopens the closed point (see <see cref="ActionPoint.Reopen"/>), checked against the member's today.</summary>
    /// <param name="status">The open status it returns to.</param>
    /// <param name="reopenedOn">The date it is reopened.</param>
    /// <param name="reason">Why it is reopened.</param>
    /// <returns>The point after the change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not an open status, or <paramref name="reopenedOn"/> is after the member's today.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is missing, blank or too long.</exception>
    /// <exception cref="ActionPointChangeException">The point is open, or <paramref name="reopenedOn"/> is before its previous change.</exception>
    /// <exception cref="EntityNotFoundException">No point has this number.</exception>
    [Alias("ReopenAsync")]
    Task<ActionPoint> ReopenAsync(ActionPointStatus status, LocalDate reopenedOn, string reason);
}
