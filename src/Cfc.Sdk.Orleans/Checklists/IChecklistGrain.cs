using System.Collections.Immutable;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Checklists;

/// <summary>
/// A member's answers to the situation analysis' <see cref="Checklist"/>, keyed <c>{network}/{memberCode}</c> (see
/// <see cref="NetworkKey"/> and <see cref="ChecklistGrains.GetChecklist"/>): one answer per question of the registered
/// checklist, so what it holds is bounded by the questionnaire's size.
/// </summary>
[Alias("cfc.IChecklistGrain")]
public interface IChecklistGrain : IGrainWithStringKey
{
    /// <summary>The member's answers, one per question, including any to questions a later checklist no longer asks.</summary>
    /// <returns>The answers; empty when none were given.</returns>
    [ReadOnly]
    [Alias("GetAnswersAsync")]
    Task<ImmutableArray<ChecklistAnswer>> GetAnswersAsync();

    /// <summary>Stores <paramref name="answer"/>, replacing the member's earlier answer to the same question.</summary>
    /// <param name="answer">The answer, made by <see cref="ChecklistQuestion.Answer"/> of the registered checklist.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The registered checklist has no such question, or the answer does not fit it.</exception>
    [Idempotent]
    [Alias("AnswerAsync")]
    Task AnswerAsync(ChecklistAnswer answer);
}
