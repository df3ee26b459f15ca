using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Pages.Tests.Components;

/// <summary>A match's reasons as a coordinator reads them: concepts in the reader's language with the whole phrases on each side, relevance in words or not at all.</summary>
public sealed class MatchListTests : BunitContext
{
    private static readonly Lazy<IssueMatch> s_acrossLanguages = new(() =>
    {
        using var index = new IssueIndex();
        index.Add(new LocalIssue(IssueId.Parse("nl"), MemberCode.Parse("GM0518"), "Schoolverzuim in de wijk", "Veel kinderen missen lessen.", language: "nl"));
        index.Add(new LocalIssue(IssueId.Parse("es"), MemberCode.Parse("ES-28079"), "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        return index.Match(IssueId.Parse("nl"), 10).Single(m => m.Issue == IssueId.Parse("es"));
    });

    private static readonly Lazy<IssueMatch> s_phraseOnBothSides = new(() =>
    {
        using var index = new IssueIndex();
        index.Add(new LocalIssue(IssueId.Parse("q"), MemberCode.Parse("ES-28079"), "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        index.Add(new LocalIssue(IssueId.Parse("m"), MemberCode.Parse("ES-08019"), "Abandono escolar en la ciudad", "Las familias piden ayuda.", language: "es"));
        return index.Match(IssueId.Parse("q"), 10).Single();
    });

    public MatchListTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
        Services.AddSingleton(TextAnalyzer.Default);
    }

    private IRenderedComponent<MatchList> Render(params IssueMatch[] matches) =>
        Render<MatchList>(p => p.Add(c => c.Issues, matches).Add(c => c.Names, new Dictionary<string, string> { ["ES-28079"] = "Madrid" }));

    [Theory]
    [InlineData("nl", "schoolverzuim (Schoolverzuim ↔ Absentismo escolar)")]
    [InlineData("en", "absence (Schoolverzuim ↔ Absentismo escolar)")]
    [InlineData("es-ES", "absentismo (Schoolverzuim ↔ Absentismo escolar)")]
    public void A_concept_shared_across_languages_is_labelled_in_the_readers_language_with_the_whole_phrase_on_each_side(string culture, string shown)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var concepts = Render(s_acrossLanguages.Value).Find("li.match .concepts").TextContent;

        Assert.Contains(shown, concepts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Spaans")]
    [InlineData("en", "Spanish")]
    [InlineData("es-ES", null)]
    public void A_match_in_another_language_than_the_page_names_it_and_marks_its_title(string culture, string? shown)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var match = Render(s_acrossLanguages.Value).Find("li.match");

        Assert.Equal(shown, match.QuerySelector(".language")?.TextContent);
        Assert.Equal("es", match.QuerySelector("a[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public void No_word_is_shown_both_as_a_shared_word_and_inside_a_concept()
    {
        var match = s_phraseOnBothSides.Value;
        var carriers = match.Reasons.Concepts.SelectMany(c => c.QueryWords.Concat(c.MatchWords)).ToArray();

        var reasons = Render(match).Find("li.match .reasons");
        var words = reasons.QuerySelectorAll(".terms mark").Select(m => m.TextContent).ToArray();

        Assert.Contains("(Absentismo escolar ↔ Abandono escolar)", reasons.QuerySelector(".concepts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(words, w => carriers.Any(c => c.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_relevance_is_worded_and_the_lowest_band_says_unlikely_while_an_unknown_one_says_nothing()
    {
        var match = s_acrossLanguages.Value;
        var low = new IssueMatch(match.Issue, match.Member, match.Title, match.Score, match.Reasons, match.Language, 0.1);
        var possible = new IssueMatch(match.Issue, match.Member, match.Title, match.Score, match.Reasons, match.Language, 0.3);
        var unknown = new IssueMatch(match.Issue, match.Member, match.Title, match.Score, match.Reasons, match.Language);

        var items = Render(low, possible, unknown).FindAll("li.match");

        Assert.Equal("waarschijnlijk niet relevant", items[0].QuerySelector(".relevance")!.TextContent);
        Assert.Equal("mogelijk relevant", items[1].QuerySelector(".relevance")!.TextContent);
        Assert.Null(items[2].QuerySelector(".relevance"));
    }
}
