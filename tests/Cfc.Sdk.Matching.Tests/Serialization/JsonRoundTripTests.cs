using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions s_plain = new JsonSerializerOptions().ConfigureForCfcSdk();
    private static readonly JsonSerializerOptions s_web = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    public static TheoryData<string> Settings => ["plain", "web"];

    private static readonly Gen<LocalIssue> s_issue =
        from id in Gen.String[Gen.Char["abz09-_."], 1, 20].Where(s => char.IsAsciiLetterOrDigit(s[0]))
        from member in Gen.Int[1, 8999]
        from title in Gen.String[Gen.Char.AlphaNumeric, 1, 40]
        from text in Gen.String
        from themes in Gen.String[Gen.Char.AlphaNumeric, 1, 10].Array[0, 4]
        from articles in Gen.Int[CrcArticle.First, CrcArticle.Last].Array[0, 4]
        from ageGroups in Gen.Int[0, 15]
        from opened in Gen.Int[-1, 20000]
        select new LocalIssue(
            IssueId.Parse(id),
            MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GM{member:0000}")),
            title,
            text,
            themes,
            articles.Select(CrcArticle.FromNumber),
            (AgeGroups)ageGroups,
            opened < 0 ? null : new LocalDate(2000, 1, 1).PlusDays(opened));

    private static JsonSerializerOptions Options(string settings) => settings == "web" ? s_web : s_plain;

    private static T RoundTrip<T>(T value, string settings) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options(settings)), Options(settings))!;

    private static LocalIssue Sample() => new(
        IssueId.Parse("gm0518-2024-03"),
        MemberCode.DenHaag,
        "Kinderen in armoede",
        "Veel gezinnen hebben schulden en kunnen de sportclub niet betalen.",
        ["sport", "armoede"],
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity],
        AgeGroups.Children | AgeGroups.Adolescents,
        new LocalDate(2024, 3, 1));

    [Theory]
    [MemberData(nameof(Settings))]
    public void A_local_issue_round_trips(string settings) =>
        s_issue.Sample(issue => Assert.Equal(issue, RoundTrip(issue, settings)), iter: 500);

    [Fact]
    public void The_stored_json_of_a_local_issue_is_approved() => Approvals.VerifyJson(Sample());

    [Theory]
    [InlineData("""{"id":"i1","member":"GM0518","title":" ","text":""}""", "title")]
    [InlineData("""{"id":"-x","member":"GM0518","title":"t","text":""}""", "not an issue id")]
    [InlineData("""{"id":"i1","member":"GM0000","title":"t","text":""}""", "member code")]
    [InlineData("""{"id":"i1","member":"GM0518","text":""}""", "title")]
    [InlineData("""{"id":"i1","member":"GM0518","title":null,"text":""}""", "title")]
    [InlineData("""{"id":"i1","member":"GM0518","title":"t","text":"","articles":[0]}""", "names no article")]
    [InlineData("""{"id":"i1","member":"GM0518","title":"t","text":"","themes":[" "]}""", "theme")]
    [InlineData("""{"id":"i1","member":"GM0518","title":"t","text":"","ageGroups":"Teenagers"}""", "")]
    [InlineData("""{"id":"i1","member":"GM0518","title":"t","text":"","ageGroups":64}""", "")]
    [InlineData("""{"id":"i1","member":"GM0518","title":"t","text":"","opened":"2024-02-30"}""", "")]
    public void An_invalid_local_issue_is_rejected_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalIssue>(json, s_web));
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_local_issue_without_optional_fields_has_none()
    {
        var issue = JsonSerializer.Deserialize<LocalIssue>("""{"id":"i1","member":"GM0518","title":"t","text":""}""", s_web)!;
        Assert.Empty(issue.Themes);
        Assert.Empty(issue.Articles);
        Assert.Equal(AgeGroups.None, issue.AgeGroups);
        Assert.Null(issue.Opened);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Issue_ids_round_trip_as_dictionary_keys(string settings)
    {
        var byId = new Dictionary<IssueId, int> { [IssueId.Parse("d001")] = 1, [IssueId.Parse("gm0518-2024.03_b")] = 2 };
        Assert.Equal(byId, RoundTrip(byId, settings));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<IssueId, int>>("""{"-x":1}""", Options(settings)));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Matches_and_their_reasons_round_trip(string settings)
    {
        using var index = DevIndex();
        var buffer = new IssueScore[10];
        foreach (var (issue, _) in DevIssues)
        {
            var matches = index.Match(issue.Id, 10);
            Assert.Equal(matches, RoundTrip(matches.ToArray(), settings));
            Assert.All(matches, m => Assert.Equal(m.Reasons, RoundTrip(m.Reasons, settings)));
            Assert.All(matches.SelectMany(m => m.Reasons.Terms), t => Assert.Equal(t, RoundTrip(t, settings)));
            var organisations = index.MatchOrganisations(issue.Id, 3);
            Assert.Equal(organisations, RoundTrip(organisations.ToArray(), settings));
            var count = index.Match(issue.Id, buffer);
            Assert.Equal(buffer.Take(count), RoundTrip(buffer.Take(count).ToArray(), settings));
        }
    }

    [Fact]
    public void The_stored_json_of_a_match_is_approved() =>
        Approvals.VerifyJson(new IssueMatch(
            IssueId.Parse("d033"),
            MemberCode.Parse("GM0193"),
            "Fietsroute naar het sportpark onveilig",
            29.25,
            new MatchReasons(
                [new("onveilig", 0.375), new("Fietsroute", 0.3125)],
                [new ConceptReason("verkeersveiligheid", "verkeersveiligheid", ["onveilig"], ["gevaarlijke oversteek"], 0.125)],
                ["verkeer"],
                [CrcArticle.LifeSurvivalAndDevelopment]),
            relevance: 0.71));

    [Theory]
    [MemberData(nameof(Settings))]
    public void Reasons_with_shared_concepts_round_trip(string settings)
    {
        var reasons = new MatchReasons(
            [new("onveilig", 0.375)],
            [new ConceptReason("schoolverzuim", "schoolverzuim", ["Schoolverzuim"], ["Absentismo escolar"], 0.25), new ConceptReason("pleegzorg", "pleegzorg", [], ["pleeggezin"], 0.5)],
            ["verkeer"],
            [CrcArticle.LifeSurvivalAndDevelopment]);

        var read = RoundTrip(reasons, settings);

        Assert.Equal(reasons, read);
        Assert.Equal(["pleegzorg", "schoolverzuim"], read.Concepts.Select(c => c.Concept));
    }

    [Fact]
    public void Reasons_stored_before_concepts_were_reasons_read_without_concepts()
    {
        var read = JsonSerializer.Deserialize<MatchReasons>("""{"terms":[{"text":"pesten","share":0.5}],"themes":["veiligheid"],"articles":[19]}""", s_web)!;

        Assert.Empty(read.Concepts);
        Assert.Equal(new MatchReasons([new("pesten", 0.5)], ["veiligheid"], [CrcArticle.ProtectionFromViolence]), read);
    }

    [Theory]
    [InlineData("""{"concept":"~pleegzorg","label":"pleegzorg","queryWords":[],"matchWords":[],"share":0.5}""")]
    [InlineData("""{"concept":"pleegzorg","label":" ","queryWords":[],"matchWords":[],"share":0.5}""")]
    [InlineData("""{"concept":"pleegzorg","label":"pleegzorg","queryWords":[""],"matchWords":[],"share":0.5}""")]
    [InlineData("""{"concept":"pleegzorg","label":"pleegzorg","queryWords":[],"share":0.5}""")]
    [InlineData("""{"concept":"pleegzorg","label":"pleegzorg","queryWords":[],"matchWords":[],"share":2}""")]
    public void An_invalid_concept_reason_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConceptReason>(json, s_web));

    [Theory]
    [InlineData("""{"issue":"d001","member":"GM0518","score":0}""")]
    [InlineData("""{"issue":"d001","member":"GM0518","score":"NaN"}""")]
    [InlineData("""{"issue":"d001","score":1.5}""")]
    [InlineData("""{"issue":"","member":"GM0518","score":1.5}""")]
    public void An_invalid_issue_score_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IssueScore>(json, s_web));

    [Theory]
    [InlineData("""{"text":"pesten","share":1.5}""")]
    [InlineData("""{"text":" ","share":0.5}""")]
    [InlineData("""{"share":0.5}""")]
    [InlineData("null")]
    public void An_invalid_term_reason_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TermReason>(json, s_web));

    [Theory]
    [InlineData("""{"issue":"d001","member":"GM0518","title":"t","score":1,"reasons":null}""", typeof(IssueMatch))]
    [InlineData("""{"issue":"d001","member":"GM0518","title":"","score":1,"reasons":{"terms":[],"themes":[],"articles":[]}}""", typeof(IssueMatch))]
    [InlineData("""{"organisation":"o1","name":"n","score":-1,"reasons":{"terms":[],"themes":[],"articles":[]}}""", typeof(OrganisationMatch))]
    [InlineData("""{"terms":[],"themes":[" "],"articles":[]}""", typeof(MatchReasons))]
    [InlineData("""{"terms":[],"themes":[]}""", typeof(MatchReasons))]
    public void Invalid_matches_and_reasons_are_rejected(string json, Type type) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, s_web));

    [Theory]
    [MemberData(nameof(Settings))]
    public void Concept_suggestions_round_trip_and_invalid_ones_are_rejected(string settings)
    {
        var suggestions = new ConceptSuggestions(
        [
            new ConceptSuggestion("schoolverzuim", "en", ["truancy"], isNewConcept: false, 23.4, 5, 7, 6, 48),
            new ConceptSuggestion("suggested-nl-grolpen-zwabbers", "nl", ["grolpen", "zwabbers"], isNewConcept: true, 16.6, 2, 2, 2, 48),
        ]);

        Assert.Equal(suggestions, RoundTrip(suggestions, settings));
        Assert.Equal(suggestions.Suggestions[0], RoundTrip(suggestions.Suggestions[0], settings));
        Assert.Equal(ConceptSuggestions.None, RoundTrip(ConceptSuggestions.None, settings));
        var json = JsonSerializer.Serialize(suggestions.Suggestions[0], Options(settings));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConceptSuggestion>(json.Replace("schoolverzuim", "School verzuim", StringComparison.Ordinal), Options(settings)));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Analysed_terms_and_the_thesaurus_round_trip(string settings)
    {
        var terms = TextAnalyzer.Default.Analyze("Gezinnen met een krappe beurs en schoolverzuim");
        Assert.Equal(terms, RoundTrip(terms.ToArray(), settings));
        Assert.Equal(ConceptScheme.Default, RoundTrip(ConceptScheme.Default, settings));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConceptScheme>("\"Hoofdletter: woord\"", Options(settings)));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnalyzedTerm>("""{"term":"","kind":"Word","surface":"x"}""", Options(settings)));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Matching_options_round_trip(string settings)
    {
        var options = new MatchingOptions { TitleWeight = 2.5, B = 0.25, MaxQueryTerms = 32, UseBuiltInThesaurus = false, MinScore = 1.5, CommonWordWeight = 0.25 };
        options.ThesaurusFiles.Add("eigen.txt");
        options.ThesaurusEntries.Add("sport: padel");
        options.CompoundParts.Add("padel");
        options.CommonWords.Add("inwoners");

        var json = JsonSerializer.Serialize(options, Options(settings));
        var read = JsonSerializer.Deserialize<MatchingOptions>(json, Options(settings))!;

        Assert.Equal(json, JsonSerializer.Serialize(read, Options(settings)));
        Assert.Equal(["eigen.txt"], read.ThesaurusFiles);
        Assert.Equal(["padel"], read.CompoundParts);
        Assert.Equal(1.5, read.MinScore);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("web")]
    public void A_default_score_reason_or_term_is_not_written_because_it_could_not_be_read_back(string settings)
    {
        Assert.Contains("IssueScore", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(IssueScore), Options(settings))).Message, StringComparison.Ordinal);
        Assert.Contains("TermReason", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(TermReason), Options(settings))).Message, StringComparison.Ordinal);
        Assert.Contains("AnalyzedTerm", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Cfc.Sdk.Matching.Analysis.AnalyzedTerm), Options(settings))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_property_is_reported_with_the_type_name_not_its_stored_form()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IssueScore>("""{"issue":"d001","member":"GM0518"}""", s_web));
        Assert.Contains("IssueScore", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("+Shape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_member_code_in_a_score_is_a_json_exception()
    {
        // MemberCode refuses it with a FormatException, which the converter turns into a JsonException.
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IssueScore>("""{"issue":"d001","member":"XX","score":1}""", s_web));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void A_member_s_issues_round_trip(string settings)
    {
        var issues = MemberIssues.Of(MemberCode.DenHaag, [Sample(), new LocalIssue(IssueId.Parse("a-1"), MemberCode.DenHaag, "Speelruimte", "Te weinig plek.")]);

        Assert.Equal(issues, RoundTrip(issues, settings));
        Assert.Equal(MemberIssues.Empty(MemberCode.Bonaire), RoundTrip(MemberIssues.Empty(MemberCode.Bonaire), settings));
    }

    [Theory]
    [InlineData("""{"member":"GM0518","issues":[{"id":"a-1","member":"GM1942","title":"t","text":"x"}]}""", "is of GM1942, not of GM0518")]
    [InlineData("""{"member":"GM0518","issues":[{"id":"a-1","member":"GM0518","title":"t","text":"x"},{"id":"a-1","member":"GM0518","title":"u","text":"y"}]}""", "twice")]
    public void Stored_issues_of_another_member_or_with_an_id_twice_are_rejected(string json, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MemberIssues>(json, s_web));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_type_that_can_be_stored_has_a_round_trip_test_here()
    {
        // The tests above round-trip these; a new public type fails here until it has one too.
        Type[] roundTripped =
        [
            typeof(LocalIssue), typeof(IssueId), typeof(AgeGroups), typeof(IssueMatch), typeof(OrganisationMatch), typeof(MatchReasons),
            typeof(TermReason), typeof(ConceptReason), typeof(IssueScore), typeof(AnalyzedTerm), typeof(TermKind), typeof(ConceptScheme), typeof(MatchingOptions),
            typeof(MemberIssues), typeof(ConceptSuggestions), typeof(ConceptSuggestion),
        ];
        Type[] services = [typeof(IssueIndex), typeof(TextAnalyzer), typeof(LanguageAnalysis), typeof(ConceptSuggester)];

        var stored = typeof(IssueIndex).Assembly.GetExportedTypes()
            .Where(t => !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !services.Contains(t));

        Assert.Equal(roundTripped.Select(t => t.FullName).Order(), stored.Select(t => t.FullName).Order());
    }
}
