using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// A step of a programme into <see cref="Phase"/> on the date <see cref="On"/>, with an optional note, the
/// minimum criteria the evidence shows (which matter for a transition to <see cref="ProgrammePhase.Recognised"/>) and,
/// for a recognition granted although the recognition dossier was not ready, the reason it was overridden.
/// </summary>
/// <remarks>
/// Immutable. Two transitions are equal when phase, date, note, criteria and override are equal.
/// <see cref="Criteria"/> holds each criterion once, in the enum's order. A blank note is stored as no note.
/// In JSON a transition is <c>{"phase": "Recognised", "on": "2027-01-15", "note": null, "criteria": ["Results"]}</c>
/// (<c>note</c> and <c>criteria</c> may be left out), read back through the constructor; an override is written as
/// <c>"override": "…"</c> and left out when there is none, so transitions stored before overrides existed read as none.
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
    /// <param name="overrideReason">
    /// Why a recognition is granted although the recognition dossier is not ready; <see langword="null"/> for none.
    /// Only a transition to <see cref="ProgrammePhase.Recognised"/> has one, and it is not blank.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> or one of <paramref name="criteria"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="note"/> or <paramref name="overrideReason"/>, trimmed, is longer than <see cref="MaxNoteLength"/>; the
    /// override is blank, or given for a phase other than <see cref="ProgrammePhase.Recognised"/>.
    /// </exception>
    public PhaseTransition(ProgrammePhase phase, LocalDate on, string? note = null, IEnumerable<MinimumCriterion>? criteria = null, string? overrideReason = null)
    {
        if (!ProgrammePhases.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"'{phase}' is not a programme phase.");
        }

        // Lengths are counted on the text as it is kept: spaces around it are not part of the note.
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote is not null && trimmedNote.Length > MaxNoteLength)
        {
            throw new ArgumentException($"A transition note has at most {MaxNoteLength} characters; this one has {trimmedNote.Length}.", nameof(note));
        }

        var trimmedOverride = overrideReason?.Trim();
        if (trimmedOverride is not null)
        {
            if (trimmedOverride.Length == 0)
            {
                throw new ArgumentException("An override states its reason; it is not blank.", nameof(overrideReason));
            }

            if (trimmedOverride.Length > MaxNoteLength)
            {
                throw new ArgumentException($"An override's reason has at most {MaxNoteLength} characters; this one has {trimmedOverride.Length}.", nameof(overrideReason));
            }

            if (phase != ProgrammePhase.Recognised)
            {
                throw new ArgumentException($"Only a transition to Recognised may override the recognition dossier, not one to {phase}.", nameof(overrideReason));
            }
        }

        Phase = phase;
        On = on;
        Override = trimmedOverride;
        Note = trimmedNote;
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

    /// <summary>
    /// Why the recognition was granted although the recognition dossier was not ready, trimmed; <see langword="null"/>
    /// when the transition overrode nothing.
    /// </summary>
    public string? Override { get; }

    /// <inheritdoc />
    public bool Equals(PhaseTransition? other) =>
        other is not null && Phase == other.Phase && On == other.On
        && string.Equals(Note, other.Note, StringComparison.Ordinal) && Criteria.SequenceEqual(other.Criteria)
        && string.Equals(Override, other.Override, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PhaseTransition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Phase, On, Note, Criteria.Length, Override);

    /// <summary>
    /// The transition as invariant text, e.g. <c>Recognised on 2027-01-15 [Results, Participation, NonDiscrimination]</c>,
    /// followed by <c>(override)</c> when it overrode the recognition dossier.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Phase} on {LocalDatePattern.Iso.Format(On)}" + (Criteria.Length == 0 ? string.Empty : $" [{string.Join(", ", Criteria)}]")
        + (Override is null ? string.Empty : " (override)");

    /// <summary>Whether two transitions are equal.</summary>
    public static bool operator ==(PhaseTransition? left, PhaseTransition? right) => Equals(left, right);

    /// <summary>Whether two transitions differ.</summary>
    public static bool operator !=(PhaseTransition? left, PhaseTransition? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<PhaseTransition, Stored>
    {
        protected override Stored ToStored(PhaseTransition value) => new() { Phase = value.Phase, On = value.On, Note = value.Note, Criteria = value.Criteria, Override = value.Override };

        protected override PhaseTransition FromStored(Stored stored) =>
            new(stored.Phase, stored.On, stored.Note, stored.Criteria.IsDefault ? null : stored.Criteria, stored.Override);
    }

    private sealed class Stored
    {
        public required ProgrammePhase Phase { get; init; }

        public required LocalDate On { get; init; }

        public string? Note { get; init; }

        public ImmutableArray<MinimumCriterion> Criteria { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Override { get; init; }
    }
}
