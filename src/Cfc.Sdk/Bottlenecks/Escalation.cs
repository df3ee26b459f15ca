using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Bottlenecks;

/// <summary>A step in a bottleneck's history: the level it was put on, on which date, with an optional note.</summary>
/// <remarks>Immutable. Two escalations are equal when level, date and note are equal.</remarks>
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
}
