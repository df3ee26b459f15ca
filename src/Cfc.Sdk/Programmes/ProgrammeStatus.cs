using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
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
/// A status is derived, so in JSON it is what it is derived from: its date and the programme's transitions up to that
/// date (with the rules), <c>{"on": "2026-01-01", "programme": {…}}</c>; reading it back checks the programme against
/// its rules and derives the status again.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ProgrammeStatus : IEquatable<ProgrammeStatus>
{
    private readonly Programme _source;

    internal ProgrammeStatus(
        Programme source,
        LocalDate on,
        ImmutableArray<PhaseSpan> history,
        KeyDates dates,
        bool candidate,
        LocalDate? recognisedUntil,
        bool overdue,
        bool renewalDue,
        ProgrammeDeadline? nextDeadline)
    {
        _source = source;
        RenewalDue = renewalDue;
        On = on;
        History = history;
        Agreement = dates.Agreement;
        EarliestRecognition = dates.EarliestRecognition;
        RecognitionEnd = dates.RecognitionEnd;
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
    /// <remarks>See <see cref="RecognitionEnd"/> for the last day of a recognition that no longer holds.</remarks>
    public LocalDate? RecognisedUntil { get; }

    /// <summary>
    /// The date of the agreement, from which the rules count the time to a first recognition and the programme's
    /// <see cref="ProgrammeRules.MaximumDuration"/>; <see langword="null"/> before it.
    /// </summary>
    public LocalDate? Agreement { get; }

    /// <summary>
    /// The earliest date of a first recognition under the rules: the <see cref="Agreement"/> plus the rules'
    /// <see cref="ProgrammeRules.MinimumToRecognition"/> (a recognition dated earlier is refused as
    /// <see cref="ProgrammeRule.TooSoonForRecognition"/>). Only while the first recognition is still to come: <see langword="null"/>
    /// before the agreement, once the programme has been recognised and once it has ended.
    /// </summary>
    public LocalDate? EarliestRecognition { get; }

    /// <summary>
    /// The last day of the latest recognition the programme reached (its date plus the rules'
    /// <see cref="ProgrammeRules.RecognitionValidity"/>, less a day), also once it no longer holds: after a lapse, a
    /// withdrawal or a failed renewal; <see langword="null"/> when the programme was never recognised. While the
    /// recognition is valid it is <see cref="RecognisedUntil"/>.
    /// </summary>
    public LocalDate? RecognitionEnd { get; }

    /// <summary>
    /// Whether the programme is overdue: past the rules' <see cref="ProgrammeRules.MaximumDuration"/> after the agreement
    /// without completing the first cycle (reaching its last step: the recognition, or Germany's final review), or, in a
    /// renewal cycle, past the end of the recognition being renewed (until the renewal runs past its time and the
    /// programme lapses). An ended programme is never overdue.
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
        && EarliestRecognition == other.EarliestRecognition && RecognitionEnd == other.RecognitionEnd
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

    /// <summary>The dates of the programme that a status shows, as <see cref="Programme.StatusOn"/> works them out.</summary>
    /// <param name="Agreement">See <see cref="ProgrammeStatus.Agreement"/>.</param>
    /// <param name="EarliestRecognition">See <see cref="ProgrammeStatus.EarliestRecognition"/>.</param>
    /// <param name="RecognitionEnd">See <see cref="ProgrammeStatus.RecognitionEnd"/>.</param>
    internal readonly record struct KeyDates(LocalDate? Agreement, LocalDate? EarliestRecognition, LocalDate? RecognitionEnd);

    /// <summary>Stored form: what the status is derived from, <c>{"on": "2026-01-01", "programme": {…}}</c>; reading derives it again.</summary>
    private sealed class Converter : StoredFormJsonConverter<ProgrammeStatus, Stored>
    {
        protected override Stored ToStored(ProgrammeStatus value) => new() { On = value.On, Programme = value._source };

        protected override ProgrammeStatus FromStored(Stored stored)
        {
            if (stored.Programme is null)
            {
                throw new ArgumentException("A programme status needs the programme it is derived from.");
            }

            return stored.Programme.Transitions.FirstOrDefault(t => t.On > stored.On) is { } later
                ? throw new ArgumentException($"The programme has a transition ({later}) after the status's date ({LocalDatePattern.Iso.Format(stored.On)}); a status stores only the transitions up to its date.")
                : stored.Programme.StatusOn(stored.On);
        }
    }

    private sealed class Stored
    {
        public required LocalDate On { get; init; }

        public required Programme Programme { get; init; }
    }
}
