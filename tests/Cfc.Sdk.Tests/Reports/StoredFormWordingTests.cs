using System.Text.Json;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;

namespace Cfc.Sdk.Tests.Reports;

/// <summary>Every stored type of indicators, observations, disclosure, reports and targets refuses invalid JSON with the one wording of StoredFormJsonConverter.</summary>
public sealed class StoredFormWordingTests
{
    public static TheoryData<Type, string> InvalidStoredForms => new()
    {
        { typeof(Indicator), "{}" },
        { typeof(IndicatorRules), "{\"unit\":\"Count\",\"periodKinds\":[]}" },
        { typeof(IndicatorCatalogue), "[null]" },
        { typeof(Observation), "{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"period\":\"2023/2024\",\"disaggregation\":\"\",\"value\":5,\"status\":\"Final\",\"rules\":null}" },
        { typeof(ObservationLedger), "{\"figures\":[null]}" },
        { typeof(DisclosedTable), "{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"\",\"total\":5}" },
        { typeof(IndicatorReport), "{\"indicator\":null,\"member\":\"GM0518\",\"disaggregation\":\"\",\"series\":[]}" },
        { typeof(ReportPoint), "{\"period\":\"\",\"value\":5,\"status\":\"Final\"}" },
        { typeof(Target), "{\"indicator\":\"school.home-sitters\",\"polarity\":\"LowerIsBetter\",\"baselinePeriod\":\"\",\"baselineValue\":1,\"value\":2,\"date\":\"2030-01-01\"}" },
        { typeof(Assessment), "{\"status\":\"Bogus\",\"targetDate\":\"2030-01-01\"}" },
        { typeof(Trend), "{\"origin\":\"2020-01-01\",\"valueAtOrigin\":1,\"slopePerYear\":1,\"points\":1}" },
        { typeof(DataPoint), "{\"date\":\"2020-01-01\"}" },
    };

    [Theory]
    [MemberData(nameof(InvalidStoredForms))]
    public void An_invalid_stored_form_is_a_json_error_in_one_wording(Type type, string json)
    {
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk() })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, options));
            Assert.StartsWith($"The stored {type.Name} is not valid: ", error.Message, StringComparison.Ordinal);
        }
    }
}
