using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// A step of a programme into <see cref="Phase"/> on the date <see cref="On"/>, with an optional note and the
/// minimum criteria the evidence shows (which matter for a transition to <see cref="ProgrammePhase.Recognised"/>).
/// </summary>
/// <remarks>
/// Immutable. Two transitions are equal when phase, date, note and criteria are equal.
/// <see cref="Criteria"/> holds each criterion once, in the enum's order. A blank note is stored as no note.
/// In JSON a transition is <c>{"phase": "Recognised", "on": "2027-01-15", "note": null, "criteria": ["Results"]}</c>
/// (<c>note</c> and <c>criteria</c> may be left out), read back through the constructor.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class PhaseTransition : IEquatable<PhaseTransition>
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Creates a transition.</summary>
    /// <param name="phase">The phase the programme enters.</param>
    /// <param name="on">The date it enters the phase.</param>
    /// <param name="note">An optional note, e.g. the council decision; blank means none.</param>
    /// <param name="criteria">The minimum criteria the evidence shows; <see langword="null"/> or empty for none. Duplicates are ignored.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> or one of <paramref name="criteria"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is longer than <see cref="MaxNoteLength"/>.</exception>
    public PhaseTransition(ProgrammePhase phase, LocalDate on, string? note = null, IEnumerable<MinimumCriterion>? criteria = null)
    {
        if (!ProgrammePhases.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"'{phase}' is not a programme phase.");
        }

        if (note is not null && note.Length > MaxNoteLength)
        {
            throw new ArgumentException($"A transition note has at most {MaxNoteLength} characters; this one has {note.Length}.", nameof(note));
        }

        Phase = phase;
        On = on;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Criteria = MinimumCriteria.Clean(criteria ?? [], nameof(criteria));
    }

    /// <summary>The phase the programme enters.</summary>
    public ProgrammePhase Phase { get; }

    /// <summary>The date the programme enters the phase.</summary>
    public LocalDate On { get; }

    /// <summary>The note, trimmed; <see langword="null"/> when there is none.</summary>
    public string? Note { get; }

    /// <summary>The minimum criteria the evidence shows, each once, in the enum's order.</summary>
    public ImmutableArray<MinimumCriterion> Criteria { get; }

    /// <inheritdoc />
    public bool Equals(PhaseTransition? other) =>
        other is not null && Phase == other.Phase && On == other.On
        && string.Equals(Note, other.Note, StringComparison.Ordinal) && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PhaseTransition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Phase, On, Note, Criteria.Length);

    /// <summary>The transition as invariant text, e.g. <c>Recognised on 2027-01-15 [Results, Participation, NonDiscrimination]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Phase} on {LocalDatePattern.Iso.Format(On)}" + (Criteria.Length == 0 ? string.Empty : $" [{string.Join(", ", Criteria)}]");

    /// <summary>Whether two transitions are equal.</summary>
    public static bool operator ==(PhaseTransition? left, PhaseTransition? right) => Equals(left, right);

    /// <summary>Whether two transitions differ.</summary>
    public static bool operator !=(PhaseTransition? left, PhaseTransition? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<PhaseTransition, Stored>
    {
        protected override Stored ToStored(PhaseTransition value) => new() { Phase = value.Phase, On = value.On, Note = value.Note, Criteria = value.Criteria };

        protected override PhaseTransition FromStored(Stored stored) => new(stored.Phase, stored.On, stored.Note, stored.Criteria.IsDefault ? null : stored.Criteria);
    }

    private sealed class Stored
    {
        public required ProgrammePhase Phase { get; init; }

        public required LocalDate On { get; init; }

        public string? Note { get; init; }

        public ImmutableArray<MinimumCriterion> Criteria { get; init; }
    }
}
