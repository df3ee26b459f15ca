using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;

namespace Cfc.Sdk.Orleans.Bottlenecks;

/// <summary>
/// The <see cref="IBottleneckGrain"/>: it writes its state first, then its entry in the network's <c>bottlenecks</c>
/// list (under each escalation's day in <c>bottlenecks-escalated</c>, and, once on the national agenda, in
/// <c>bottlenecks-national</c>), so a list never shows a step that is not stored; a repeated create or import files the
/// entry again.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>bottleneck</c>.</remarks>
/// <param name="state">The stored bottleneck.</param>
/// <param name="grains">The grain factory, for the list.</param>
internal sealed class BottleneckGrain([PersistentState("bottleneck")] IPersistentState<BottleneckState> state, IGrainFactory grains)
    : Grain, IBottleneckGrain
{
    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    private Bottleneck Held => state.State.Bottleneck ?? throw new EntityNotFoundException("bottleneck", this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<Bottleneck?> GetAsync() => Task.FromResult(state.State.Bottleneck);

    /// <inheritdoc />
    public async Task CreateAsync(Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        if (state.State.Bottleneck is { } held && held != bottleneck)
        {
            throw new InvalidOperationException($"Bottleneck {this.GetPrimaryKeyString()} is signalled already; a new bottleneck takes a new number.");
        }

        await StoreAsync(bottleneck);
        await FileAsync(bottleneck);
    }

    /// <inheritdoc />
    public Task<Bottleneck> EscalateAsync(EscalationLevel level, LocalDate escalatedOn, string? note = null) =>
        ChangeAsync(Held.EscalateTo(level, escalatedOn, note));

    /// <inheritdoc />
    public Task<Bottleneck> ResolveAsync(LocalDate resolvedOn, string outcome) => ChangeAsync(Held.Resolve(resolvedOn, outcome));

    /// <inheritdoc />
    public async Task ImportAsync(Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        if (state.State.Bottleneck is null)
        {
            await StoreAsync(bottleneck);
        }

        await FileAsync(state.State.Bottleneck!);
    }

    private async Task<Bottleneck> ChangeAsync(Bottleneck changed)
    {
        await StoreAsync(changed);
        await FileAsync(changed);
        return changed;
    }

    // The signal date never changes, nor the date a bottleneck reached the national agenda (the top, so its last
    // step), nor any step's date, so each entry stays on its day.
    private async Task FileAsync(Bottleneck bottleneck)
    {
        var entry = BottleneckGrains.EntryOf(Key.Number, bottleneck);
        await grains.BottleneckList(Key.Network).PutAsync(entry);
        // A bottleneck moves up at most twice (local, regional, national), so this files at most two entries.
        foreach (var escalation in bottleneck.History.Skip(1))
        {
            await grains.EscalatedBottleneckList(Key.Network).PutAsync(entry with { Day = escalation.On });
        }

        if (bottleneck.Level == EscalationLevel.National)
        {
            await grains.NationalBottleneckList(Key.Network).PutAsync(entry with { Day = bottleneck.History[^1].On });
        }
    }

    // A write that fails leaves the grain as it was.
    private async Task StoreAsync(Bottleneck bottleneck)
    {
        var previous = state.State;
        if (previous.Bottleneck == bottleneck)
        {
            return;
        }

        await state.StoreAsync(previous with { Bottleneck = bottleneck });
    }
}
