using System.Globalization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Tests.Issues;

public sealed class ImmutabilityTests
{
    private static readonly IssueId s_id = IssueId.Parse("i1");

    [Fact]
    public void An_issue_s_themes_and_articles_are_sets_whatever_their_order()
    {
        var first = new LocalIssue(s_id, MemberCode.DenHaag, "t", "", ["wonen", "Armoede"], [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity]);
        var second = new LocalIssue(s_id, MemberCode.DenHaag, "t", "", ["armoede", "wonen", "wonen"], [CrcArticle.SocialSecurity, CrcArticle.StandardOfLiving]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(["armoede", "wonen"], first.Themes);
    }

    [Fact]
    public void No_list_of_an_issue_or_of_reasons_can_be_changed()
    {
        string[] themes = ["armoede"];
        TermReason[] terms = [new("pesten", 0.5)];
        var issue = new LocalIssue(s_id, MemberCode.DenHaag, "t", "", themes);
        var reasons = new MatchReasons(terms, themes, [CrcArticle.Education]);
        themes[0] = "veranderd";
        terms[0] = new TermReason("veranderd", 0.5);

        Assert.Equal(["armoede"], issue.Themes);
        Assert.Equal(["armoede"], reasons.Themes);
        Assert.Equal("pesten", reasons.Terms[0].Text);
        foreach (var list in new object[] { issue.Themes, issue.Articles, reasons.Terms, reasons.Themes, reasons.Articles })
        {
            Assert.False(list is Array or List<string> or List<TermReason> or List<CrcArticle>);
            Assert.True(list is not System.Collections.IList mutable || mutable.IsReadOnly);
        }
    }

    [Fact]
    public void Reasons_are_equal_whatever_the_order_they_were_given_in()
    {
        var first = new MatchReasons([new("pesten", 0.25), new("school", 0.5)], ["veiligheid", "onderwijs"], [CrcArticle.Education, CrcArticle.NonDiscrimination]);
        var second = new MatchReasons([new("school", 0.5), new("pesten", 0.25)], ["onderwijs", "veiligheid"], [CrcArticle.NonDiscrimination, CrcArticle.Education]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal("school", first.Terms[0].Text);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new TermReason(null!, 0.5));
        Assert.Throws<ArgumentNullException>(() => new MatchReasons(null!, [], []));
        Assert.Throws<ArgumentNullException>(() => new MatchReasons([], null!, []));
        Assert.Throws<ArgumentNullException>(() => new MatchReasons([], [], null!));
        Assert.Throws<ArgumentNullException>(() => new IssueMatch(s_id, MemberCode.DenHaag, null!, 1, MatchReasons.None));
        Assert.Throws<ArgumentNullException>(() => new IssueMatch(s_id, MemberCode.DenHaag, "t", 1, null!));
        Assert.Throws<ArgumentNullException>(() => new OrganisationMatch(OrganisationId.Parse("o1"), null!, 1, MatchReasons.None));
        Assert.Throws<ArgumentNullException>(() => new OrganisationMatch(OrganisationId.Parse("o1"), "n", 1, null!));
        Assert.Throws<ArgumentNullException>(() => new AnalyzedTerm(null!, TermKind.Word, "x"));
        Assert.Throws<ArgumentNullException>(() => new LocalIssue(s_id, MemberCode.DenHaag, null!, ""));
    }

    [Fact]
    public void Invalid_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermReason("pesten", 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermReason("pesten", double.NaN));
        Assert.Throws<ArgumentException>(() => new IssueScore(default, MemberCode.DenHaag, 1));
        Assert.Throws<ArgumentException>(() => new IssueScore(s_id, default, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IssueScore(s_id, MemberCode.DenHaag, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IssueMatch(s_id, MemberCode.DenHaag, "t", double.PositiveInfinity, MatchReasons.None));
        Assert.Throws<ArgumentException>(() => new OrganisationMatch(default, "n", 1, MatchReasons.None));
        Assert.Throws<ArgumentException>(() => new MatchReasons([default], [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyzedTerm("x", (TermKind)7, "x"));
    }

    [Fact]
    public void Default_values_format_as_the_empty_string()
    {
        Assert.Equal(string.Empty, default(IssueId).ToString());
        Assert.Equal(string.Empty, default(IssueScore).ToString());
        Assert.Equal(string.Empty, default(TermReason).ToString());
        Assert.Equal(string.Empty, default(AnalyzedTerm).ToString());
        Assert.True(default(IssueId).IsDefault);
        Assert.True(default(IssueScore).Issue.IsDefault);
        Assert.Equal(0d, default(IssueScore).Score);
        Assert.NotEqual(default, new IssueScore(IssueId.Parse("d001"), MemberCode.DenHaag, 1));
    }

    [Fact]
    public void A_null_theme_of_reasons_is_an_argument_null_exception()
    {
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new MatchReasons([], [null!], [])).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new MatchReasons([], [" "], [])).ParamName);
    }

    [Fact]
    public void Text_and_messages_are_culture_invariant()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            Assert.Equal("i1 (GM0518) 1.5", new IssueScore(s_id, MemberCode.DenHaag, 1.5).ToString());
            Assert.Equal("pesten 0.25", new TermReason("pesten", 0.25).ToString());
            Assert.Equal("i1 (GM0518) 2.5: Titel", new IssueMatch(s_id, MemberCode.DenHaag, "Titel", 2.5, MatchReasons.None).ToString());
            Assert.Equal("o1 2.5: Naam", new OrganisationMatch(OrganisationId.Parse("o1"), "Naam", 2.5, MatchReasons.None).ToString());
            Assert.Contains("1.5", Assert.Throws<ArgumentOutOfRangeException>(() => new TermReason("pesten", 1.5)).Message, StringComparison.Ordinal);
            Assert.Contains("-0.5", Assert.Throws<ArgumentOutOfRangeException>(() => new IssueScore(s_id, MemberCode.DenHaag, -0.5)).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
