using System.Collections.Immutable;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Checklists;

/// <summary>
/// The <see cref="IChecklistGrain"/>: it takes answers only to questions of the registered <see cref="Checklist"/>, checked
/// against their kind, so a member's state never holds more answers than the questionnaires it answered have questions.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>checklist</c>. Needs the <see cref="Checklist"/> that <c>AddCfcSdk</c> registers.</remarks>
/// <param name="state">The stored answers.</param>
/// <param name="checklist">The questionnaire members answer.</param>
internal sealed class ChecklistGrain([PersistentState("checklist")] IPersistentState<ChecklistState> state, Checklist checklist)
    : Grain, IChecklistGrain
{
    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = NetworkKey.Split(this.GetPrimaryKeyString());
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ChecklistAnswer>> GetAnswersAsync() => Task.FromResult(state.State.Answers);

    /// <inheritdoc />
    public async Task AnswerAsync(ChecklistAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var question = checklist.Find(answer.Question)
            ?? throw new ArgumentException($"The checklist '{checklist.Id}' has no question '{answer.Question}'.", nameof(answer));

        // The question checks the answer against its kind; the evidence and date are the answer's own.
        var checkedAnswer = question.Answer(answer.Answer, answer.AnsweredOn, answer.Evidence);
        var answers = state.State.Answers;
        var index = answers.Select((a, i) => a.Question == answer.Question ? i : -1).FirstOrDefault(i => i >= 0, -1);
        if (index >= 0 && answers[index] == checkedAnswer)
        {
            return;
        }

        await state.StoreAsync(state.State with { Answers = index >= 0 ? answers.SetItem(index, checkedAnswer) : answers.Add(checkedAnswer) });
    }
}
