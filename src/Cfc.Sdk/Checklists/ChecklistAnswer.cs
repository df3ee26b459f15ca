using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Checklists;

/// <summary>A member's answer to a question of a <see cref="Checklist"/>, with the evidence that shows it and the date it was given.</summary>
/// <remarks>
/// <para>
/// Immutable. Two answers are equal when question, answer, evidence and date are equal. The constructor checks what an answer
/// is on its own (a question, a non-blank answer, lengths); <see cref="ChecklistQuestion.Answer"/> also checks it against the
/// question's kind, which is how an application should make one. An answer names no person: it is about the municipality.
/// </para>
/// <para>JSON writes <c>{"question", "answer", "evidence", "answeredOn"}</c> (<c>evidence</c> only when there is some) and reads it back through the constructor.</para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ChecklistAnswer : IEquatable<ChecklistAnswer>
{
    /// <summary>The longest answer accepted, in characters.</summary>
    public const int MaxAnswerLength = 2000;

    /// <summary>The longest evidence accepted (a text or a URL), in characters.</summary>
    public const int MaxEvidenceLength = 2000;

    internal static readonly ImmutableArray<string> YesNo = ["yes", "no"];

    internal static readonly ImmutableArray<string> YesPartlyNo = ["yes", "partly", "no"];

    /// <summary>Creates an answer.</summary>
    /// <param name="question">The question answered.</param>
    /// <param name="answer">The answer: a choice such as <c>yes</c>, or free text.</param>
    /// <param name="answeredOn">The date it was answered.</param>
    /// <param name="evidence">What shows it (a text or a URL); blank for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="question"/> is the default value, <paramref name="answer"/> is blank, or a text is too long.</exception>
    public ChecklistAnswer(ChecklistQuestionId question, string answer, LocalDate answeredOn, string? evidence = null)
    {
        if (question == default)
        {
            throw new ArgumentException("The default ChecklistQuestionId names no question.", nameof(question));
        }

        Question = question;
        Answer = RequiredText.Check(answer, MaxAnswerLength, nameof(answer));
        Evidence = RequiredText.CheckOptional(evidence, MaxEvidenceLength, nameof(evidence));
        AnsweredOn = answeredOn;
    }

    /// <summary>The question answered.</summary>
    public ChecklistQuestionId Question { get; }

    /// <summary>The answer, trimmed: a choice in lower case, or free text.</summary>
    public string Answer { get; }

    /// <summary>What shows the answer (a text or a URL), trimmed; <see langword="null"/> when none is given.</summary>
    public string? Evidence { get; }

    /// <summary>The date it was answered.</summary>
    public LocalDate AnsweredOn { get; }

    /// <inheritdoc />
    public bool Equals(ChecklistAnswer? other) =>
        other is not null && Question == other.Question && AnsweredOn == other.AnsweredOn
        && string.Equals(Answer, other.Answer, StringComparison.Ordinal) && string.Equals(Evidence, other.Evidence, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChecklistAnswer);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Question, AnsweredOn, StringComparer.Ordinal.GetHashCode(Answer));

    /// <summary>The answer as invariant text, e.g. <c>voice-01: partly (2026-11-02)</c>.</summary>
    /// <returns>The question, the answer and the date.</returns>
    public override string ToString() => $"{Question}: {Answer} ({LocalDatePattern.Iso.Format(AnsweredOn)})";

    /// <summary>Whether two answers are equal.</summary>
    public static bool operator ==(ChecklistAnswer? left, ChecklistAnswer? right) => Equals(left, right);

    /// <summary>Whether two answers differ.</summary>
    public static bool operator !=(ChecklistAnswer? left, ChecklistAnswer? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<ChecklistAnswer, Stored>
    {
        protected override Stored ToStored(ChecklistAnswer value) =>
            new() { Question = value.Question, Answer = value.Answer, Evidence = value.Evidence, AnsweredOn = value.AnsweredOn };

        protected override ChecklistAnswer FromStored(Stored stored) => new(stored.Question, stored.Answer, stored.AnsweredOn, stored.Evidence);
    }

    private sealed class Stored
    {
        public required ChecklistQuestionId Question { get; init; }

        public required string Answer { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Evidence { get; init; }

        public required LocalDate AnsweredOn { get; init; }
    }
}
