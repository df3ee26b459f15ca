using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Practices;

namespace Cfc.Sdk.Orleans.Practices;

/// <summary>
/// The <see cref="IGoodPracticeGrain"/>: it writes its state first, then its entry in the network's <c>practices</c>
/// list, so a list never shows a practice that is not stored; a call repeated after a failed list write files the entry.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>practice</c>.</remarks>
/// <param name="state">The stored practice.</param>
/// <param name="grains">The grain factory, for the list.</param>
internal sealed class GoodPracticeGrain([PersistentState("practice")] IPersistentState<GoodPracticeState> state, IGrainFactory grains)
    : Grain, IGoodPracticeGrain
{
    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<GoodPractice?> GetAsync() => Task.FromResult(state.State.Practice);

    /// <inheritdoc />
    public async Task CreateAsync(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        if (state.State.Practice is { } held && held != practice)
        {
            throw new InvalidOperationException($"Good practice {this.GetPrimaryKeyString()} is shared already; a new practice takes a new number.");
        }

        await StoreAsync(practice);
        await FileAsync(practice, previousDay: null);
    }

    /// <inheritdoc />
    public async Task<GoodPractice> ChangeAsync(GoodPractice corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        var held = state.State.Practice ?? throw new EntityNotFoundException("good practice", this.GetPrimaryKeyString());
        var practice = held.Correct(corrected);
        await StoreAsync(practice);
        await FileAsync(practice, held.SharedOn);
        return practice;
    }

    /// <inheritdoc />
    public async Task ImportAsync(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        if (state.State.Practice is null)
        {
            await StoreAsync(practice);
        }

        await FileAsync(state.State.Practice!, previousDay: null);
    }

    private Task FileAsync(GoodPractice practice, NodaTime.LocalDate? previousDay) =>
        grains.GoodPracticeList(Key.Network).PutAsync(GoodPracticeGrains.EntryOf(Key.Number, practice), previousDay);

    // A write that fails leaves the grain as it was.
    private async Task StoreAsync(GoodPractice practice)
    {
        var previous = state.State;
        if (previous.Practice == practice)
        {
            return;
        }

        await state.StoreAsync(previous with { Practice = practice });
    }
}
