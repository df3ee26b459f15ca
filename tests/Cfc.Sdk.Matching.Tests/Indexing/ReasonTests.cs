using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

public sealed class ReasonTests
{
    [Fact]
    public void A_match_that_shares_only_common_words_is_not_proposed()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Kinderen en ouders in de wijk", "Jongeren en gezinnen missen graffitimuren."));
        index.Add(Issue("common", "GM0002", "Ouders van jonge kinderen", "Gezinnen en jongeren hebben vragen."));
        index.Add(Issue("shared", "GM0003", "Graffitimuren voor kinderen", "Jongeren spuiten graffitimuren vol."));

        var matches = index.Match(IssueId.Parse("q"), 10);

        var match = Assert.Single(matches);
        Assert.Equal("shared", match.Issue.ToString());
        Assert.Contains(match.Reasons.Terms, t => t.Text.StartsWith("Graffitimuren", StringComparison.OrdinalIgnoreCase));
        var buffer = new IssueScore[10];
        Assert.Equal(1, index.Match(IssueId.Parse("q"), buffer));
        Assert.Empty(index.Match(Issue("draft", "GM0009", "Kinderen, ouders en jongeren"), 10));
    }

    [Fact]
    public void Issues_that_share_only_a_concept_reached_through_words_that_are_not_common_match()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Tekort aan pleegzorg", "Er zijn te weinig plekken."));
        index.Add(Issue("m", "GM0002", "Een pleeggezin gezocht", "Wie meldt zich?"));
        index.Add(Issue("other", "GM0003", "Ouders zoeken een gezin", "Kinderen willen ook iets."));
        index.Add(Issue("x1", "GM0004", "Verkeer bij de school", "Auto's rijden te hard."));
        index.Add(Issue("x2", "GM0005", "Schulden van jongeren", "Armoede in de wijk."));
        index.Add(Issue("x3", "GM0006", "Pesten op het schoolplein", "Online pesten neemt toe."));

        var match = Assert.Single(index.Match(IssueId.Parse("q"), 10));
        Assert.Equal("m", match.Issue.ToString());
    }

    [Fact]
    public void A_shared_word_occurs_in_both_texts_and_a_concept_reached_through_the_thesaurus_is_never_shown_as_one()
    {
        using var index = DevIndex();
        foreach (var (issue, _) in DevIssues)
        {
            var query = string.Join(' ', [issue.Title, issue.Text, .. issue.Themes]);
            foreach (var match in index.Match(issue.Id, 10))
            {
                Assert.DoesNotContain(match.Reasons.Terms, t => t.Text.StartsWith('~'));
                foreach (var concept in match.Reasons.Concepts)
                {
                    Assert.All(concept.QueryWords, w => Assert.Contains(w, query, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void A_concept_carried_by_different_words_is_a_concept_with_the_words_on_each_side_not_a_shared_word()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Tekort aan pleegzorg", "Er zijn te weinig plekken."));
        index.Add(Issue("m", "GM0002", "Een pleeggezin gezocht", "Wie meldt zich?"));

        var reasons = Assert.Single(index.Match(IssueId.Parse("q"), 10)).Reasons;

        Assert.DoesNotContain(reasons.Terms, t => t.Text.Contains("pleeg", StringComparison.OrdinalIgnoreCase));
        var concept = Assert.Single(reasons.Concepts);
        Assert.Equal(index.Analyzer.Concepts.ConceptLabel(concept.Concept, "nl"), concept.Label);
        Assert.Equal(["pleegzorg"], concept.QueryWords);
        Assert.Equal(["pleeggezin"], concept.MatchWords);
        Assert.True(concept.Share > 0);
    }

    [Fact]
    public void A_concept_shared_across_languages_is_labelled_in_the_language_of_the_query()
    {
        using var index = new IssueIndex();
        index.Add(Issue("nl", "GM0001", "Schoolverzuim in de wijk", "Veel kinderen missen lessen.", language: "nl"));
        index.Add(Issue("es", "ES-28079", "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        index.Add(Issue("en", "GB-E08000025", "Persistent absence in our wards", "Many pupils miss lessons.", language: "en"));

        var fromDutch = index.Match(IssueId.Parse("nl"), 10).Single(m => m.Issue == IssueId.Parse("es")).Reasons.Concepts.Single(c => c.Concept == "schoolverzuim");
        var fromEnglish = index.Match(IssueId.Parse("en"), 10).Single(m => m.Issue == IssueId.Parse("es")).Reasons.Concepts.Single(c => c.Concept == "schoolverzuim");

        Assert.Equal(index.Analyzer.Concepts.ConceptLabel("schoolverzuim", "nl"), fromDutch.Label);
        Assert.Equal(index.Analyzer.Concepts.ConceptLabel("schoolverzuim", "en"), fromEnglish.Label);
        Assert.NotEqual(fromDutch.Label, fromEnglish.Label);
        Assert.Equal(["Schoolverzuim"], fromDutch.QueryWords);
        Assert.Equal(["Absentismo escolar"], fromDutch.MatchWords);
        Assert.StartsWith($"schoolverzuim (Schoolverzuim ↔ {fromDutch.MatchWords[0]}) ", fromDutch.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_inside_the_words_that_carried_a_concept_is_part_of_that_reason_not_also_a_shared_word()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "ES-28079", "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        index.Add(Issue("m", "ES-08019", "Abandono escolar en la ciudad", "Las familias piden ayuda.", language: "es"));

        var reasons = Assert.Single(index.Match(IssueId.Parse("q"), 10)).Reasons;

        var concept = reasons.Concepts.Single(c => c.Concept == "schoolverzuim");
        Assert.Equal(["Absentismo escolar"], concept.QueryWords);
        Assert.Equal(["Abandono escolar"], concept.MatchWords);
        var carriers = reasons.Concepts.SelectMany(c => c.QueryWords.Concat(c.MatchWords)).ToArray();
        Assert.DoesNotContain(reasons.Terms, t => carriers.Any(c => c.Contains(t.Text, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(1, reasons.Terms.Sum(t => t.Share) + reasons.Concepts.Sum(c => c.Share), 2);
    }

    [Fact]
    public void A_concept_carried_by_a_word_both_texts_hold_is_that_shared_word_and_not_also_a_concept()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "ES-28079", "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        index.Add(Issue("m", "ES-08019", "El absentismo preocupa", "Las familias piden ayuda.", language: "es"));

        var reasons = Assert.Single(index.Match(IssueId.Parse("q"), 10)).Reasons;

        Assert.Contains(reasons.Terms, t => t.Text == "absentismo");
        Assert.DoesNotContain(reasons.Concepts, c => c.Concept == "schoolverzuim");
        Assert.Equal(1, reasons.Terms.Sum(t => t.Share) + reasons.Concepts.Sum(c => c.Share), 2);
    }

    [Fact]
    public void Reasons_read_in_another_language_label_their_concepts_for_that_reader_and_keep_the_words_as_written()
    {
        using var index = new IssueIndex();
        index.Add(Issue("nl", "GM0001", "Schoolverzuim in de wijk", "Veel kinderen missen lessen.", language: "nl"));
        index.Add(Issue("es", "ES-28079", "Absentismo escolar en el barrio", "Muchos alumnos faltan a clase.", language: "es"));
        var reasons = index.Match(IssueId.Parse("nl"), 10).Single().Reasons;

        var forEnglish = reasons.InLanguage(index.Analyzer.Concepts, "en-GB");

        var concept = forEnglish.Concepts.Single(c => c.Concept == "schoolverzuim");
        Assert.Equal(index.Analyzer.Concepts.ConceptLabel("schoolverzuim", "en"), concept.Label);
        Assert.Equal(reasons.Concepts.Single(c => c.Concept == "schoolverzuim").QueryWords, concept.QueryWords);
        Assert.Equal(reasons.Terms, forEnglish.Terms);
        Assert.Same(reasons, reasons.InLanguage(index.Analyzer.Concepts, "nl"));
    }

    [Fact]
    public void A_common_word_counts_less_than_another_word_it_is_shared_with()
    {
        static TermReason[] Reasons(MatchingOptions options)
        {
            using var index = new IssueIndex(options);
            index.Add(Issue("q", "GM0001", "Graffiti kinderen"));
            index.Add(Issue("m", "GM0002", "Kinderen graffiti"));
            return [.. Assert.Single(index.Match(IssueId.Parse("q"), 10)).Reasons.Terms];
        }

        var reasons = Reasons(new MatchingOptions());
        Assert.Equal(["graffiti", "Kinderen"], reasons.Select(r => r.Text));
        Assert.True(reasons[0].Share > reasons[1].Share);

        var unweighted = Reasons(new MatchingOptions { CommonWordWeight = 1 });
        Assert.Equal(unweighted[0].Share, unweighted[1].Share);
    }

    [Fact]
    public void Function_words_are_never_reasons()
    {
        using var index = DevIndex();
        var stopWords = new[] { "we", "wij", "ons", "onze", "jullie", "hun", "ze" };
        foreach (var (issue, _) in DevIssues)
        {
            foreach (var match in index.Match(issue.Id, 10))
            {
                Assert.DoesNotContain(match.Reasons.Terms, t => stopWords.Contains(t.Text, StringComparer.OrdinalIgnoreCase));
                Assert.True(
                    match.Reasons.Terms.Any(t => !index.Analyzer.IsCommonWord(t.Text)) || match.Reasons.Concepts.Count > 0 || match.Reasons.Themes.Count > 0 || match.Reasons.Articles.Count > 0,
                    $"{issue.Id} -> {match.Issue}: {match.Reasons}");
            }
        }
    }

    [Fact]
    public void Nothing_below_the_minimum_score_is_returned()
    {
        var issues = DevIssues.Select(d => d.Issue).ToArray();
        var query = IssueId.Parse("d006");
        using var all = new IssueIndex();
        all.AddRange(issues);
        var unfiltered = all.Match(query, 20);
        var minimum = unfiltered[unfiltered.Count / 2].Score;

        using var index = new IssueIndex(new MatchingOptions { MinScore = minimum });
        index.AddRange(issues);

        Assert.Equal(unfiltered.Where(m => m.Score >= minimum), index.Match(query, 20));
        var buffer = new IssueScore[20];
        Assert.Equal(unfiltered.Count(m => m.Score >= minimum), index.Match(query, buffer));
        using var none = new IssueIndex(new MatchingOptions { MinScore = unfiltered[0].Score * 2 });
        none.AddRange(issues);
        Assert.Empty(none.Match(query, 20));
    }

    [Fact]
    public void A_concept_phrase_that_ends_the_text_is_shown_as_written()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Gezinnen met schulden", "De kinderen doen niet mee."));
        index.Add(Issue("m", "GM0002", "Sportclub voor iedereen", "Veel ouders leven van een laag inkomen"));

        var match = Assert.Single(index.Match(IssueId.Parse("q"), 10));

        var concept = Assert.Single(match.Reasons.Concepts);
        Assert.Equal(["laag inkomen"], concept.MatchWords);
    }
}
