using System.Text.Json;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Serialization;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Quality;

/// <summary>
/// A match's relevance is a calibrated chance: from 0 to 1, falling with the rank within a query, and on the blind set
/// (never used to fit it) a better forecast of which matches are relevant than the share of relevant matches alone.
/// </summary>
public sealed class RelevanceTests
{
    [Fact]
    public void Relevance_is_a_chance_that_falls_with_the_score_of_one_query()
    {
        using var index = DevIndex();
        foreach (var (issue, _) in DevIssues)
        {
            var matches = index.Match(issue.Id, 10);
            Assert.All(matches, m => Assert.InRange(Assert.NotNull(m.Relevance), 0, 1));
            Assert.Equal(matches.OrderByDescending(m => m.Relevance).Select(m => m.Relevance), matches.Select(m => m.Relevance));
            Assert.All(index.MatchOrganisations(issue.Id, 3), m => Assert.InRange(Assert.NotNull(m.Relevance), 0, 1));
        }
    }

    [Fact]
    public void On_the_blind_set_relevance_forecasts_better_than_the_share_of_relevant_matches()
    {
        using var index = Blind.BuildIndex();
        var groups = Blind.Issues.ToDictionary(i => i.Issue.Id, i => i.Group);
        var organisations = Blind.Organisations.ToDictionary(o => o.Organisation.Id.Organisation!.Value, o => o.Groups);
        var issues = new List<(double Relevance, bool Relevant)>();
        var experts = new List<(double Relevance, bool Relevant)>();
        foreach (var (issue, group) in Blind.Issues)
        {
            issues.AddRange(index.Match(issue.Id, 10).Select(m => (m.Relevance!.Value, groups[m.Issue] == group)));
            experts.AddRange(index.MatchOrganisations(issue.Id, 3).Select(m => (m.Relevance!.Value, organisations[m.Organisation].Contains(group))));
        }

        foreach (var forecasts in new[] { issues, experts })
        {
            var rate = forecasts.Average(f => f.Relevant ? 1.0 : 0.0);
            var brier = forecasts.Average(f => Math.Pow(f.Relevance - (f.Relevant ? 1 : 0), 2));
            var baseline = forecasts.Average(f => Math.Pow(rate - (f.Relevant ? 1 : 0), 2));
            Assert.True(brier < baseline, $"Brier score {brier:0.0000} against {baseline:0.0000} for the share of relevant matches alone.");
        }
    }

    [Fact]
    public void A_match_stored_before_relevance_existed_reads_with_an_unknown_relevance_left_out_of_the_json_and_a_relevance_outside_0_to_1_is_refused()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var match = JsonSerializer.Deserialize<IssueMatch>("""{"issue":"d001","member":"GM0518","title":"Verzuim","score":3.25,"reasons":{"terms":[],"themes":[],"articles":[]}}""", options)!;
        Assert.Null(match.Relevance);
        var json = JsonSerializer.Serialize(match with { }, options);
        Assert.DoesNotContain("relevance", json, StringComparison.Ordinal);
        Assert.Equal(match, JsonSerializer.Deserialize<IssueMatch>(json, options));
        var expert = JsonSerializer.Deserialize<OrganisationMatch>("""{"organisation":"o1","name":"X","score":1,"reasons":{"terms":[],"themes":[],"articles":[]}}""", options)!;
        Assert.Null(expert.Relevance);
        Assert.Equal(0, JsonSerializer.Deserialize<IssueMatch>(json.Insert(json.Length - 1, ",\"relevance\":0"), options)!.Relevance);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IssueMatch(IssueId.Parse("d001"), Cfc.Sdk.Network.MemberCode.DenHaag, "Verzuim", 3.25, MatchReasons.None, relevance: 1.5));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrganisationMatch>("""{"organisation":"o1","name":"X","score":1,"relevance":-0.1,"reasons":{"terms":[],"themes":[],"articles":[]}}""", options));
    }
}
