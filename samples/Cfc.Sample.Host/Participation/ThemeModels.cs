using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Participation;
using NodaTime;

namespace Cfc.Sample.Host.Participation;

/// <summary>The body of <c>POST /api/themes</c>: <c>{"title", "text", "member"?}</c>; without <c>member</c> the network's coordinator proposes it.</summary>
/// <param name="Title">The theme.</param>
/// <param name="Text">What it is about and why.</param>
/// <param name="Member">The proposing member's code; optional.</param>
internal sealed record ThemeProposalRequest([property: Required] string? Title, [property: Required] string? Text, string? Member)
{
    /// <summary>The proposing member: <see langword="null"/> for the coordinator, or the errors naming <c>member</c>.</summary>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The member's code; <see langword="null"/> when none is given or it is not a code.</returns>
    public MemberCode? ProposingMember(ValidationErrors errors)
    {
        if (Member is null)
        {
            return null;
        }

        if (MemberCode.TryParse(Member, out var code))
        {
            return code;
        }

        errors.Add("member", $"'{Member}' is not a member code such as GM0518 or DE-05315000.");
        return null;
    }

    /// <summary>The proposal, open, or the errors naming each field that cannot be used.</summary>
    /// <param name="member">The proposing member; <see langword="null"/> for the coordinator.</param>
    /// <param name="today">The day it is proposed.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The proposal; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public ThemeProposal? ToProposal(MemberCode? member, LocalDate today, ValidationErrors errors)
    {
        if (Title is null)
        {
            errors.Add("title", "The title is required: the theme, such as \"Veilig naar school\".");
        }

        if (Text is null)
        {
            errors.Add("text", "The text is required: what the theme is about and why.");
        }

        if (errors.Any)
        {
            return null;
        }

        try
        {
            return new ThemeProposal(Title!, Text!, today, member);
        }
        catch (ArgumentException e)
        {
            errors.Add(e.ParamName switch { null => "request", "proposedBy" => "member", var name => name }, ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>The body of <c>POST /api/themes/{id}/votes</c>: <c>{"member": "GM0518", "votes": 12}</c>, the member's youth panel's count, no names.</summary>
/// <param name="Member">The voting member's code.</param>
/// <param name="Votes">The count; 0 takes the member's vote back.</param>
internal sealed record VoteRequest([property: Required] string? Member, [property: Required] int? Votes)
{
    /// <summary>The member and count, or the errors naming <c>member</c> and <c>votes</c>.</summary>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The member and count; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public (MemberCode Member, int Votes)? Validate(ValidationErrors errors)
    {
        MemberCode member = default;
        if (Member is null)
        {
            errors.Add("member", "The voting member is required, such as \"GM0518\".");
        }
        else if (!MemberCode.TryParse(Member, out member))
        {
            errors.Add("member", $"'{Member}' is not a member code such as GM0518 or DE-05315000.");
        }

        if (Votes is not { } votes)
        {
            errors.Add("votes", "The count of votes is required: the member's youth panel's count, 0 to take its vote back.");
        }
        else if (votes is < 0 or > ThemeProposal.MaxVotes)
        {
            errors.Add("votes", $"A member casts 0 to {ThemeProposal.MaxVotes} votes; {votes} is out of range.");
        }

        return errors.Any ? null : (member, Votes!.Value);
    }
}

/// <summary>
/// A theme proposal: <c>{"id","title","text","proposedOn","proposedBy","status","votes":[{"member","votes"}],"totalVotes","meeting"}</c>,
/// <c>proposedBy</c> <see langword="null"/> for the coordinator, <c>meeting</c> the number of the meeting that took it up.
/// </summary>
/// <param name="Id">The network's number for it, as in <c>/api/themes/{id}</c>.</param>
/// <param name="Title">The theme.</param>
/// <param name="Text">What it is about.</param>
/// <param name="ProposedOn">The day it was proposed.</param>
/// <param name="ProposedBy">The proposing member's code; <see langword="null"/> for the coordinator.</param>
/// <param name="Status">Open, TakenUp or Withdrawn.</param>
/// <param name="Votes">Each voting member's count, in code order.</param>
/// <param name="TotalVotes">All votes cast.</param>
/// <param name="Meeting">The meeting that took it up; <see langword="null"/> unless taken up.</param>
internal sealed record ThemeProposalResponse(
    int Id,
    string Title,
    string Text,
    LocalDate ProposedOn,
    string? ProposedBy,
    ThemeProposalStatus Status,
    IReadOnlyList<VoteResponse> Votes,
    int TotalVotes,
    int? Meeting)
{
    /// <summary>The response for proposal <paramref name="id"/>.</summary>
    /// <param name="id">The proposal's number.</param>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The response.</returns>
    public static ThemeProposalResponse From(int id, ThemeProposal proposal) => new(
        id,
        proposal.Title,
        proposal.Text,
        proposal.ProposedOn,
        proposal.ProposedBy?.ToString(),
        proposal.Status,
        [.. proposal.Votes.OrderBy(v => v.Key).Select(v => new VoteResponse(v.Key.ToString(), v.Value))],
        proposal.TotalVotes,
        proposal.Meeting);
}

/// <summary>One member's votes: <c>{"member","votes"}</c>.</summary>
/// <param name="Member">The member's code.</param>
/// <param name="Votes">Its youth panel's count.</param>
internal sealed record VoteResponse(string Member, int Votes);
