namespace Cfc.Sdk.Matching;

/// <summary>
/// Turns a match's score into its relevance, the estimated chance that a coordinator judges the match relevant:
/// the score is first normalised by the query's score against itself (its similarity, about 0 to 1 whatever the
/// query's length or the index's size), then mapped by a logistic curve fitted on the labelled development set
/// (relevant: the same problem) and checked on the blind set; see the package README.
/// </summary>
internal static class MatchRelevance
{
    // Logistic curves P(relevant) = 1 / (1 + e^-(A + B * similarity)), fitted by maximum likelihood on the top 10 of every
    // query of the development set (issues) and the top 3 (organisations).
    // Issues: similarity 0.167 gives 0.5; organisations: 0.403.
    private const double IssueA = -2.452;
    private const double IssueB = 14.717;
    private const double OrganisationA = -3.579;
    private const double OrganisationB = 8.888;

    public static double OfIssue(double score, double selfScore) => Curve(IssueA, IssueB, score, selfScore);

    public static double OfOrganisation(double score, double selfScore) => Curve(OrganisationA, OrganisationB, score, selfScore);

    private static double Curve(double a, double b, double score, double selfScore)
    {
        var similarity = selfScore > 0 ? score / selfScore : 0;
        return Math.Round(1 / (1 + Math.Exp(-(a + (b * similarity)))), 4);
    }
}
