using System.Text.Json.Serialization;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Reports;

/// <summary>One figure of a published series: its period, its value after disclosure control, and its status.</summary>
/// <remarks>
/// Two points are equal when all their properties are equal. The default value has no period and no status, and
/// formats as <c>: . (0)</c>; the constructor refuses it.
/// JSON: <c>{"period":"2023/2024","value":45,"status":"Final"}</c> (<c>"value":"."</c> when suppressed); reading
/// goes through the constructor, so a point without a period or a status is a <see cref="System.Text.Json.JsonException"/>.
/// </remarks>
/// <param name="Period">The period the figure is for.</param>
/// <param name="Value">The value as it may be shown.</param>
/// <param name="Status">How settled the figure is.</param>
/// <exception cref="ArgumentException"><paramref name="Period"/> is the default period, or <paramref name="Status"/> is not defined.</exception>
[JsonConverter(typeof(Converter))]
public readonly record struct ReportPoint(ReportingPeriod Period, DisclosedValue Value, ObservationStatus Status)
{
    /// <summary>The period the figure is for.</summary>
    public ReportingPeriod Period { get; } = Period != default ? Period : throw new ArgumentException("A report point needs a period.", nameof(Period));

    /// <summary>The value as it may be shown.</summary>
    public DisclosedValue Value { get; } = Value;

    /// <summary>How settled the figure is.</summary>
    public ObservationStatus Status { get; } = Enum.IsDefined(Status) ? Status : throw new ArgumentException($"'{Status}' is not a defined {nameof(ObservationStatus)}.", nameof(Status));

    /// <summary>The point in one line, e.g. <c>2023/2024: 45 (Final)</c>, with invariant numbers.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period}: {Value} ({Status})";

    private sealed class Converter : StoredFormJsonConverter<ReportPoint, Stored>
    {
        protected override Stored ToStored(ReportPoint value) => new() { Period = value.Period, Value = value.Value, Status = value.Status };

        protected override ReportPoint FromStored(Stored stored) => new(stored.Period, stored.Value, stored.Status);
    }

    private sealed class Stored
    {
        public required ReportingPeriod Period { get; init; }

        public required DisclosedValue Value { get; init; }

        public required ObservationStatus Status { get; init; }
    }
}
