using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Meetings;

/// <summary>
/// A meeting (bijeenkomst) of network members: online or in person, thematic or about a local issue, with its themes,
/// a start in the organiser's zone, a duration and the members taking part, each with its own local time.
/// </summary>
/// <remarks>
/// <para>
/// The meeting happens at one instant (<see cref="StartInstant"/>); every local time is derived from it, so members in
/// Amsterdam (UTC+1, +2 in summer) and Sint Eustatius (America/Kralendijk, UTC−4 all year) see the same meeting 5 hours
/// apart in winter and 6 in summer, and a meeting that spans a daylight-saving change keeps its true length.
/// </para>
/// <para>
/// <see cref="Participants"/> starts with the organiser, then the others in id order, each member once. <see cref="Themes"/> keeps
/// each theme once (ignoring case), sorted by name; of spellings that differ only in case the ordinal-first is kept, and the theme
/// is flagged as chosen with young people when any repeat is, so neither the themes nor equality depend on the order given. Immutable; two meetings are equal when title, format, kind, themes, start (instant and
/// organiser's zone), duration, participants and the theme proposal taken up are equal.
/// </para>
/// <para>
/// A meeting is <see cref="MeetingStatus.Planned"/> when made; <see cref="Change"/> corrects or reschedules a planned
/// meeting and <see cref="Cancel"/> cancels it with a reason. A cancelled meeting is final: changing or cancelling it
/// again throws <see cref="MeetingCancelledException"/>. Status and reason take part in equality.
/// </para>
/// <para>
/// A meeting may take up one of the network's theme proposals, which young people voted on (<see cref="Proposal"/>): its
/// theme then counts as chosen with young people.
/// </para>
/// <para>
/// JSON writes <c>{"title", "format", "kind", "themes", "startInstant", "duration", "participants", "status"}</c>,
/// <c>"proposal"</c> when it takes one up and <c>"cancellationReason"</c> when cancelled: the start as an ISO instant, the organiser's zone as the first participant's
/// TZDB id, nothing derived (no local times, no end). JSON without <c>status</c>, as meetings were stored before they had
/// one, reads as planned; without <c>proposal</c>, as taking up no proposal. Reading goes through the constructor's validation; invalid stored data is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Meeting : IEquatable<Meeting>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest cancellation reason accepted, in characters.</summary>
    public const int MaxCancellationReasonLength = 1000;

    /// <summary>The longest a meeting may last.</summary>
    public static readonly Duration MaxDuration = Duration.FromDays(7);

    // A meeting lies a day inside the calendar's ends, so that its start and end can be shown in every zone.
    private static readonly Instant s_earliestStart = Instant.MinValue + Duration.FromDays(1);
    private static readonly Instant s_latestEnd = Instant.MaxValue - Duration.FromDays(1);

    /// <summary>Creates a meeting.</summary>
    /// <param name="title">The title.</param>
    /// <param name="format">Online or in person.</param>
    /// <param name="kind">Thematic or about a local issue.</param>
    /// <param name="themes">The themes; a thematic meeting needs at least one. In any order; names repeated (ignoring case) are kept once, chosen with young people when any repeat is.</param>
    /// <param name="organiser">The organising member and its zone.</param>
    /// <param name="start">The start, in the organiser's zone.</param>
    /// <param name="duration">How long the meeting lasts: more than zero, at most <see cref="MaxDuration"/>.</param>
    /// <param name="participants">The other members taking part, in any order; <see langword="null"/> for none. The organiser and repeats are left out.</param>
    /// <param name="proposal">The number of the network's theme proposal the meeting takes up; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="themes"/>, <paramref name="organiser"/> or a participant or theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="title"/> is blank or too long; a thematic meeting has no theme; <paramref name="start"/> is not in the organiser's zone;
    /// a member takes part from two zones.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="format"/> or <paramref name="kind"/> is not defined, <paramref name="duration"/> is out of range, the meeting would start
    /// or end less than a day from the ends of the calendar (years -9998 and 9999), or <paramref name="proposal"/> is negative.
    /// </exception>
    public Meeting(
        string title,
        MeetingFormat format,
        MeetingKind kind,
        IEnumerable<MeetingTheme> themes,
        MeetingParticipant organiser,
        ZonedDateTime start,
        Duration duration,
        IEnumerable<MeetingParticipant>? participants = null,
        int? proposal = null)
    {
        Title = RequiredText.Check(title, MaxTitleLength, nameof(title));
        if (format is not (MeetingFormat.Online or MeetingFormat.InPerson))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, $"'{format}' is not a meeting format.");
        }

        if (kind is not (MeetingKind.Thematic or MeetingKind.LocalIssue))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of meeting.");
        }

        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(organiser);
        var distinctThemes = Network.Themes.Normalise(
            themes.Select(theme => theme ?? throw new ArgumentNullException(nameof(themes))),
            theme => theme.Name,
            (earlier, repeat, spelling) => new MeetingTheme(spelling, earlier.ChosenWithYoungPeople || repeat.ChosenWithYoungPeople));
        if (kind == MeetingKind.Thematic && distinctThemes.IsEmpty)
        {
            throw new ArgumentException("A thematic meeting needs at least one theme.", nameof(themes));
        }

        if (!start.Zone.Equals(organiser.Zone))
        {
            throw new ArgumentException($"The start is given in {start.Zone.Id}; give it in the organiser's zone, {organiser.Zone.Id}.", nameof(start));
        }

        if (duration <= Duration.Zero || duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(
                nameof(duration),
                DurationPattern.Roundtrip.Format(duration),
                string.Create(CultureInfo.InvariantCulture, $"A meeting lasts more than zero and at most {MaxDuration.TotalDays} days."));
        }

        if (start.ToInstant() < s_earliestStart || start.ToInstant() > s_latestEnd - duration)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start),
                ZonedDateTimePattern.GeneralFormatOnlyIso.Format(start),
                "A meeting starts and ends within the calendar, a day inside its ends (years -9998 to 9999), so that every zone's clock can show it.");
        }

        if (proposal < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(proposal), proposal, "A theme proposal's number is 0 or more.");
        }

        var all = new List<MeetingParticipant> { organiser };
        foreach (var participant in participants ?? [])
        {
            ArgumentNullException.ThrowIfNull(participant, nameof(participants));
            var known = all.Find(p => p.Member == participant.Member);
            if (known is null)
            {
                all.Add(participant);
            }
            else if (!known.Zone.Equals(participant.Zone))
            {
                throw new ArgumentException($"{participant.Member} takes part from both {known.Zone.Id} and {participant.Zone.Id}.", nameof(participants));
            }
        }

        Format = format;
        Kind = kind;
        Themes = distinctThemes;
        Start = start;
        Duration = duration;
        Participants = all.Take(1).Concat(all.Skip(1).OrderBy(p => p.Member)).ToImmutableArray();
        Proposal = proposal;
        Status = MeetingStatus.Planned;
    }

    // The meeting as it was planned, cancelled for reason.
    private Meeting(Meeting planned, string reason)
    {
        Title = planned.Title;
        Format = planned.Format;
        Kind = planned.Kind;
        Themes = planned.Themes;
        Start = planned.Start;
        Duration = planned.Duration;
        Participants = planned.Participants;
        Proposal = planned.Proposal;
        Status = MeetingStatus.Cancelled;
        CancellationReason = reason;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Online or in person.</summary>
    public MeetingFormat Format { get; }

    /// <summary>Thematic or about a local issue.</summary>
    public MeetingKind Kind { get; }

    /// <summary>The themes, each once (ignoring case), sorted by name.</summary>
    public IReadOnlyList<MeetingTheme> Themes { get; }

    /// <summary>Whether young people helped choose at least one theme, or the meeting takes up a theme proposal they voted on.</summary>
    public bool HasThemesChosenWithYoungPeople => Proposal is not null || Themes.Any(t => t.ChosenWithYoungPeople);

    /// <summary>The number of the network's theme proposal the meeting takes up; <see langword="null"/> for none.</summary>
    public int? Proposal { get; }

    /// <summary>The organiser: the first participant.</summary>
    public MeetingParticipant Organiser => Participants[0];

    /// <summary>Everyone taking part, the organiser first, then the others in id order, each member once.</summary>
    public IReadOnlyList<MeetingParticipant> Participants { get; }

    /// <summary>The start in the organiser's zone.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>How long the meeting lasts.</summary>
    public Duration Duration { get; }

    /// <summary>Planned, or cancelled.</summary>
    public MeetingStatus Status { get; }

    /// <summary>Why the meeting was cancelled; <see langword="null"/> while it is planned.</summary>
    public string? CancellationReason { get; }

    /// <summary>The instant the meeting starts: the one truth every local time is derived from.</summary>
    public Instant StartInstant => Start.ToInstant();

    /// <summary>The instant the meeting ends.</summary>
    public Instant EndInstant => StartInstant + Duration;

    /// <summary>This meeting corrected or rescheduled to <paramref name="corrected"/>: anything may change while it is planned.</summary>
    /// <param name="corrected">The meeting as it should be, planned (as the constructor makes it).</param>
    /// <returns><paramref name="corrected"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="corrected"/> is cancelled: a change does not cancel, <see cref="Cancel"/> does.</exception>
    /// <exception cref="MeetingCancelledException">This meeting is cancelled.</exception>
    public Meeting Change(Meeting corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        if (Status == MeetingStatus.Cancelled)
        {
            throw new MeetingCancelledException($"The meeting '{Title}' is cancelled; a cancelled meeting cannot change.");
        }

        return corrected.Status == MeetingStatus.Planned
            ? corrected
            : throw new ArgumentException("A change keeps a meeting planned; cancel it to cancel it.", nameof(corrected));
    }

    /// <summary>This meeting, cancelled for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why it is cancelled, such as <c>Te weinig aanmeldingen.</c>; trimmed.</param>
    /// <returns>The cancelled meeting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or longer than <see cref="MaxCancellationReasonLength"/>.</exception>
    /// <exception cref="MeetingCancelledException">This meeting is already cancelled.</exception>
    public Meeting Cancel(string reason)
    {
        var checkedReason = RequiredText.Check(reason, MaxCancellationReasonLength, nameof(reason));
        return Status == MeetingStatus.Cancelled
            ? throw new MeetingCancelledException($"The meeting '{Title}' is already cancelled.")
            : new Meeting(this, checkedReason);
    }

    /// <summary>
    /// The start in <paramref name="zone"/> at the wall-clock time <paramref name="localStart"/>, refusing a time that the
    /// zone skips or repeats at a daylight-saving change.
    /// </summary>
    /// <param name="localStart">The wall-clock start.</param>
    /// <param name="zone">The organiser's zone.</param>
    /// <returns>The zoned start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="localStart"/> does not exist in the zone, or exists twice.</exception>
    public static ZonedDateTime StartAt(LocalDateTime localStart, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var mapping = zone.MapLocal(localStart);
        var text = LocalDateTimePattern.ExtendedIso.Format(localStart);
        return mapping.Count switch
        {
            1 => mapping.Single(),
            0 => throw new ArgumentException($"{text} does not exist in {zone.Id}: the clocks skip it at the daylight-saving change.", nameof(localStart)),
            _ => throw new ArgumentException($"{text} happens twice in {zone.Id}: the clocks repeat it at the daylight-saving change; choose another time.", nameof(localStart)),
        };
    }

    /// <summary>The meeting's start and end on the clock of <paramref name="zone"/>.</summary>
    /// <param name="zone">Any zone.</param>
    /// <returns>The local times, without a participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public MeetingLocalTime LocalTimeIn(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new(null, StartInstant.InZone(zone), EndInstant.InZone(zone));
    }

    /// <summary>The meeting's start and end for every participant, on the clock of its zone, the organiser first.</summary>
    /// <returns>The local times.</returns>
    public IReadOnlyList<MeetingLocalTime> LocalTimes() =>
        Participants.Select(p => new MeetingLocalTime(p.Member, StartInstant.InZone(p.Zone), EndInstant.InZone(p.Zone))).ToImmutableArray();

    /// <summary>The meeting as invariant text, e.g. <c>Spelen in de wijk, 2024-03-14T10:00:00+01 Europe/Amsterdam, PT1H30M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Title}, {ZonedDateTimePattern.GeneralFormatOnlyIso.Format(Start)}, {PeriodPattern.NormalizingIso.Format(Period.FromSeconds((long)Duration.TotalSeconds))}";

    /// <inheritdoc />
    public bool Equals(Meeting? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Title, other.Title, StringComparison.Ordinal)
            && Format == other.Format && Kind == other.Kind && Start == other.Start && Duration == other.Duration
            && Themes.SequenceEqual(other.Themes) && Participants.SequenceEqual(other.Participants)
            && Proposal == other.Proposal && Status == other.Status && string.Equals(CancellationReason, other.CancellationReason, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Meeting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), StartInstant, Duration, Participants.Count);

    /// <summary>Whether two meetings are equal.</summary>
    public static bool operator ==(Meeting? left, Meeting? right) => Equals(left, right);

    /// <summary>Whether two meetings differ.</summary>
    public static bool operator !=(Meeting? left, Meeting? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Meeting, Stored>
    {
        protected override Stored ToStored(Meeting value) => new()
        {
            Title = value.Title,
            Format = value.Format,
            Kind = value.Kind,
            Themes = value.Themes,
            StartInstant = value.StartInstant,
            Duration = value.Duration,
            Participants = value.Participants,
            Proposal = value.Proposal,
            Status = value.Status,
            CancellationReason = value.CancellationReason,
        };

        protected override Meeting FromStored(Stored stored)
        {
            var organiser = stored.Participants is { Count: > 0 } participants && participants[0] is { } first
                ? first
                : throw new JsonException("A stored meeting lists its organiser as its first participant.");
            var meeting = new Meeting(
                stored.Title,
                stored.Format,
                stored.Kind,
                stored.Themes ?? throw new JsonException("A stored meeting lists its themes (empty for none)."),
                organiser,
                stored.StartInstant.InZone(organiser.Zone),
                stored.Duration,
                stored.Participants.Skip(1),
                stored.Proposal);
            return (stored.Status, stored.CancellationReason) switch
            {
                (MeetingStatus.Planned, null) => meeting,
                (MeetingStatus.Planned, _) => throw new JsonException("A stored planned meeting has no cancellationReason."),
                (MeetingStatus.Cancelled, { } reason) => meeting.Cancel(reason),
                (MeetingStatus.Cancelled, null) => throw new JsonException("A stored cancelled meeting has its cancellationReason."),
                _ => throw new JsonException($"'{stored.Status}' is not a meeting status."),
            };
        }
    }

    private sealed class Stored
    {
        public required string Title { get; init; }

        public required MeetingFormat Format { get; init; }

        public required MeetingKind Kind { get; init; }

        public required IReadOnlyList<MeetingTheme> Themes { get; init; }

        public required Instant StartInstant { get; init; }

        public required Duration Duration { get; init; }

        public required IReadOnlyList<MeetingParticipant> Participants { get; init; }

        // Meetings stored before theme proposals took none up.
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Proposal { get; init; }

        // Meetings stored before they had a status are planned.
        public MeetingStatus Status { get; init; } = MeetingStatus.Planned;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CancellationReason { get; init; }
    }
}
