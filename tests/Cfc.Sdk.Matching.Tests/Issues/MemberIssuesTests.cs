using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching.Tests.Issues;

/// <summary>One member's issues: its own only, each id once, in id order.</summary>
public sealed class MemberIssuesTests
{
    private static LocalIssue Issue(MemberCode member, string id, string title = "Speelruimte") =>
        new(IssueId.Parse(id), member, title, "Kinderen missen een veilige plek om te spelen.");

    [Fact]
    public void Issues_are_kept_in_id_order_whatever_order_they_came_in()
    {
        var issues = MemberIssues.Empty(MemberCode.DenHaag)
            .Add(Issue(MemberCode.DenHaag, "dh-3"))
            .Add(Issue(MemberCode.DenHaag, "dh-1"))
            .Add(Issue(MemberCode.DenHaag, "dh-2"));

        Assert.Equal(["dh-1", "dh-2", "dh-3"], issues.Issues.Select(i => i.Id.ToString()));
        Assert.Equal(issues, MemberIssues.Of(MemberCode.DenHaag, issues.Issues.Reverse()));
    }

    [Fact]
    public void An_issue_is_found_updated_and_removed_by_its_id()
    {
        var issues = MemberIssues.Empty(MemberCode.DenHaag).Add(Issue(MemberCode.DenHaag, "dh-1"));
        var changed = Issue(MemberCode.DenHaag, "dh-1", "Speelplekken in de wijk");

        var updated = issues.Update(changed);

        Assert.Equal("Speelruimte", issues.Find(IssueId.Parse("dh-1"))?.Title);
        Assert.Equal(changed, updated.Find(IssueId.Parse("dh-1")));
        Assert.Null(updated.Find(IssueId.Parse("dh-2")));
        Assert.Empty(updated.Remove(IssueId.Parse("dh-1")).Issues);
    }

    [Fact]
    public void An_id_that_is_taken_is_refused_and_the_issues_stay_as_they_were()
    {
        var issues = MemberIssues.Empty(MemberCode.DenHaag).Add(Issue(MemberCode.DenHaag, "dh-1"));

        var error = Assert.Throws<ArgumentException>(() => issues.Add(Issue(MemberCode.DenHaag, "dh-1", "Anders")));

        Assert.Equal("GM0518 already has an issue 'dh-1'; update it instead. (Parameter 'issue')", error.Message);
        Assert.Equal("Speelruimte", Assert.Single(issues.Issues).Title);
    }

    [Fact]
    public void An_issue_of_another_member_is_refused()
    {
        var issues = MemberIssues.Empty(MemberCode.DenHaag);
        var ofGooiseMeren = Issue(MemberCode.GooiseMeren, "gm-1");

        Assert.Contains("is of GM1942, not of GM0518", Assert.Throws<ArgumentException>(() => issues.Add(ofGooiseMeren)).Message, StringComparison.Ordinal);
        Assert.Contains("is of GM1942, not of GM0518", Assert.Throws<ArgumentException>(() => issues.Update(ofGooiseMeren)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MemberIssues.Of(MemberCode.DenHaag, [ofGooiseMeren]));
    }

    [Fact]
    public void Changing_or_removing_an_issue_the_member_does_not_have_is_an_issue_not_found()
    {
        var issues = MemberIssues.Empty(MemberCode.DenHaag);

        Assert.Equal(IssueId.Parse("dh-9"), Assert.Throws<IssueNotFoundException>(() => issues.Update(Issue(MemberCode.DenHaag, "dh-9"))).IssueId);
        Assert.Equal(IssueId.Parse("dh-8"), Assert.Throws<IssueNotFoundException>(() => issues.Remove(IssueId.Parse("dh-8"))).IssueId);
    }

    [Fact]
    public void An_id_twice_a_null_issue_a_default_member_or_a_default_id_is_refused()
    {
        Assert.Contains("has the issue 'dh-1' twice", Assert.Throws<ArgumentException>(() =>
            MemberIssues.Of(MemberCode.DenHaag, [Issue(MemberCode.DenHaag, "dh-1"), Issue(MemberCode.DenHaag, "dh-1", "Anders")])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => MemberIssues.Of(MemberCode.DenHaag, [null!]));
        Assert.Throws<ArgumentNullException>(() => MemberIssues.Empty(MemberCode.DenHaag).Add(null!));
        Assert.Throws<ArgumentException>(() => MemberIssues.Empty(default));
        Assert.Throws<ArgumentException>(() => MemberIssues.Empty(MemberCode.DenHaag).Remove(default));
    }
}
