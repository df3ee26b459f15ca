using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;

namespace Cfc.Sdk.Orleans.ActionPlans;

/// <summary>
/// The <see cref="IActionPointGrain"/>: it writes its state first, then its entries in the network's <c>actions</c> list
/// and its member's <c>actions-{code}</c> list, so a list never shows a status that is not stored; a repeated create files
/// the entries again.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>action-point</c>.</remarks>
/// <param name="state">The stored action point.</param>
/// <param name="grains">The grain factory, for the lists and the member's today.</param>
internal sealed class ActionPointGrain([PersistentState("action-point")] IPersistentState<ActionPointState> state, IGrainFactory grains)
    : Grain, IActionPointGrain
{
    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    private ActionPoint Held => state.State.ActionPoint ?? throw new EntityNotFoundException("action point", this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ActionPoint?> GetAsync() => Task.FromResult(state.State.ActionPoint);

    /// <inheritdoc />
    public async Task CreateAsync(ActionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (state.State.ActionPoint is { } held && held != point)
        {
            throw new InvalidOperationException($"Action point {this.GetPrimaryKeyString()} exists already; a new action point takes a new number.");
        }

        await StoreAsync(point);
        await FileAsync(point);
    }

    /// <inheritdoc />
    public async Task<ActionPoint> ChangeStatusAsync(ActionPointStatus status, LocalDate changedOn, string? note = null)
    {
        var held = Held;
        return await ChangeAsync(held.ChangeStatus(status, changedOn, await TodayOfAsync(held), note));
    }

    /// <inheritdoc />
    public async Task<ActionPoint> ReopenAsync(ActionPointStatus status, LocalDate reopenedOn, string reason)
    {
        var held = Held;
        return await ChangeAsync(held.Reopen(status, reopenedOn, await TodayOfAsync(held), reason));
    }

    private Task<LocalDate> TodayOfAsync(ActionPoint point) => grains.GetGrain<IMunicipalityGrain>(point.Member.ToString()).TodayAsync();

    private async Task<ActionPoint> ChangeAsync(ActionPoint changed)
    {
        await StoreAsync(changed);
        await FileAsync(changed);
        return changed;
    }

    // The due date never changes, so each entry stays on its day.
    private async Task FileAsync(ActionPoint point)
    {
        var entry = ActionPointGrains.EntryOf(Key.Number, point);
        await grains.ActionPointList(Key.Network).PutAsync(entry);
        await grains.MemberActionPointList(Key.Network, point.Member).PutAsync(entry);
    }

    // A write that fails leaves the grain as it was.
    private async Task StoreAsync(ActionPoint point)
    {
        var previous = state.State;
        if (previous.ActionPoint == point)
        {
            return;
        }

        await state.StoreAsync(previous with { ActionPoint = point });
    }
}
