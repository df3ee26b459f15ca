using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Participation;

/// <summary>
/// A record of children taking part in a member's Child Friendly Cities work: a council, panel, consultation, survey or
/// workshop on a day, the programme phase it fed, who was reached (as groups and a count, never as persons), the topics,
/// the decision it fed and the feedback the children were given.
/// </summary>
/// <remarks>
/// <para>
/// No child's personal data is representable: the record holds no names, birth dates, addresses or contact details, only
/// age bands, a count and the groups reached; every free text is bounded. <see cref="Participants"/> is the true count,
/// which a small group could identify: show it only through <see cref="Disclosure.DisclosureControl"/>.
/// </para>
/// <para>
/// <see cref="AgeGroups"/> are age bands in the form of <see cref="Disaggregation.AgeBand"/> (<c>4-11</c>, <c>12-17</c>,
/// <c>18+</c>), each once, youngest first; <see cref="GroupsReached"/> each once, in id order; <see cref="Topics"/> each once
/// (ignoring case), sorted. The phase fed is a phase of the cycle, not an exit. Feedback is not given before the day held.
/// </para>
/// <para>
/// Immutable; two records are equal when every property is equal. JSON writes <c>{"member", "kind", "heldOn", "phase",
/// "ageGroups", "participants", "groupsReached", "topics"}</c>, and <c>"decisionFed"</c> and <c>"feedback"</c> when present;
/// reading goes through the constructor, so invalid stored data is a <see cref="JsonException"/>, and members the stored
/// form does not know (such as a child's name) are never read.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ParticipationRecord : IEquatable<ParticipationRecord>
{
    /// <summary>The largest count of participants accepted.</summary>
    public const int MaxParticipants = 1_000_000;

    /// <summary>The most age groups, groups reached or topics a record holds (each).</summary>
    public const int MaxListLength = 20;

    /// <summary>The longest topic accepted, in characters.</summary>
    public const int MaxTopicLength = 100;

    /// <summary>The longest description of the decision fed accepted, in characters.</summary>
    public const int MaxDecisionFedLength = 2000;

    /// <summary>Creates a participation record.</summary>
    /// <param name="member">The member whose activity it was.</param>
    /// <param name="kind">The form of participation.</param>
    /// <param name="heldOn">The day it was held (the first day, for one that ran longer).</param>
    /// <param name="phase">The programme phase it fed: a phase of the cycle, not an exit.</param>
    /// <param name="participants">How many children took part: 0 to <see cref="MaxParticipants"/>.</param>
    /// <param name="ageGroups">The age bands of the children, such as <c>12-17</c>; <see langword="null"/> for none given.</param>
    /// <param name="groupsReached">The groups reached; <see langword="null"/> for none.</param>
    /// <param name="topics">The topics, such as <c>veilig naar school</c>; <see langword="null"/> for none.</param>
    /// <param name="decisionFed">The decision it fed, such as <c>Raadsbesluit speelruimteplan 2027</c>; blank for none.</param>
    /// <param name="feedback">The feedback given to the children; <see langword="null"/> while none is given.</param>
    /// <exception cref="ArgumentNullException">An age group or topic is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="member"/> or a group is the default value, an age group is not an age band, a topic is blank or too long,
    /// a list holds more than <see cref="MaxListLength"/> items, or <paramref name="decisionFed"/> is too long.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is not defined, <paramref name="phase"/> is not a phase of the cycle, <paramref name="participants"/> is out of
    /// range, or the feedback is dated before <paramref name="heldOn"/>.
    /// </exception>
    public ParticipationRecord(
        MemberCode member,
        ParticipationKind kind,
        LocalDate heldOn,
        ProgrammePhase phase,
        int participants,
        IEnumerable<string>? ageGroups = null,
        IEnumerable<ReachedGroup>? groupsReached = null,
        IEnumerable<string>? topics = null,
        string? decisionFed = null,
        ParticipationFeedback? feedback = null)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberCode names no member.", nameof(member));
        }

        if (kind is < ParticipationKind.Council or > ParticipationKind.Other)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of participation.");
        }

        if (!ProgrammePhases.IsDefined(phase) || ProgrammePhases.IsExit(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"'{phase}' is not a phase of the cycle that participation can feed.");
        }

        if (participants is < 0 or > MaxParticipants)
        {
            throw new ArgumentOutOfRangeException(nameof(participants), participants, string.Create(CultureInfo.InvariantCulture, $"The count of participants is 0 to {MaxParticipants}."));
        }

        if (feedback is not null && feedback.GivenOn < heldOn)
        {
            throw new ArgumentOutOfRangeException(
                nameof(feedback),
                LocalDatePattern.Iso.Format(feedback.GivenOn),
                $"The feedback cannot be given before the day the participation was held, {LocalDatePattern.Iso.Format(heldOn)}.");
        }

        Member = member;
        Kind = kind;
        HeldOn = heldOn;
        Phase = phase;
        Participants = participants;
        AgeGroups = Bounded(CleanAgeGroups(ageGroups), nameof(ageGroups));
        GroupsReached = Bounded(CleanGroups(groupsReached, nameof(groupsReached)), nameof(groupsReached));
        Topics = Bounded(Network.Themes.Normalise(topics, MaxTopicLength, nameof(topics)).ToImmutableArray(), nameof(topics));
        DecisionFed = RequiredText.CheckOptional(decisionFed, MaxDecisionFedLength, nameof(decisionFed));
        Feedback = feedback;
    }

    /// <summary>The member whose activity it was.</summary>
    public MemberCode Member { get; }

    /// <summary>The form of participation.</summary>
    public ParticipationKind Kind { get; }

    /// <summary>The day it was held.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>The programme phase it fed.</summary>
    public ProgrammePhase Phase { get; }

    /// <summary>The age bands of the children, each once, youngest first.</summary>
    public ImmutableArray<string> AgeGroups { get; }

    /// <summary>How many children took part: the true count, to be shown only through disclosure control.</summary>
    public int Participants { get; }

    /// <summary>The groups reached, each once, in id order.</summary>
    public ImmutableArray<ReachedGroup> GroupsReached { get; }

    /// <summary>The topics, each once (ignoring case), sorted.</summary>
    public ImmutableArray<string> Topics { get; }

    /// <summary>The decision it fed, trimmed; <see langword="null"/> when none is named.</summary>
    public string? DecisionFed { get; }

    /// <summary>The feedback given to the children; <see langword="null"/> while none is given.</summary>
    public ParticipationFeedback? Feedback { get; }

    /// <summary>This record corrected to <paramref name="corrected"/>: anything may change but the member.</summary>
    /// <param name="corrected">The record as it should be.</param>
    /// <returns><paramref name="corrected"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="corrected"/> is another member's.</exception>
    public ParticipationRecord Correct(ParticipationRecord corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        return corrected.Member == Member
            ? corrected
            : throw new ArgumentException($"The record is {Member}'s; a correction cannot make it {corrected.Member}'s.", nameof(corrected));
    }

    /// <summary>The record as invariant text, e.g. <c>GM0518 Council 2026-03-12 (SituationAnalysis)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Member} {Kind} {LocalDatePattern.Iso.Format(HeldOn)} ({Phase})";

    /// <inheritdoc />
    public bool Equals(ParticipationRecord? other) =>
        other is not null && (ReferenceEquals(this, other) || (Member == other.Member && Kind == other.Kind && HeldOn == other.HeldOn
            && Phase == other.Phase && Participants == other.Participants && AgeGroups.SequenceEqual(other.AgeGroups)
            && GroupsReached.SequenceEqual(other.GroupsReached) && Topics.SequenceEqual(other.Topics)
            && string.Equals(DecisionFed, other.DecisionFed, StringComparison.Ordinal) && Feedback == other.Feedback));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParticipationRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Kind, HeldOn, Phase, Participants);

    /// <summary>Whether two records are equal.</summary>
    public static bool operator ==(ParticipationRecord? left, ParticipationRecord? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    public static bool operator !=(ParticipationRecord? left, ParticipationRecord? right) => !Equals(left, right);

    private static ImmutableArray<T> Bounded<T>(ImmutableArray<T> items, string paramName) =>
        items.Length <= MaxListLength
            ? items
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"At most {MaxListLength} are allowed; {items.Length} were given."), paramName);

    private static ImmutableArray<string> CleanAgeGroups(IEnumerable<string>? ageGroups)
    {
        var bands = new List<string>();
        foreach (var band in ageGroups ?? [])
        {
            ArgumentNullException.ThrowIfNull(band, nameof(ageGroups));
            var trimmed = band.Trim();
            try
            {
                Disaggregation.Create(ageBand: trimmed);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(e.Message, nameof(ageGroups), e);
            }

            if (!bands.Contains(trimmed, StringComparer.Ordinal))
            {
                bands.Add(trimmed);
            }
        }

        // Youngest first: by the band's lowest age, then the narrower band.
        return [.. bands.OrderBy(LowestAge).ThenBy(band => band.EndsWith('+')).ThenBy(band => band.Length).ThenBy(band => band, StringComparer.Ordinal)];
    }

    private static int LowestAge(string band) =>
        int.Parse(band.AsSpan(0, band.IndexOfAny(['-', '+'])), NumberStyles.None, CultureInfo.InvariantCulture);

    private static ImmutableArray<ReachedGroup> CleanGroups(IEnumerable<ReachedGroup>? groups, string paramName)
    {
        var set = new SortedSet<ReachedGroup>();
        foreach (var group in groups ?? [])
        {
            set.Add(group == default ? throw new ArgumentException("The default ReachedGroup names no group.", paramName) : group);
        }

        return [.. set];
    }

    private sealed class Converter : StoredFormJsonConverter<ParticipationRecord, Stored>
    {
        protected override Stored ToStored(ParticipationRecord value) => new()
        {
            Member = value.Member,
            Kind = value.Kind,
            HeldOn = value.HeldOn,
            Phase = value.Phase,
            AgeGroups = value.AgeGroups,
            Participants = value.Participants,
            GroupsReached = value.GroupsReached,
            Topics = value.Topics,
            DecisionFed = value.DecisionFed,
            Feedback = value.Feedback,
        };

        protected override ParticipationRecord FromStored(Stored stored) => new(
            stored.Member,
            stored.Kind,
            stored.HeldOn,
            stored.Phase,
            stored.Participants,
            stored.AgeGroups,
            stored.GroupsReached,
            stored.Topics,
            stored.DecisionFed,
            stored.Feedback);
    }

    private sealed class Stored
    {
        public required MemberCode Member { get; init; }

        public required ParticipationKind Kind { get; init; }

        public required LocalDate HeldOn { get; init; }

        public required ProgrammePhase Phase { get; init; }

        public IReadOnlyList<string>? AgeGroups { get; init; }

        public required int Participants { get; init; }

        public IReadOnlyList<ReachedGroup>? GroupsReached { get; init; }

        public IReadOnlyList<string>? Topics { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? DecisionFed { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public ParticipationFeedback? Feedback { get; init; }
    }
}
