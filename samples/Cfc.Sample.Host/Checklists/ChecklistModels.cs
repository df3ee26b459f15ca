using System.ComponentModel.DataAnnotations;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.Checklists;

/// <summary>The body of <c>PUT /api/municipalities/{code}/checklist/{question}</c>: <c>{"answer": "partly", "evidence"?, "on"?}</c>.</summary>
/// <param name="Answer">The answer: one of the question's <c>choices</c> (<c>yes</c>, <c>partly</c>, <c>no</c>), or free text.</param>
/// <param name="Evidence">What shows it: a text or a URL; optional.</param>
/// <param name="On">The date it was answered; the member's today by default, never later.</param>
internal sealed record ChecklistAnswerRequest([property: Required] string? Answer, string? Evidence, LocalDate? On);

/// <summary>
/// A member's checklist: <c>{"id", "version", "example", "questions", "answered", "items": [...]}</c>; <c>example</c> says the
/// wording is the SDK's example, not the official questionnaire's.
/// </summary>
/// <param name="Id">The checklist's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Example">Whether it is the built-in example.</param>
/// <param name="Questions">How many questions it asks.</param>
/// <param name="Answered">How many of them the member has answered.</param>
/// <param name="Items">Each question in order, with the member's answer.</param>
internal sealed record ChecklistResponse(string Id, int Version, bool Example, int Questions, int Answered, IReadOnlyList<ChecklistItemResponse> Items)
{
    /// <summary>The response for <paramref name="checklist"/> with <paramref name="answers"/>.</summary>
    /// <param name="checklist">The registered checklist.</param>
    /// <param name="answers">The member's answers.</param>
    /// <returns>The response.</returns>
    public static ChecklistResponse From(Checklist checklist, IEnumerable<ChecklistAnswer> answers)
    {
        var byQuestion = answers.ToDictionary(a => a.Question);
        var items = checklist.Questions.Select(q => ChecklistItemResponse.From(q, byQuestion.GetValueOrDefault(q.Id))).ToArray();
        return new(checklist.Id, checklist.Version, checklist.IsExample, items.Length, items.Count(i => i.Answer is not null), items);
    }
}

/// <summary>One question with the member's answer: <c>{"id", "goalArea", "nl", "en", "kind", "choices", "answer": {"answer", "evidence", "answeredOn"} | null}</c>.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="GoalArea">The goal area it looks at.</param>
/// <param name="Nl">The question in Dutch.</param>
/// <param name="En">The question in English.</param>
/// <param name="Kind">How it is answered.</param>
/// <param name="Choices">The answers a closed question accepts; empty for free text.</param>
/// <param name="Answer">The member's answer; <see langword="null"/> while unanswered.</param>
internal sealed record ChecklistItemResponse(string Id, GoalArea GoalArea, string Nl, string En, ChecklistAnswerKind Kind, IReadOnlyList<string> Choices, ChecklistAnswerResponse? Answer)
{
    /// <summary>The response for <paramref name="question"/>.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answer">The member's answer, if any.</param>
    /// <returns>The response.</returns>
    public static ChecklistItemResponse From(ChecklistQuestion question, ChecklistAnswer? answer) => new(
        question.Id.ToString(), question.GoalArea, question.Dutch, question.English, question.Kind, question.Choices,
        answer is null ? null : new ChecklistAnswerResponse(answer.Answer, answer.Evidence, answer.AnsweredOn));
}

/// <summary>A member's answer: <c>{"answer", "evidence", "answeredOn"}</c>.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="Evidence">What shows it, if given.</param>
/// <param name="AnsweredOn">The date it was answered.</param>
internal sealed record ChecklistAnswerResponse(string Answer, string? Evidence, LocalDate AnsweredOn);
