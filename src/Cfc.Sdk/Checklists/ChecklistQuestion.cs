using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Checklists;

/// <summary>A question of a <see cref="Checklist"/>: its stable id, the goal area it looks at, its Dutch and English wording and how it is answered.</summary>
/// <remarks>
/// Immutable. Two questions are equal when all their values are equal. JSON writes <c>{"id", "goalArea", "nl", "en", "kind"}</c>
/// and reads it back through the constructor.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ChecklistQuestion : IEquatable<ChecklistQuestion>
{
    /// <summary>The longest wording accepted, in characters, in each language.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Creates a question.</summary>
    /// <param name="id">The stable id answers refer to.</param>
    /// <param name="goalArea">The goal area it looks at.</param>
    /// <param name="dutch">The question in Dutch.</param>
    /// <param name="english">The question in English.</param>
    /// <param name="kind">How it is answered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dutch"/> or <paramref name="english"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or a wording is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalArea"/> or <paramref name="kind"/> is not defined.</exception>
    public ChecklistQuestion(ChecklistQuestionId id, GoalArea goalArea, string dutch, string english, ChecklistAnswerKind kind)
    {
        if (id == default)
        {
            throw new ArgumentException("The default ChecklistQuestionId names no question.", nameof(id));
        }

        if (!GoalAreas.IsDefined(goalArea))
        {
            throw new ArgumentOutOfRangeException(nameof(goalArea), goalArea, $"'{goalArea}' is not a CFCI goal area.");
        }

        if (kind is not (ChecklistAnswerKind.YesNo or ChecklistAnswerKind.YesPartlyNo or ChecklistAnswerKind.FreeText))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of checklist answer.");
        }

        Id = id;
        GoalArea = goalArea;
        Dutch = RequiredText.Check(dutch, MaxTextLength, nameof(dutch));
        English = RequiredText.Check(english, MaxTextLength, nameof(english));
        Kind = kind;
    }

    /// <summary>The stable id answers refer to.</summary>
    public ChecklistQuestionId Id { get; }

    /// <summary>The goal area the question looks at.</summary>
    public GoalArea GoalArea { get; }

    /// <summary>The question in Dutch.</summary>
    public string Dutch { get; }

    /// <summary>The question in English.</summary>
    public string English { get; }

    /// <summary>How the question is answered.</summary>
    public ChecklistAnswerKind Kind { get; }

    /// <summary>The answers a closed question accepts, in the order to offer them; empty for <see cref="ChecklistAnswerKind.FreeText"/>.</summary>
    public IReadOnlyList<string> Choices => Kind switch
    {
        ChecklistAnswerKind.YesNo => ChecklistAnswer.YesNo,
        ChecklistAnswerKind.YesPartlyNo => ChecklistAnswer.YesPartlyNo,
        _ => [],
    };

    /// <summary>An answer to this question, checked against its kind.</summary>
    /// <param name="answer">For a closed question one of <see cref="Choices"/> (any case); for free text a non-blank text of at most <see cref="ChecklistAnswer.MaxAnswerLength"/> characters.</param>
    /// <param name="answeredOn">The date it was answered.</param>
    /// <param name="evidence">What shows it (a text or a URL); blank for none.</param>
    /// <returns>The answer, a closed choice in lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="answer"/> does not fit the question, or <paramref name="evidence"/> is too long.</exception>
    public ChecklistAnswer Answer(string answer, LocalDate answeredOn, string? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var choices = Choices;
        if (choices.Count > 0)
        {
            var choice = answer.Trim().ToLowerInvariant();
            if (!choices.Contains(choice, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Question '{Id}' is answered {string.Join(", ", choices.Select(c => $"'{c}'"))}; '{answer}' is none of them.", nameof(answer));
            }

            answer = choice;
        }

        return new ChecklistAnswer(Id, answer, answeredOn, evidence);
    }

    /// <inheritdoc />
    public bool Equals(ChecklistQuestion? other) =>
        other is not null && Id == other.Id && GoalArea == other.GoalArea && Kind == other.Kind
        && string.Equals(Dutch, other.Dutch, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChecklistQuestion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, GoalArea, Kind);

    /// <summary>The question as invariant text, e.g. <c>voice-01 (VoiceHeard, YesPartlyNo)</c>.</summary>
    /// <returns>The id, goal area and kind.</returns>
    public override string ToString() => $"{Id} ({GoalArea}, {Kind})";

    /// <summary>Whether two questions are equal.</summary>
    public static bool operator ==(ChecklistQuestion? left, ChecklistQuestion? right) => Equals(left, right);

    /// <summary>Whether two questions differ.</summary>
    public static bool operator !=(ChecklistQuestion? left, ChecklistQuestion? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<ChecklistQuestion, Stored>
    {
        protected override Stored ToStored(ChecklistQuestion value) =>
            new() { Id = value.Id, GoalArea = value.GoalArea, Nl = value.Dutch, En = value.English, Kind = value.Kind };

        protected override ChecklistQuestion FromStored(Stored stored) => new(stored.Id, stored.GoalArea, stored.Nl, stored.En, stored.Kind);
    }

    private sealed class Stored
    {
        public required ChecklistQuestionId Id { get; init; }

        public required GoalArea GoalArea { get; init; }

        public required string Nl { get; init; }

        public required string En { get; init; }

        public required ChecklistAnswerKind Kind { get; init; }
    }
}
