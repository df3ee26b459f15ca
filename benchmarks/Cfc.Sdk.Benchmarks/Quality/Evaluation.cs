using Cfc.Sdk.Benchmarks.Engines;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>The measures of the development set's README, averaged over its queries.</summary>
public sealed record QualityScores(double Ndcg10, double Mrr, double P5, int Queries, double OrgHit3, double OrgP3);

/// <summary>nDCG@10 and MRR over the queries of a scope (the queries of one language, or every query ranking other languages only).</summary>
public sealed record ScopedScores(double Ndcg10, double Mrr, int Queries);

/// <summary>
/// Scores an engine as the development set's README prescribes: index every issue; for each issue the top 10
/// issues of other members, relevant = same group (nDCG@10 with binary gains, MRR, P@5); for organisations
/// the top 3, relevant = the organisation serves the issue's group (hit@3, P@3).
/// </summary>
public static class Evaluation
{
    public static QualityScores Score(IMatchEngine engine, IReadOnlyList<LabelledIssue> issues, IReadOnlyList<LabelledOrganisation> organisations, IDictionary<string, double>? ndcgByGroup = null)
    {
        engine.Build(issues.Select(i => i.Issue).ToArray(), organisations.Select(o => o.Organisation).ToArray());
        var groupOf = issues.ToDictionary(i => i.Issue.Id.ToString(), i => i.Group, StringComparer.Ordinal);
        var groupsOf = organisations.ToDictionary(o => o.Organisation.Id.Organisation!.Value.ToString(), o => o.Groups, StringComparer.Ordinal);
        double ndcg = 0, mrr = 0, p5 = 0, hit3 = 0, p3 = 0;
        foreach (var (issue, group) in issues)
        {
            var relevantCount = issues.Count(o => o.Group == group && o.Issue.Member != issue.Member);
            var ranked = engine.MatchIssues(issue, 10);
            double dcg = 0, idcg = 0;
            var firstHit = 0;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (groupOf[ranked[i]] == group)
                {
                    dcg += 1 / Math.Log2(i + 2);
                    firstHit = firstHit == 0 ? i + 1 : firstHit;
                    p5 += i < 5 ? 1.0 / 5 : 0;
                }
            }

            for (var i = 0; i < Math.Min(relevantCount, 10); i++)
            {
                idcg += 1 / Math.Log2(i + 2);
            }

            ndcg += idcg > 0 ? dcg / idcg : 0;
            if (ndcgByGroup is not null)
            {
                ndcgByGroup[group] = ndcgByGroup.TryGetValue(group, out var sum) ? sum + (idcg > 0 ? dcg / idcg : 0) : (idcg > 0 ? dcg / idcg : 0);
            }
            mrr += firstHit > 0 ? 1.0 / firstHit : 0;
            if (organisations.Count > 0)
            {
                var top = engine.MatchOrganisations(issue, 3);
                var relevant = top.Count(o => groupsOf[o].Contains(group));
                hit3 += relevant > 0 ? 1 : 0;
                p3 += relevant / 3.0;
            }
        }

        var n = issues.Count;
        return new QualityScores(ndcg / n, mrr / n, p5 / n, n, hit3 / n, p3 / n);
    }

    /// <summary>
    /// Scores an engine already built by <see cref="Score"/> on the queries <paramref name="asks"/> selects, each ranking only
    /// the issues in the languages <paramref name="languagesFor"/> gives for it; relevant = same group, other member, one of
    /// those languages. Queries without a relevant issue in scope are left out.
    /// </summary>
    public static ScopedScores Scoped(IMatchEngine engine, IReadOnlyList<LabelledIssue> issues, Func<LabelledIssue, bool> asks, Func<LabelledIssue, IReadOnlyCollection<string>> languagesFor)
    {
        var groupOf = issues.ToDictionary(i => i.Issue.Id.ToString(), i => i.Group, StringComparer.Ordinal);
        double ndcg = 0, mrr = 0;
        var queries = 0;
        foreach (var query in issues.Where(asks))
        {
            var languages = languagesFor(query);
            var relevantCount = issues.Count(o => o.Group == query.Group && o.Issue.Member != query.Issue.Member && languages.Contains(o.Issue.Language ?? "nl"));
            if (relevantCount == 0)
            {
                continue;
            }

            var ranked = engine.MatchIssues(query.Issue, 10, languages);
            double dcg = 0, idcg = 0;
            var firstHit = 0;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (groupOf[ranked[i]] == query.Group)
                {
                    dcg += 1 / Math.Log2(i + 2);
                    firstHit = firstHit == 0 ? i + 1 : firstHit;
                }
            }

            for (var i = 0; i < Math.Min(relevantCount, 10); i++)
            {
                idcg += 1 / Math.Log2(i + 2);
            }

            ndcg += dcg / idcg;
            mrr += firstHit > 0 ? 1.0 / firstHit : 0;
            queries++;
        }

        return queries == 0 ? new ScopedScores(0, 0, 0) : new ScopedScores(ndcg / queries, mrr / queries, queries);
    }
}
