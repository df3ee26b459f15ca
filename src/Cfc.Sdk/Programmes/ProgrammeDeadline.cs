using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>A programme's next deadline: what is due, and the last date it is due on.</summary>
/// <remarks>Two deadlines are equal when kind and date are equal. The default value has kind 0 and names no deadline.</remarks>
public readonly struct ProgrammeDeadline : IEquatable<ProgrammeDeadline>
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="kind">What is due.</param>
    /// <param name="on">The last date it is due on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ProgrammeDeadline(ProgrammeDeadlineKind kind, LocalDate on)
    {
        if (kind is not (ProgrammeDeadlineKind.RecognitionDue or ProgrammeDeadlineKind.RenewalDue))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of programme deadline.");
        }

        Kind = kind;
        On = on;
    }

    /// <summary>What is due.</summary>
    public ProgrammeDeadlineKind Kind { get; }

    /// <summary>The last date it is due on: on later dates the programme is overdue (or lapsed).</summary>
    public LocalDate On { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeDeadline other) => Kind == other.Kind && On == other.On;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgrammeDeadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, On);

    /// <summary>The deadline as invariant text, e.g. <c>RecognitionDue 2028-11-30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Whether two deadlines are equal.</summary>
    public static bool operator ==(ProgrammeDeadline left, ProgrammeDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    public static bool operator !=(ProgrammeDeadline left, ProgrammeDeadline right) => !left.Equals(right);
}
