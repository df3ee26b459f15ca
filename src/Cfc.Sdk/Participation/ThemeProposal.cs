using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Participation;

/// <summary>
/// A theme proposed for the network's meetings, on which the members' youth panels vote, so that young people choose the
/// network's themes; a meeting that takes it up records which proposal it was.
/// </summary>
/// <remarks>
/// <para>
/// A proposal is made <see cref="ThemeProposalStatus.Open"/> by a member or by the network's coordinator. While open, each
/// member casts its youth panel's count of votes (<see cref="Vote"/>): a count, never names; a member voting again replaces
/// its count, and a count of 0 takes its vote back. A meeting takes it up (<see cref="TakeUp"/>), or the coordinator
/// withdraws it (<see cref="Withdraw"/>); both are final: a closed proposal refuses votes, another take-up and a withdrawal
/// with <see cref="ThemeProposalClosedException"/>. Taking it up again for the same meeting changes nothing.
/// </para>
/// <para>
/// Immutable; two proposals are equal when every property is equal. JSON writes <c>{"title", "text", "proposedOn", "status",
/// "votes"}</c> (votes as <c>{"GM0518": 12}</c>, in code order), <c>"proposedBy"</c> when a member proposed it and
/// <c>"meeting"</c> once taken up; reading goes through the constructor and the methods above, so invalid stored data is a
/// <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ThemeProposal : IEquatable<ThemeProposal>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The largest count of votes one member's youth panel casts.</summary>
    public const int MaxVotes = 100_000;

    /// <summary>Proposes a theme, open for votes.</summary>
    /// <param name="title">The theme, e.g. <c>Veilig naar school</c>; trimmed.</param>
    /// <param name="text">What the theme is about and why; trimmed.</param>
    /// <param name="proposedOn">The day it is proposed.</param>
    /// <param name="proposedBy">The member proposing it; <see langword="null"/> when the network's coordinator does.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long, or <paramref name="proposedBy"/> is the default value.</exception>
    public ThemeProposal(string title, string text, LocalDate proposedOn, MemberCode? proposedBy = null)
    {
        Title = RequiredText.Check(title, MaxTitleLength, nameof(title));
        Text = RequiredText.Check(text, MaxTextLength, nameof(text));
        if (proposedBy == default(MemberCode))
        {
            throw new ArgumentException("The default MemberCode names no member; leave it out for the network's coordinator.", nameof(proposedBy));
        }

        ProposedOn = proposedOn;
        ProposedBy = proposedBy;
        Status = ThemeProposalStatus.Open;
        Votes = ImmutableDictionary<MemberCode, int>.Empty;
    }

    private ThemeProposal(ThemeProposal previous, ThemeProposalStatus status, ImmutableDictionary<MemberCode, int> votes, int? meeting)
    {
        Title = previous.Title;
        Text = previous.Text;
        ProposedOn = previous.ProposedOn;
        ProposedBy = previous.ProposedBy;
        Status = status;
        Votes = votes;
        Meeting = meeting;
    }

    /// <summary>The theme.</summary>
    public string Title { get; }

    /// <summary>What the theme is about and why.</summary>
    public string Text { get; }

    /// <summary>The day it was proposed.</summary>
    public LocalDate ProposedOn { get; }

    /// <summary>The member that proposed it; <see langword="null"/> when the network's coordinator did.</summary>
    public MemberCode? ProposedBy { get; }

    /// <summary>Open, taken up or withdrawn.</summary>
    public ThemeProposalStatus Status { get; }

    /// <summary>Each voting member's count of votes from its youth panel (more than 0): counts only, no names.</summary>
    public ImmutableDictionary<MemberCode, int> Votes { get; }

    /// <summary>All votes cast.</summary>
    public int TotalVotes => Votes.Values.Sum();

    /// <summary>The number of the network's meeting that took it up; <see langword="null"/> unless <see cref="ThemeProposalStatus.TakenUp"/>.</summary>
    public int? Meeting { get; }

    /// <summary>The proposal with <paramref name="member"/>'s youth panel's count of votes, replacing any count it cast before.</summary>
    /// <param name="member">The voting member.</param>
    /// <param name="votes">The count: 0 (taking the member's vote back) to <see cref="MaxVotes"/>.</param>
    /// <returns>A new proposal with the count.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="votes"/> is out of range.</exception>
    /// <exception cref="ThemeProposalClosedException">The proposal is not open.</exception>
    public ThemeProposal Vote(MemberCode member, int votes)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberCode names no member.", nameof(member));
        }

        if (votes is < 0 or > MaxVotes)
        {
            throw new ArgumentOutOfRangeException(nameof(votes), votes, string.Create(CultureInfo.InvariantCulture, $"A member casts 0 to {MaxVotes} votes."));
        }

        ThrowIfClosed();
        return new ThemeProposal(this, Status, votes == 0 ? Votes.Remove(member) : Votes.SetItem(member, votes), Meeting);
    }

    /// <summary>The proposal taken up by the network's meeting <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The meeting's number (0 or more).</param>
    /// <returns>A new proposal, <see cref="ThemeProposalStatus.TakenUp"/>; this one when that meeting took it up already.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meeting"/> is negative.</exception>
    /// <exception cref="ThemeProposalClosedException">The proposal is withdrawn, or taken up by another meeting.</exception>
    public ThemeProposal TakeUp(int meeting)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(meeting);
        if (Status == ThemeProposalStatus.TakenUp && Meeting == meeting)
        {
            return this;
        }

        ThrowIfClosed();
        return new ThemeProposal(this, ThemeProposalStatus.TakenUp, Votes, meeting);
    }

    /// <summary>
    /// The proposal open again because meeting <paramref name="meeting"/>, which took it up, is cancelled: the young
    /// people's theme has not been discussed, so it can be voted for and taken up by another meeting.
    /// </summary>
    /// <param name="meeting">The cancelled meeting's number.</param>
    /// <returns>A new proposal, <see cref="ThemeProposalStatus.Open"/> with its votes; this one when that meeting had not taken it up.</returns>
    public ThemeProposal Release(int meeting) =>
        Status == ThemeProposalStatus.TakenUp && Meeting == meeting ? new ThemeProposal(this, ThemeProposalStatus.Open, Votes, null) : this;

    /// <summary>The proposal withdrawn.</summary>
    /// <returns>A new proposal, <see cref="ThemeProposalStatus.Withdrawn"/>.</returns>
    /// <exception cref="ThemeProposalClosedException">The proposal is not open.</exception>
    public ThemeProposal Withdraw()
    {
        ThrowIfClosed();
        return new ThemeProposal(this, ThemeProposalStatus.Withdrawn, Votes, null);
    }

    /// <summary>The proposal as invariant text, e.g. <c>Veilig naar school (Open, 2026-03-01, 12 votes)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title} ({Status}, {LocalDatePattern.Iso.Format(ProposedOn)}, {TotalVotes} votes)");

    /// <inheritdoc />
    public bool Equals(ThemeProposal? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal) && ProposedOn == other.ProposedOn && ProposedBy == other.ProposedBy
            && Status == other.Status && Meeting == other.Meeting && Votes.Count == other.Votes.Count
            && Votes.All(vote => other.Votes.TryGetValue(vote.Key, out var count) && count == vote.Value)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ThemeProposal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), ProposedOn, Status, Votes.Count, Meeting);

    /// <summary>Whether two proposals are equal.</summary>
    public static bool operator ==(ThemeProposal? left, ThemeProposal? right) => Equals(left, right);

    /// <summary>Whether two proposals differ.</summary>
    public static bool operator !=(ThemeProposal? left, ThemeProposal? right) => !Equals(left, right);

    private void ThrowIfClosed()
    {
        if (Status != ThemeProposalStatus.Open)
        {
            throw new ThemeProposalClosedException(Status, $"The theme proposal '{Title}' is {Status}, no longer open.");
        }
    }

    private sealed class Converter : StoredFormJsonConverter<ThemeProposal, Stored>
    {
        protected override Stored ToStored(ThemeProposal value) => new()
        {
            Title = value.Title,
            Text = value.Text,
            ProposedOn = value.ProposedOn,
            ProposedBy = value.ProposedBy,
            Status = value.Status,
            Votes = value.Votes.ToImmutableSortedDictionary(),
            Meeting = value.Meeting,
        };

        protected override ThemeProposal FromStored(Stored stored)
        {
            var proposal = new ThemeProposal(stored.Title, stored.Text, stored.ProposedOn, stored.ProposedBy);
            foreach (var (member, votes) in stored.Votes ?? ImmutableSortedDictionary<MemberCode, int>.Empty)
            {
                proposal = votes > 0 ? proposal.Vote(member, votes) : throw new JsonException($"A stored theme proposal holds only counts above 0; {member} has {votes}.");
            }

            return (stored.Status, stored.Meeting) switch
            {
                (ThemeProposalStatus.Open, null) => proposal,
                (ThemeProposalStatus.TakenUp, { } meeting) => proposal.TakeUp(meeting),
                (ThemeProposalStatus.Withdrawn, null) => proposal.Withdraw(),
                (ThemeProposalStatus.TakenUp, null) => throw new JsonException("A stored theme proposal that is taken up names its meeting."),
                (ThemeProposalStatus.Open or ThemeProposalStatus.Withdrawn, _) => throw new JsonException("Only a stored theme proposal that is taken up names a meeting."),
                _ => throw new JsonException($"'{stored.Status}' is not a theme proposal status."),
            };
        }
    }

    private sealed class Stored
    {
        public required string Title { get; init; }

        public required string Text { get; init; }

        public required LocalDate ProposedOn { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public MemberCode? ProposedBy { get; init; }

        public required ThemeProposalStatus Status { get; init; }

        public ImmutableSortedDictionary<MemberCode, int>? Votes { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Meeting { get; init; }
    }
}
