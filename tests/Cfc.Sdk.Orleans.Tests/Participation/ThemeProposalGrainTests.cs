using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Tests.Entities;
using Cfc.Sdk.Participation;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Participation;

/// <summary>A grain per theme proposal: votes per member as counts, taken up by a meeting or withdrawn, and its list entry.</summary>
[Collection(EntityClusterDefinition.Name)]
public sealed class ThemeProposalGrainTests(EntityClusterFixture cluster)
{
    private static ThemeProposal Proposed(string title = "Veilig naar school") =>
        new(title, "Kinderen fietsen over drukke wegen.", new LocalDate(2026, 2, 1), MemberCode.DenHaag);

    private static Meeting Taking(int? proposal) => new(
        "Veilig naar school", MeetingFormat.Online, MeetingKind.Thematic, [new MeetingTheme("verkeer")], MeetingParticipant.For(DenHaag),
        Meeting.StartAt(new LocalDateTime(2026, 4, 2, 15, 0), Amsterdam), Duration.FromMinutes(90), proposal: proposal);

    private static async Task<ListEntry[]> ReadAsync(EntityList list)
    {
        var entries = new List<ListEntry>();
        await foreach (var entry in list.ReadAsync())
        {
            entries.Add(entry);
        }

        return [.. entries];
    }

    [Fact]
    public async Task Votes_are_counts_per_member_that_a_second_vote_replaces()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var grain = grains.GetThemeProposal(network, await grains.ProposeThemeAsync(network, Proposed()));

        await grain.VoteAsync(MemberCode.DenHaag, 12);
        await grain.VoteAsync(MemberCode.Saba, 3);
        await grain.VoteAsync(MemberCode.DenHaag, 9);
        await cluster.DeactivateAsync(grain);

        var held = (await grain.GetAsync())!;
        Assert.Equal((9, 3, 12), (held.Votes[MemberCode.DenHaag], held.Votes[MemberCode.Saba], held.TotalVotes));
        var entry = Assert.Single(await ReadAsync(grains.ThemeProposalList(network)));
        Assert.Equal(("1", "Veilig naar school", new LocalDate(2026, 2, 1), "Open"), (entry.Id, entry.Title, entry.Day, entry.Status));
    }

    [Fact]
    public async Task A_meeting_that_takes_a_proposal_up_marks_it_and_a_second_meeting_is_refused_and_not_stored()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var number = await grains.ProposeThemeAsync(network, Proposed());

        var meeting = await grains.CreateMeetingAsync(network, Taking(number));
        await Assert.ThrowsAsync<ThemeProposalClosedException>(() => grains.CreateMeetingAsync(network, Taking(number)));

        var proposal = (await grains.GetThemeProposal(network, number).GetAsync())!;
        Assert.Equal((ThemeProposalStatus.TakenUp, meeting), (proposal.Status, proposal.Meeting));
        Assert.Equal(number, (await grains.GetMeeting(network, meeting).GetAsync())!.Proposal);
        Assert.True((await grains.GetMeeting(network, meeting).GetAsync())!.HasThemesChosenWithYoungPeople);
        Assert.Null(await grains.GetMeeting(network, meeting + 1).GetAsync());
        Assert.Equal("TakenUp", Assert.Single(await ReadAsync(grains.ThemeProposalList(network))).Status);
    }

    [Fact]
    public async Task A_cancelled_meeting_opens_its_proposal_again_for_votes_and_another_meeting()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var number = await grains.ProposeThemeAsync(network, Proposed());
        var cancelled = await grains.CreateMeetingAsync(network, Taking(number));

        await grains.GetMeeting(network, cancelled).CancelAsync("De zaal is niet beschikbaar.");

        var proposal = grains.GetThemeProposal(network, number);
        Assert.Equal((ThemeProposalStatus.Open, (int?)null), ((await proposal.GetAsync())!.Status, (await proposal.GetAsync())!.Meeting));
        await proposal.VoteAsync(MemberCode.Saba, 4);
        var next = await grains.CreateMeetingAsync(network, Taking(number));
        Assert.Equal((ThemeProposalStatus.TakenUp, (int?)next), ((await proposal.GetAsync())!.Status, (await proposal.GetAsync())!.Meeting));
        Assert.Equal(number, (await grains.GetMeeting(network, cancelled).GetAsync())!.Proposal);
    }

    [Fact]
    public async Task A_changed_meeting_may_come_to_take_up_an_open_proposal_but_not_a_withdrawn_one()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var open = await grains.ProposeThemeAsync(network, Proposed());
        var withdrawn = await grains.ProposeThemeAsync(network, Proposed("Spelen"));
        await grains.GetThemeProposal(network, withdrawn).WithdrawAsync();
        var meeting = grains.GetMeeting(network, await grains.CreateMeetingAsync(network, Taking(null)));

        await Assert.ThrowsAsync<ThemeProposalClosedException>(() => meeting.ChangeAsync(Taking(withdrawn)));
        Assert.Null((await meeting.GetAsync())!.Proposal);

        var changed = await meeting.ChangeAsync(Taking(open));
        var again = await meeting.ChangeAsync(Taking(open));

        Assert.Equal(open, again.Proposal);
        Assert.Equal(ThemeProposalStatus.TakenUp, (await grains.GetThemeProposal(network, open).GetAsync())!.Status);
        Assert.Equal(changed, again);
    }

    [Fact]
    public async Task A_closed_proposal_refuses_votes_and_an_unknown_one_is_not_found()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var grain = grains.GetThemeProposal(network, await grains.ProposeThemeAsync(network, Proposed()));
        await grain.VoteAsync(MemberCode.DenHaag, 4);
        var withdrawn = await grain.WithdrawAsync();

        var refused = await Assert.ThrowsAsync<ThemeProposalClosedException>(() => grain.VoteAsync(MemberCode.DenHaag, 5));
        await Assert.ThrowsAsync<ThemeProposalClosedException>(() => grain.WithdrawAsync());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => grains.GetThemeProposal(network, 7).VoteAsync(MemberCode.DenHaag, 1));

        Assert.Equal(ThemeProposalStatus.Withdrawn, refused.Status);
        Assert.Equal(withdrawn, await grain.GetAsync());
        Assert.Equal(4, withdrawn.TotalVotes);
        Assert.Equal("Withdrawn", Assert.Single(await ReadAsync(grains.ThemeProposalList(network))).Status);
    }
}
