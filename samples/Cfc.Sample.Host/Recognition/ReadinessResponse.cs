using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using NodaTime;

namespace Cfc.Sample.Host.Recognition;

/// <summary>
/// A member's readiness for recognition on a day: <c>{"ready","criteria":[{"criterion","status","evidence","missing"}],"on","rules"}</c>.
/// </summary>
/// <param name="Ready">Whether every criterion is met.</param>
/// <param name="Criteria">The criteria the member's programme rules require, in order.</param>
/// <param name="On">The day.</param>
/// <param name="Rules">The national committee whose readiness rules judged it.</param>
internal sealed record ReadinessResponse(bool Ready, IReadOnlyList<CriterionReadinessResponse> Criteria, LocalDate On, string Rules)
{
    /// <summary>The response for <paramref name="readiness"/>.</summary>
    /// <param name="readiness">The readiness.</param>
    /// <returns>The response.</returns>
    public static ReadinessResponse From(Readiness readiness) =>
        new(readiness.Ready, [.. readiness.Criteria.Select(CriterionReadinessResponse.From)], readiness.On, readiness.Rules.NationalCommittee);
}

/// <summary>One criterion's readiness: <c>{"criterion","status","evidence","missing"}</c>, evidence and missing items as English sentences.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Status">Its status.</param>
/// <param name="Evidence">The evidence found, one sentence each.</param>
/// <param name="Missing">What is missing, one sentence each; empty when the criterion is met.</param>
internal sealed record CriterionReadinessResponse(MinimumCriterion Criterion, CriterionStatus Status, IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing)
{
    /// <summary>The response for <paramref name="criterion"/>.</summary>
    /// <param name="criterion">The criterion's readiness.</param>
    /// <returns>The response.</returns>
    public static CriterionReadinessResponse From(CriterionReadiness criterion) =>
        new(criterion.Criterion, criterion.Status, [.. criterion.Evidence.Select(f => f.ToString())], [.. criterion.Missing.Select(f => f.ToString())]);
}
