using NodaTime;

namespace Cfc.Sdk.Targets;

/// <summary>A value on a date, the input of a <see cref="Trend"/>.</summary>
/// <param name="Date">The date the value stands for (for a period, its midpoint).</param>
/// <param name="Value">The value.</param>
public readonly record struct DataPoint(LocalDate Date, double Value);
