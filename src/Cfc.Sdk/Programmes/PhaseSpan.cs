using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>A stretch of a programme's history: the phase it was in, from which date, to which date.</summary>
/// <remarks>
/// <see cref="To"/> is the date the next phase began (so it equals the next span's <see cref="From"/>), or
/// <see langword="null"/> for the phase the programme is still in; it is never before <see cref="From"/> (equal for
/// a phase left on the day it was entered). Two spans are equal when phase and dates are equal.
/// In JSON a span is <c>{"phase": "Agreement", "from": "2023-11-30", "to": "2024-03-01"}</c>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class PhaseSpan : IEquatable<PhaseSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="from">The date the programme entered the phase.</param>
    /// <param name="to">The date the next phase began; <see langword="null"/> while the programme is still in the phase.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    internal PhaseSpan(ProgrammePhase phase, LocalDate from, LocalDate? to)
    {
        if (!ProgrammePhases.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"'{phase}' is not a programme phase.");
        }

        if (to < from)
        {
            throw new ArgumentException($"A span of {phase} ends ({LocalDatePattern.Iso.Format(to.Value)}) before it starts ({LocalDatePattern.Iso.Format(from)}).", nameof(to));
        }

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

    private sealed class Converter : StoredFormJsonConverter<PhaseSpan, Stored>
    {
        protected override Stored ToStored(PhaseSpan value) => new() { Phase = value.Phase, From = value.From, To = value.To };

        protected override PhaseSpan FromStored(Stored stored) => new(stored.Phase, stored.From, stored.To);
    }

    private sealed class Stored
    {
        public required ProgrammePhase Phase { get; init; }

        public required LocalDate From { get; init; }

        public required LocalDate? To { get; init; }
    }
}
