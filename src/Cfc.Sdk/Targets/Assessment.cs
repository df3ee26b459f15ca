using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Reports;
using NodaTime;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Targets;

/// <summary>An indicator's standing against its target, judged from shown figures only.</summary>
/// <remarks>
/// Two assessments are equal when all their properties are equal. JSON writes every property and reads them
/// back checked (a defined status, a finite projection or none), so an invalid assessment is a <see cref="JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record Assessment
{
    private Assessment(AssessmentStatus status, double? projectedValue, LocalDate targetDate)
    {
        Status = status;
        ProjectedValue = projectedValue;
        TargetDate = targetDate;
    }

    /// <summary>Where the indicator stands.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>The trend's value on the target date (within the unit's range), or <see langword="null"/> without a trend or when it is beyond <see cref="double.MaxValue"/>.</summary>
    public double? ProjectedValue { get; }

    /// <summary>The target date the projection is for.</summary>
    public LocalDate TargetDate { get; }

    /// <summary>
    /// Judges a published series against <paramref name="target"/>. The series must already be disclosed
    /// (suppressed figures carry no value), so the assessment reveals nothing that is not shown.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="series">The shown series, oldest period first.</param>
    /// <param name="trend">The trend fitted through the shown figures, or <see langword="null"/>.</param>
    /// <param name="today">Today in the member's zone: after the target date an unmet target is off track.</param>
    /// <param name="clamp">Keeps a projection within the unit's range.</param>
    /// <returns>The assessment.</returns>
    internal static Assessment Assess(Target target, IReadOnlyList<ReportPoint> series, Trend? trend, LocalDate today, Func<double, double> clamp)
    {
        // No trend, or one whose value on the target date is beyond double's range: no projection.
        var projection = trend is null ? double.NaN : Math.Round(clamp(trend.ValueOn(target.Date)), 2);
        double? projected = double.IsFinite(projection) ? projection : null;

        var latest = series.Count == 0 ? null : series[^1].Value.Value;
        var status = latest switch
        {
            null => AssessmentStatus.InsufficientData,
            { } value when target.IsMetBy(value) => AssessmentStatus.Achieved,
            _ when today > target.Date => AssessmentStatus.OffTrack,
            _ when projected is null => AssessmentStatus.InsufficientData,
            _ => target.IsMetBy(projected.Value) ? AssessmentStatus.OnTrack : AssessmentStatus.OffTrack,
        };
        return new Assessment(status, projected, target.Date);
    }

    private sealed record Stored(
        [property: JsonRequired] AssessmentStatus Status,
        double? ProjectedValue,
        [property: JsonRequired] LocalDate TargetDate);

    private sealed class Converter : StoredFormJsonConverter<Assessment, Stored>
    {
        protected override Stored ToStored(Assessment value) => new(value.Status, value.ProjectedValue, value.TargetDate);

        protected override Assessment FromStored(Stored stored) =>
            !Enum.IsDefined(stored.Status) || stored.ProjectedValue is { } projected && !double.IsFinite(projected)
                ? throw new ArgumentException("An assessment has a defined status and a finite projected value or none.", nameof(stored))
                : new(stored.Status, stored.ProjectedValue, stored.TargetDate);
    }
}
