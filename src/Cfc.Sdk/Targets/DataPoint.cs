using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Targets;

/// <summary>A value on a date, the input of a <see cref="Trend"/>.</summary>
/// <param name="Date">The date the value stands for (for a period, its midpoint).</param>
/// <param name="Value">The value; finite.</param>
/// <remarks>JSON: <c>{"date":"2021-07-31","value":64.5}</c>, read back through the constructor.</remarks>
/// <exception cref="ArgumentException"><paramref name="Value"/> is NaN or an infinity.</exception>
[JsonConverter(typeof(Converter))]
public readonly record struct DataPoint(LocalDate Date, double Value)
{
    /// <summary>The value; finite.</summary>
    public double Value { get; } = double.IsFinite(Value)
        ? Value
        : throw new ArgumentException($"A data point has a finite value, not {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(Value));

    /// <summary>The point in invariant text, e.g. <c>2021-07-31: 64.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)}: {Value:R}");

    private sealed class Converter : StoredFormJsonConverter<DataPoint, Stored>
    {
        protected override Stored ToStored(DataPoint value) => new() { Date = value.Date, Value = value.Value };

        protected override DataPoint FromStored(Stored stored) => new(stored.Date, stored.Value);
    }

    private sealed class Stored
    {
        public required LocalDate Date { get; init; }

        public required double Value { get; init; }
    }
}
