using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Bottlenecks;

/// <summary>A step in a bottleneck's history: the level it was put on, on which date, with an optional note.</summary>
/// <remarks>
/// Immutable. Two escalations are equal when level, date and note are equal. JSON writes <c>{"level", "on", "note"}</c>
/// (<c>note</c> left out when there is none) and reads it back checking the level and the note.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Escalation : IEquatable<Escalation>
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 2000;

    internal Escalation(EscalationLevel level, LocalDate on, string? note)
    {
        Level = level;
        On = on;
        Note = note;
    }

    /// <summary>The level the bottleneck was put on.</summary>
    public EscalationLevel Level { get; }

    /// <summary>The date it was put on that level.</summary>
    public LocalDate On { get; }

    /// <summary>The note, such as the body that took it up; <see langword="null"/> for none.</summary>
    public string? Note { get; }

    internal static Escalation Create(EscalationLevel level, LocalDate on, string? note)
    {
        if (level is not (EscalationLevel.Local or EscalationLevel.Regional or EscalationLevel.National))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"'{level}' is not an escalation level.");
        }

        return new(level, on, RequiredText.CheckOptional(note, MaxNoteLength, nameof(note)));
    }

    /// <inheritdoc />
    public bool Equals(Escalation? other) =>
        other is not null && Level == other.Level && On == other.On && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Escalation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, On);

    /// <summary>The escalation as invariant text, e.g. <c>Regional on 2024-05-01</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Level} on {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Whether two escalations are equal.</summary>
    public static bool operator ==(Escalation? left, Escalation? right) => Equals(left, right);

    /// <summary>Whether two escalations differ.</summary>
    public static bool operator !=(Escalation? left, Escalation? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Escalation, Stored>
    {
        protected override Stored ToStored(Escalation value) => new() { Level = value.Level, On = value.On, Note = value.Note };

        protected override Escalation FromStored(Stored stored) => Create(stored.Level, stored.On, stored.Note);
    }

    private sealed class Stored
    {
        public required EscalationLevel Level { get; init; }

        public required LocalDate On { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Note { get; init; }
    }
}
