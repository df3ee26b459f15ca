using Cfc.Sdk.Network;
using Cfc.Sdk.Participation;
using NodaTime;

namespace Cfc.Sdk.Tests.Participation;

public sealed class ThemeProposalTests
{
    private static ThemeProposal Proposal(MemberCode? by = null) =>
        new("  Veilig naar school ", "Kinderen fietsen over drukke wegen.", new LocalDate(2026, 2, 1), by);

    [Fact]
    public void A_proposal_is_open_without_votes()
    {
        var proposal = Proposal(MemberCode.DenHaag);

        Assert.Equal("Veilig naar school", proposal.Title);
        Assert.Equal(ThemeProposalStatus.Open, proposal.Status);
        Assert.Equal(MemberCode.DenHaag, proposal.ProposedBy);
        Assert.Empty(proposal.Votes);
        Assert.Null(proposal.Meeting);
        Assert.Null(Proposal().ProposedBy);
        Assert.Equal("Veilig naar school (Open, 2026-02-01, 0 votes)", proposal.ToString());
    }

    [Fact]
    public void A_member_voting_again_replaces_its_count_and_zero_takes_it_back()
    {
        var proposal = Proposal().Vote(MemberCode.DenHaag, 12).Vote(MemberCode.Saba, 3).Vote(MemberCode.DenHaag, 9);

        Assert.Equal(9, proposal.Votes[MemberCode.DenHaag]);
        Assert.Equal(12, proposal.TotalVotes);

        var back = proposal.Vote(MemberCode.DenHaag, 0);
        Assert.False(back.Votes.ContainsKey(MemberCode.DenHaag));
        Assert.Equal(3, back.TotalVotes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ThemeProposal.MaxVotes + 1)]
    public void A_count_out_of_range_is_refused(int votes) =>
        Assert.Equal("votes", Assert.Throws<ArgumentOutOfRangeException>(() => Proposal().Vote(MemberCode.DenHaag, votes)).ParamName);

    [Fact]
    public void The_default_member_neither_votes_nor_proposes()
    {
        Assert.Throws<ArgumentException>(() => Proposal().Vote(default, 3));
        Assert.Throws<ArgumentException>(() => Proposal(default(MemberCode)));
    }

    [Fact]
    public void Texts_are_required_and_bounded()
    {
        Assert.Throws<ArgumentException>(() => new ThemeProposal(" ", "Tekst.", new LocalDate(2026, 2, 1)));
        Assert.Throws<ArgumentException>(() => new ThemeProposal(new string('x', ThemeProposal.MaxTitleLength + 1), "Tekst.", new LocalDate(2026, 2, 1)));
        Assert.Throws<ArgumentException>(() => new ThemeProposal("Titel", new string('x', ThemeProposal.MaxTextLength + 1), new LocalDate(2026, 2, 1)));
    }

    [Fact]
    public void A_meeting_takes_a_proposal_up_once_and_again_for_the_same_meeting_changes_nothing()
    {
        var taken = Proposal().Vote(MemberCode.DenHaag, 12).TakeUp(7);

        Assert.Equal(ThemeProposalStatus.TakenUp, taken.Status);
        Assert.Equal(7, taken.Meeting);
        Assert.Equal(12, taken.TotalVotes);
        Assert.Same(taken, taken.TakeUp(7));
        Assert.Equal(ThemeProposalStatus.TakenUp, Assert.Throws<ThemeProposalClosedException>(() => taken.TakeUp(8)).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proposal().TakeUp(-1));
    }

    [Fact]
    public void The_cancelled_meeting_that_took_a_proposal_up_releases_it_with_its_votes_and_another_meeting_does_not()
    {
        var taken = Proposal().Vote(MemberCode.DenHaag, 12).TakeUp(7);

        var released = taken.Release(7);

        Assert.Equal((ThemeProposalStatus.Open, (int?)null, 12), (released.Status, released.Meeting, released.TotalVotes));
        Assert.Same(taken, taken.Release(8));
        var withdrawn = Proposal().Withdraw();
        Assert.Same(withdrawn, withdrawn.Release(7));
    }

    [Fact]
    public void A_closed_proposal_refuses_votes_take_up_and_withdrawal()
    {
        var withdrawn = Proposal().Withdraw();
        var taken = Proposal().TakeUp(0);

        Assert.Equal(ThemeProposalStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(ThemeProposalStatus.Withdrawn, Assert.Throws<ThemeProposalClosedException>(() => withdrawn.Vote(MemberCode.DenHaag, 1)).Status);
        Assert.Throws<ThemeProposalClosedException>(() => withdrawn.TakeUp(1));
        Assert.Throws<ThemeProposalClosedException>(() => withdrawn.Withdraw());
        Assert.Throws<ThemeProposalClosedException>(() => taken.Vote(MemberCode.DenHaag, 1));
        Assert.Throws<ThemeProposalClosedException>(() => taken.Withdraw());
    }

    [Fact]
    public void Proposals_are_equal_by_every_property_whatever_order_the_votes_came_in()
    {
        Assert.Equal(Proposal().Vote(MemberCode.DenHaag, 2).Vote(MemberCode.Saba, 3), Proposal().Vote(MemberCode.Saba, 3).Vote(MemberCode.DenHaag, 2));
        Assert.NotEqual(Proposal().Vote(MemberCode.DenHaag, 2), Proposal().Vote(MemberCode.DenHaag, 3));
        Assert.NotEqual(Proposal(), Proposal(MemberCode.DenHaag));
        Assert.NotEqual(Proposal().TakeUp(1), Proposal().TakeUp(2));
    }
}
