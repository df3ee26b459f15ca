using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using CsCheck;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

public sealed class IssueIndexTests
{
    private static IssueIndex Small()
    {
        var index = new IssueIndex();
        index.AddRange(
        [
            Issue("a1", "GM0001", "Veel spijbelen op de middelbare school", "Leerlingen blijven weg en de leerplichtambtenaar grijpt laat in.", ["onderwijs"], [28]),
            Issue("a2", "GM0001", "Schoolverzuim in het mbo", "Studenten verzuimen vaak."),
            Issue("b1", "GM0002", "Verzuim op school neemt toe", "Steeds meer thuiszitters zonder onderwijs.", ["onderwijs"], [28]),
            Issue("c1", "GM0003", "Te weinig speelplekken", "Kinderen kunnen nergens buiten spelen in de wijk."),
            Issue("d1", "GM0004", "Gezinnen met een krappe beurs", "Ouders hebben schulden en geen geld voor de sportclub."),
            Issue("e1", "GM0005", "Kinderarmoede in de stad", "Minima kunnen de contributie niet betalen."),
        ]);
        return index;
    }

    [Fact]
    public void Matches_never_include_the_issue_itself_nor_issues_of_its_member()
    {
        using var index = DevIndex();
        foreach (var (issue, _) in DevIssues)
        {
            var matches = index.Match(issue.Id, 100);
            Assert.DoesNotContain(matches, m => m.Issue == issue.Id || m.Member == issue.Member);
        }
    }

    [Fact]
    public void Matches_are_best_first_with_positive_scores()
    {
        using var index = DevIndex();
        var matches = index.Match(IssueId.Parse("d006"), 20);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(m.Score > 0));
        Assert.Equal(matches.OrderByDescending(m => m.Score).ThenBy(m => m.Issue).Select(m => m.Issue), matches.Select(m => m.Issue));
    }

    [Fact]
    public void A_compound_matches_the_phrase_it_abbreviates_and_poverty_words_match_each_other()
    {
        using var index = Small();
        Assert.Equal("b1", index.Match(IssueId.Parse("a2"), 1)[0].Issue.ToString());
        Assert.Equal("e1", index.Match(IssueId.Parse("d1"), 1)[0].Issue.ToString());
    }

    [Fact]
    public void Reasons_name_the_shared_words_as_written_in_the_match_and_the_shared_tags()
    {
        using var index = Small();
        var match = index.Match(IssueId.Parse("a1"), 1)[0];
        Assert.Equal("b1", match.Issue.ToString());
        Assert.Contains(match.Reasons.Terms, t => t.Text == "school");
        Assert.Equal(["onderwijs"], match.Reasons.Themes);
        Assert.Equal([CrcArticle.Education], match.Reasons.Articles);
        Assert.All(match.Reasons.Terms, t => Assert.InRange(t.Share, 0.0, 1.0));
        Assert.InRange(match.Reasons.Terms.Sum(t => t.Share), 0.0, 1.0001);
        Assert.Equal(match.Reasons.Terms.OrderByDescending(t => t.Share).ThenBy(t => t.Text, StringComparer.Ordinal), match.Reasons.Terms);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_issue_id()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Hittestress op schoolpleinen"));
        index.Add(Issue("z9", "GM0002", "Hittestress op schoolpleinen"));
        index.Add(Issue("b2", "GM0003", "Hittestress op schoolpleinen"));
        index.Add(Issue("m5", "GM0004", "Hittestress op schoolpleinen"));
        Assert.Equal(["b2", "m5", "z9"], index.Match(IssueId.Parse("q"), 10).Select(m => m.Issue.ToString()));
    }

    [Fact]
    public void Add_update_and_remove_are_visible_to_the_next_query()
    {
        using var index = Small();
        var query = IssueId.Parse("c1");
        Assert.DoesNotContain(index.Match(query), m => m.Issue.ToString() == "n1");

        index.Add(Issue("n1", "GM0009", "Speelplekken verdwijnen", "Kinderen spelen nergens meer buiten."));
        Assert.Equal("n1", index.Match(query, 1)[0].Issue.ToString());

        index.Update(Issue("n1", "GM0009", "Fietspad onveilig", "Auto's rijden te hard."));
        Assert.DoesNotContain(index.Match(query, 1), m => m.Issue.ToString() == "n1");
        Assert.Equal("Fietspad onveilig", index.Match(Issue("x", "GM0010", "Onveilig fietspad"), 1)[0].Title);

        Assert.True(index.Remove(IssueId.Parse("n1")));
        Assert.False(index.Contains(IssueId.Parse("n1")));
        Assert.DoesNotContain(index.Match(Issue("x", "GM0010", "Onveilig fietspad")), m => m.Issue.ToString() == "n1");
        Assert.False(index.Remove(IssueId.Parse("n1")));
    }

    [Fact]
    public void The_allocation_free_match_gives_the_same_matches_and_scores()
    {
        using var index = DevIndex();
        var buffer = new IssueScore[10];
        foreach (var (issue, _) in DevIssues)
        {
            var full = index.Match(issue.Id, 10);
            var count = index.Match(issue.Id, buffer);
            Assert.Equal(full.Select(m => (m.Issue, m.Member, m.Score)), buffer.Take(count).Select(s => (s.Issue, s.Member, s.Score)));
        }

        Assert.Equal("destination", Assert.Throws<ArgumentOutOfRangeException>(() => index.Match(IssueId.Parse("d001"), Span<IssueScore>.Empty)).ParamName);
    }

    [Fact]
    public void The_package_readme_example_matches_as_it_says()
    {
        using var index = new IssueIndex();
        index.Add(new LocalIssue(IssueId.Parse("i1"), MemberCode.Parse("GM0518"), "Veel schoolverzuim in het mbo", "Studenten haken af zonder startkwalificatie.", themes: ["onderwijs"], articles: [CrcArticle.Education]));
        index.Add(new LocalIssue(IssueId.Parse("i2"), MemberCode.Parse("GM1942"), "Verzuim op school neemt toe", "Steeds meer thuiszitters.", themes: ["onderwijs"]));
        var match = Assert.Single(index.Match(IssueId.Parse("i1"), k: 10));
        Assert.Equal("i2", match.Issue.ToString());
        Assert.Equal(["onderwijs"], match.Reasons.Themes);
        Assert.Contains(match.Reasons.Terms, t => t.Text == "Verzuim");
        Assert.Contains(match.Reasons.Terms, t => t.Text == "school");
    }

    [Fact]
    public void Fields_switched_off_in_the_options_add_no_terms()
    {
        using var index = new IssueIndex(new MatchingOptions { ThemeWeight = 0, ArticleWeight = 0, ConceptWeight = 0 });
        index.AddRange(DevIssues.Select(d => d.Issue));
        foreach (var (issue, _) in DevIssues)
        {
            Assert.All(index.Match(issue.Id, 10), m => Assert.True(m.Score > 0));
        }
    }

    [Fact]
    public void Upsert_adds_then_replaces()
    {
        using var index = Small();
        Assert.True(index.Upsert(Issue("n1", "GM0009", "Speelplekken")));
        Assert.False(index.Upsert(Issue("n1", "GM0009", "Speeltuinen")));
        Assert.Equal(7, index.Count);
        Assert.True(index.TryGet(IssueId.Parse("n1"), out var issue));
        Assert.Equal("Speeltuinen", issue.Title);
    }

    [Fact]
    public void A_draft_is_matched_without_being_indexed_and_without_its_member()
    {
        using var index = Small();
        var matches = index.Match(Issue("draft", "GM0002", "Spijbelen en schoolverzuim"), 10);
        Assert.NotEmpty(matches);
        Assert.DoesNotContain(matches, m => m.Member == MemberCode.Parse("GM0002"));
        Assert.False(index.Contains(IssueId.Parse("draft")));
    }

    [Fact]
    public void Errors_are_clear()
    {
        using var index = Small();
        var missing = Assert.Throws<IssueNotFoundException>(() => index.Match(IssueId.Parse("nope")));
        Assert.IsAssignableFrom<KeyNotFoundException>(missing);
        Assert.Equal("nope", missing.IssueId.ToString());
        Assert.Throws<IssueNotFoundException>(() => index.Update(Issue("nope", "GM0001", "x")));
        Assert.Throws<IssueNotFoundException>(() => index.MatchOrganisations(IssueId.Parse("nope")));
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => index.Match(IssueId.Parse("a1"), 0)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => index.Match(IssueId.Parse("a1"), 101)).ParamName);
        Assert.Equal("issue", Assert.Throws<ArgumentException>(() => index.Add(Issue("a1", "GM0001", "dubbel"))).ParamName);
        Assert.Equal("issue", Assert.Throws<ArgumentNullException>(() => index.Add(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new IssueIndex(new MatchingOptions { K1 = -1 })).ParamName);
    }

    [Fact]
    public void Organisations_are_matched_and_can_be_removed()
    {
        using var index = DevIndex();
        var top = index.MatchOrganisations(IssueId.Parse("d009"), 3);
        Assert.Equal("o03", top[0].Organisation.ToString());
        Assert.NotEmpty(top[0].Reasons.Terms);
        Assert.True(index.RemoveOrganisation(top[0].Organisation));
        Assert.DoesNotContain(index.MatchOrganisations(IssueId.Parse("d009"), 3), m => m.Organisation == top[0].Organisation);
        Assert.Equal(19, index.OrganisationCount);
    }

    [Fact]
    public void Removing_then_adding_an_issue_gives_the_same_rankings() =>
        Gen.Int[0, 120].Sample(i =>
        {
            using var index = DevIndex();
            var issue = DevIssues[i].Issue;
            var before = DevIssues.Select(d => index.Match(d.Issue.Id, 10)).ToArray();
            index.Remove(issue.Id);
            index.Add(issue);
            var after = DevIssues.Select(d => index.Match(d.Issue.Id, 10)).ToArray();
            Assert.Equal(before, after);
        }, iter: 20);

    [Fact]
    public void The_same_issues_give_the_same_rankings_whatever_the_insertion_order() =>
        Gen.Int.Sample(seed =>
        {
            var shuffled = DevIssues.Select(d => d.Issue).OrderBy(_ => Random.Shared.Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            using var first = DevIndex();
            using var second = new IssueIndex();
            second.AddRange(shuffled);
            foreach (var (issue, _) in DevIssues.Take(30))
            {
                Assert.Equal(first.Match(issue.Id, 10).Select(m => m.Issue), second.Match(issue.Id, 10).Select(m => m.Issue));
            }
        }, iter: 5);
}
