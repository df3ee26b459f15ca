using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Bottlenecks;

/// <summary>The end of a bottleneck's history: the date it was resolved and what came of it.</summary>
/// <remarks>
/// Immutable. Two resolutions are equal when date and outcome are equal. JSON writes <c>{"on", "outcome"}</c> and reads
/// it back checking the outcome.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Resolution : IEquatable<Resolution>
{
    /// <summary>The longest outcome accepted, in characters.</summary>
    public const int MaxOutcomeLength = 2000;

    private Resolution(LocalDate on, string outcome)
    {
        On = on;
        Outcome = outcome;
    }

    /// <summary>The date it was resolved.</summary>
    public LocalDate On { get; }

    /// <summary>What came of it, such as the measure that removed the bottleneck.</summary>
    public string Outcome { get; }

    /// <inheritdoc />
    public bool Equals(Resolution? other) =>
        other is not null && On == other.On && string.Equals(Outcome, other.Outcome, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Resolution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(On, StringComparer.Ordinal.GetHashCode(Outcome));

    /// <summary>The resolution as invariant text, e.g. <c>Resolved on 2024-11-01</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Resolved on {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Whether two resolutions are equal.</summary>
    public static bool operator ==(Resolution? left, Resolution? right) => Equals(left, right);

    /// <summary>Whether two resolutions differ.</summary>
    public static bool operator !=(Resolution? left, Resolution? right) => !Equals(left, right);

    internal static Resolution Create(LocalDate on, string? outcome) =>
        new(on, RequiredText.Check(outcome, MaxOutcomeLength, nameof(outcome)));

    private sealed class Converter : StoredFormJsonConverter<Resolution, Stored>
    {
        protected override Stored ToStored(Resolution value) => new() { On = value.On, Outcome = value.Outcome };

        protected override Resolution FromStored(Stored stored) => Create(stored.On, stored.Outcome);
    }

    private sealed class Stored
    {
        public required LocalDate On { get; init; }

        public required string Outcome { get; init; }
    }
}
