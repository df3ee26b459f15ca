using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>A stretch of a programme's history: the phase it was in, from which date, to which date.</summary>
/// <remarks>
/// <see cref="To"/> is the date the next phase began (so it equals the next span's <see cref="From"/>), or
/// <see langword="null"/> for the phase the programme is still in. Two spans are equal when phase and dates are equal.
/// </remarks>
public sealed class PhaseSpan : IEquatable<PhaseSpan>
{
    internal PhaseSpan(ProgrammePhase phase, LocalDate from, LocalDate? to)
    {
        Phase = phase;
        From = from;
        To = to;
    }

    /// <summary>The phase.</summary>
    public ProgrammePhase Phase { get; }

    /// <summary>The date the programme entered the phase.</summary>
    public LocalDate From { get; }

    /// <summary>The date the next phase began; <see langword="null"/> while the programme is still in this phase.</summary>
    public LocalDate? To { get; }

    /// <inheritdoc />
    public bool Equals(PhaseSpan? other) => other is not null && Phase == other.Phase && From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PhaseSpan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Phase, From, To);

    /// <summary>The span as invariant text, e.g. <c>Agreement 2023-11-30/2024-03-01</c> (open-ended: <c>Agreement 2023-11-30/</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Phase} {LocalDatePattern.Iso.Format(From)}/{(To is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty)}";

    /// <summary>Whether two spans are equal.</summary>
    public static bool operator ==(PhaseSpan? left, PhaseSpan? right) => Equals(left, right);

    /// <summary>Whether two spans differ.</summary>
    public static bool operator !=(PhaseSpan? left, PhaseSpan? right) => !Equals(left, right);
}
