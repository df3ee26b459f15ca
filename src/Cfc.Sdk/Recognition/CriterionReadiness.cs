using System.Collections.Immutable;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.Recognition;

/// <summary>How far the evidence goes towards one minimum criterion: its status, the evidence found and what is missing.</summary>
/// <remarks>Immutable. Two values are equal when criterion, status and the findings (in order) are equal.</remarks>
public sealed class CriterionReadiness : IEquatable<CriterionReadiness>
{
    /// <summary>Creates the readiness of one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="status">Its status.</param>
    /// <param name="evidence">The evidence found, in the order it is shown.</param>
    /// <param name="missing">What is missing, in the order it is shown.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> or <paramref name="status"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">A list (or one of its findings) is <see langword="null"/>.</exception>
    public CriterionReadiness(MinimumCriterion criterion, CriterionStatus status, IEnumerable<ReadinessFinding> evidence, IEnumerable<ReadinessFinding> missing)
    {
        if (!Enum.IsDefined(criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, $"'{criterion}' is not a minimum criterion.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"'{status}' is not a criterion status.");
        }

        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(missing);
        Criterion = criterion;
        Status = status;
        Evidence = [.. evidence.Select(f => f ?? throw new ArgumentNullException(nameof(evidence)))];
        Missing = [.. missing.Select(f => f ?? throw new ArgumentNullException(nameof(missing)))];
    }

    /// <summary>The criterion.</summary>
    public MinimumCriterion Criterion { get; }

    /// <summary>Its status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The evidence found.</summary>
    public ImmutableArray<ReadinessFinding> Evidence { get; }

    /// <summary>What is missing; empty when the criterion is met.</summary>
    public ImmutableArray<ReadinessFinding> Missing { get; }

    /// <inheritdoc />
    public bool Equals(CriterionReadiness? other) =>
        other is not null && Criterion == other.Criterion && Status == other.Status
        && Evidence.SequenceEqual(other.Evidence) && Missing.SequenceEqual(other.Missing);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriterionReadiness);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Criterion, Status, Evidence.Length, Missing.Length);

    /// <summary>The criterion and its status, then what is missing, e.g. <c>Participation: Partly (missing: A standing body: …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Criterion}: {Status}" + (Missing.IsEmpty ? string.Empty : $" (missing: {string.Join(" ", Missing)})");
}
