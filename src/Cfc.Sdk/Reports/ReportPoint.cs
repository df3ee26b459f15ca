using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Reports;

/// <summary>One figure of a published series: its period, its value after disclosure control, and its status.</summary>
/// <remarks>
/// Two points are equal when all their properties are equal. The default value has no period and no status.
/// JSON: <c>{"period":"2023/2024","value":45,"status":"Final"}</c> (<c>"value":"."</c> when suppressed); reading
/// refuses a point without a period or a status.
/// </remarks>
/// <param name="Period">The period the figure is for.</param>
/// <param name="Value">The value as it may be shown.</param>
/// <param name="Status">How settled the figure is.</param>
[JsonConverter(typeof(ReportPointJsonConverter))]
public readonly record struct ReportPoint(ReportingPeriod Period, DisclosedValue Value, ObservationStatus Status)
{
    private sealed record Json(
        [property: JsonRequired] ReportingPeriod Period,
        [property: JsonRequired] DisclosedValue Value,
        [property: JsonRequired] ObservationStatus Status);

    private sealed class ReportPointJsonConverter : JsonConverter<ReportPoint>
    {
        public override ReportPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var json = JsonSerializer.Deserialize<Json>(ref reader, options) ?? throw new JsonException("A report point is a JSON object, not null.");
            return json.Period == default || !Enum.IsDefined(json.Status)
                ? throw new JsonException("Invalid report point: a point has a period and a defined status.")
                : new ReportPoint(json.Period, json.Value, json.Status);
        }

        public override void Write(Utf8JsonWriter writer, ReportPoint value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Json(value.Period, value.Value, value.Status), options);
    }
}
