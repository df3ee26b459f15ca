using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// Where a programme stands on a date (<see cref="On"/>), worked out only from the transitions dated up to and
/// including that date; see <see cref="Programme.StatusOn"/>.
/// </summary>
/// <remarks>
/// Before the first transition the programme has not started: <see cref="Phase"/>, <see cref="Since"/>,
/// <see cref="TimeInPhase"/> and <see cref="NextDeadline"/> are <see langword="null"/> and <see cref="History"/> is empty.
/// Two statuses are equal when all their values, including the history, are equal. The history's spans run without
/// gaps (each ends where the next begins, never before it starts) and no span of a recognition runs past its last day.
/// In JSON a status is written with its derived values (phase, since, time in phase); reading it back checks them and
/// the history.
/// </remarks>
[JsonConverter(typeof(ProgrammeStatusJsonConverter))]
public sealed class ProgrammeStatus : IEquatable<ProgrammeStatus>
{
    internal ProgrammeStatus(
        LocalDate on,
        ImmutableArray<PhaseSpan> history,
        bool candidate,
        LocalDate? recognisedUntil,
        bool overdue,
        bool renewalDue,
        ProgrammeDeadline? nextDeadline)
    {
        RenewalDue = renewalDue;
        On = on;
        History = history;
        Candidate = candidate;
        RecognisedUntil = recognisedUntil;
        Overdue = overdue;
        NextDeadline = nextDeadline;
    }

    /// <summary>The phase on the date; <see cref="ProgrammePhase.Lapsed"/> once a recognition has ended without renewal; <see langword="null"/> before the programme started.</summary>
    public ProgrammePhase? Phase => History.IsEmpty ? null : History[^1].Phase;

    /// <summary>The date the programme entered <see cref="Phase"/>; <see langword="null"/> before the programme started.</summary>
    public LocalDate? Since => History.IsEmpty ? null : History[^1].From;

    /// <summary>The phases up to the date, oldest first; the last one (the current phase) has no end.</summary>
    public ImmutableArray<PhaseSpan> History { get; }

    /// <summary>Whether the municipality is a candidate: from the agreement until its first recognition or an exit (a suspended programme is not a candidate while suspended).</summary>
    public bool Candidate { get; }

    /// <summary>The last date of the recognition valid on the date; <see langword="null"/> when none is.</summary>
    public LocalDate? RecognisedUntil { get; }

    /// <summary>
    /// Whether the programme is overdue: past the rules' <see cref="ProgrammeRules.MaximumDuration"/> after the agreement
    /// without completing the first cycle (reaching its last step: the recognition, or Germany's final review), or, in a
    /// renewal cycle, past the end of the recognition being renewed. An ended programme is never overdue.
    /// </summary>
    public bool Overdue { get; }

    /// <summary>
    /// Whether a renewal is due: the municipality is recognised, has not started a renewal, and the date falls in the rules'
    /// <see cref="ProgrammeRules.RenewalWindow"/> before the recognition's last day.
    /// </summary>
    public bool RenewalDue { get; }

    /// <summary>How long the programme has been in <see cref="Phase"/> on the date, in years, months and days; <see langword="null"/> before the programme started.</summary>
    public Period? TimeInPhase => Since is { } since ? Period.Between(since, On, PeriodUnits.YearMonthDay) : null;

    /// <summary>The next deadline (possibly already past, when <see cref="Overdue"/>); <see langword="null"/> when nothing is due.</summary>
    public ProgrammeDeadline? NextDeadline { get; }

    /// <summary>The date this status holds on.</summary>
    public LocalDate On { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeStatus? other) =>
        other is not null && On == other.On && Candidate == other.Candidate && RecognisedUntil == other.RecognisedUntil
        && Overdue == other.Overdue && RenewalDue == other.RenewalDue && Nullable.Equals(NextDeadline, other.NextDeadline) && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeStatus);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(On, Phase, Since, Candidate, RecognisedUntil, Overdue, RenewalDue, NextDeadline);

    /// <summary>The status as invariant text, e.g. <c>2026-01-01: Implementation since 2025-06-01, candidate</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = $"{LocalDatePattern.Iso.Format(On)}: " + (Phase is { } phase && Since is { } since
            ? $"{phase} since {LocalDatePattern.Iso.Format(since)}"
            : "not started");
        if (Candidate)
        {
            text += ", candidate";
        }

        if (RecognisedUntil is { } until)
        {
            text += $", recognised until {LocalDatePattern.Iso.Format(until)}";
        }

        if (RenewalDue)
        {
            text += ", renewal due";
        }

        return Overdue ? text + ", overdue" : text;
    }

    /// <summary>Whether two statuses are equal.</summary>
    public static bool operator ==(ProgrammeStatus? left, ProgrammeStatus? right) => Equals(left, right);

    /// <summary>Whether two statuses differ.</summary>
    public static bool operator !=(ProgrammeStatus? left, ProgrammeStatus? right) => !Equals(left, right);

    /// <summary>Why the values read from JSON cannot be a status; <see langword="null"/> when they can.</summary>
    private static string? Inconsistency(LocalDate on, ImmutableArray<PhaseSpan> history, bool candidate, LocalDate? recognisedUntil)
    {
        for (var i = 0; i < history.Length; i++)
        {
            var last = i == history.Length - 1;
            if (last ? history[i].To is not null : history[i].To is null || history[i + 1].From != history[i].To)
            {
                return $"the history does not run without gaps to an open current phase (at {history[i]}).";
            }
        }

        if (!history.IsEmpty && history[^1].From > on)
        {
            return $"the current phase begins ({LocalDatePattern.Iso.Format(history[^1].From)}) after the status's date.";
        }

        if (recognisedUntil < on)
        {
            return $"the recognition ended ({LocalDatePattern.Iso.Format(recognisedUntil.Value)}) before the status's date.";
        }

        return candidate && recognisedUntil is not null ? "a candidate is not recognised." : null;
    }

    /// <summary>Stored form: the status's values in the order of its properties, the derived ones checked on reading.</summary>
    private sealed class ProgrammeStatusJsonConverter : JsonConverter<ProgrammeStatus>
    {
        public override ProgrammeStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var dto = ProgrammeJson.ReadObject<Dto>(ref reader, options);
            if (dto.History.IsDefault)
            {
                throw new JsonException("A programme status needs its history.");
            }

            if (dto.History.Any(s => s is null))
            {
                throw new JsonException("A programme status's history has a null span.");
            }

            if (Inconsistency(dto.On, dto.History, dto.Candidate, dto.RecognisedUntil) is { } why)
            {
                throw new JsonException($"The stored programme status is inconsistent: {why}");
            }

            var status = new ProgrammeStatus(dto.On, dto.History, dto.Candidate, dto.RecognisedUntil, dto.Overdue, dto.RenewalDue, dto.NextDeadline);
            return status.Phase == dto.Phase && status.Since == dto.Since && Equals(status.TimeInPhase, dto.TimeInPhase)
                ? status
                : throw new JsonException("The stored programme status's phase, since or timeInPhase is not what its history gives.");
        }

        public override void Write(Utf8JsonWriter writer, ProgrammeStatus value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(
                writer,
                new Dto
                {
                    Phase = value.Phase,
                    Since = value.Since,
                    History = value.History,
                    Candidate = value.Candidate,
                    RecognisedUntil = value.RecognisedUntil,
                    Overdue = value.Overdue,
                    RenewalDue = value.RenewalDue,
                    TimeInPhase = value.TimeInPhase,
                    NextDeadline = value.NextDeadline,
                    On = value.On,
                },
                options);
    }

    private sealed class Dto
    {
        public ProgrammePhase? Phase { get; init; }

        public LocalDate? Since { get; init; }

        public required ImmutableArray<PhaseSpan> History { get; init; }

        public required bool Candidate { get; init; }

        public LocalDate? RecognisedUntil { get; init; }

        public required bool Overdue { get; init; }

        public required bool RenewalDue { get; init; }

        public Period? TimeInPhase { get; init; }

        public ProgrammeDeadline? NextDeadline { get; init; }

        public required LocalDate On { get; init; }
    }
}
