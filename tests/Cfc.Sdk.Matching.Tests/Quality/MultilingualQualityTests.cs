using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Matching.Tests.Quality;

/// <summary>
/// Guards matching across languages on the development sets (121 Dutch issues and 192 in en/de/fr/es, the same 24 groups),
/// scored as the quality command scores them. Measured (src/Cfc.Sdk.Matching/README.md): cross-language nDCG@10 0.660,
/// own-language nDCG@10 de 0.664, en 0.686, es 0.606, fr 0.563; Dutch among all issues 0.763; organisations hit@3 for the
/// world issues 0.901; language detection 1.000 from title and text, 0.81 from the title alone. The floors sit under those
/// figures; the issue's targets are 0.50 across languages, 0.55 per language and 0.90 for organisations. Before words were
/// weighed among the issues of their own language, es, fr, Dutch among all and the organisations were below these floors.
/// </summary>
public sealed class MultilingualQualityTests
{
    private static readonly Lazy<LabelledSet> s_world = new(() => LabelledSet.Load(["dev-issues-world.jsonl"], "world-organisations.jsonl"));
    private static readonly Lazy<LabelledSet> s_all = new(() => LabelledSet.Load(["dev-issues.jsonl", "dev-issues-world.jsonl"], "dev-organisations.jsonl"));

    private static readonly string[] s_languages = ["de", "en", "es", "fr"];

    [Fact]
    public void Issues_match_across_languages_above_the_target()
    {
        var set = s_world.Value;
        using var index = set.BuildIndex();
        Assert.InRange(set.NdcgAt10(index, _ => true, query => s_languages.Where(l => l != query.Language).ToArray()), 0.62, 1.0);
    }

    [Theory]
    [InlineData("de", 0.62)]
    [InlineData("en", 0.64)]
    [InlineData("es", 0.58)]
    [InlineData("fr", 0.55)]
    public void Issues_match_within_their_own_language(string language, double floor)
    {
        var set = s_world.Value;
        using var index = set.BuildIndex();
        Assert.InRange(set.NdcgAt10(index, query => query.Language == language, _ => [language]), floor, 1.0);
    }

    [Fact]
    public void Dutch_matching_keeps_its_quality_beside_other_languages()
    {
        var set = s_all.Value;
        using var index = set.BuildIndex();
        Assert.InRange(set.NdcgAt10(index, query => query.Language == LanguageTag.Dutch, _ => [LanguageTag.Dutch]), 0.74, 1.0);
    }

    [Fact]
    public void Organisations_in_four_languages_are_found_for_issues_in_every_language()
    {
        var set = s_world.Value;
        using var index = set.BuildIndex();
        Assert.InRange(set.OrganisationHitAt3(index), 0.89, 1.0);
    }

    [Fact]
    public void The_language_of_an_issue_is_detected_from_its_title_and_text()
    {
        var issues = s_all.Value.Issues;
        var detected = issues.Count(d => TextAnalyzer.Default.DetectLanguage(d.Issue.Title + "\n" + d.Issue.Text) == d.Issue.Language);
        Assert.InRange(detected / (double)issues.Count, 0.95, 1.0);
    }

    [Fact]
    public void The_language_of_an_issue_is_mostly_detected_from_its_title_alone()
    {
        var issues = s_all.Value.Issues;
        var detected = issues.Count(d => TextAnalyzer.Default.DetectLanguage(d.Issue.Title) == d.Issue.Language);
        Assert.InRange(detected / (double)issues.Count, 0.70, 1.0);
    }
}
