using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Serialization;

public class ConfigureForCfcSdkTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForCfcSdk();

    private sealed record Dated(LocalDate Date, ProgrammePhase Phase, Instant At, DateTimeZone Zone);

    [Fact]
    public void NodaTime_values_and_enums_round_trip_as_text()
    {
        var value = new Dated(new LocalDate(2023, 11, 30), ProgrammePhase.Agreement, Instant.FromUnixTimeTicks(17_012_345_678_901_234), DateTimeZoneProviders.Tzdb["America/Kralendijk"]);

        var json = JsonSerializer.Serialize(value, Options);

        Assert.Contains("\"2023-11-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Agreement\"", json, StringComparison.Ordinal);
        Assert.Contains("\"America/Kralendijk\"", json, StringComparison.Ordinal);
        Assert.Equal(value, JsonSerializer.Deserialize<Dated>(json, Options));
    }

    [Fact]
    public void An_enum_written_as_a_number_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgrammePhase>("3", Options));
    }

    [Fact]
    public void Identifiers_and_periods_work_as_dictionary_keys()
    {
        var value = new Dictionary<MemberCode, Dictionary<ReportingPeriod, int>>
        {
            [MemberCode.Parse("GM0518")] = new() { [ReportingPeriod.Parse("2023/2024")] = 47 },
            [MemberCode.SintEustatius] = new() { [ReportingPeriod.Parse("2023")] = 3 },
        };

        var json = JsonSerializer.Serialize(value, Options);
        var back = JsonSerializer.Deserialize<Dictionary<MemberCode, Dictionary<ReportingPeriod, int>>>(json, Options)!;

        Assert.Contains("\"GM0518\"", json, StringComparison.Ordinal);
        Assert.Equal(47, back[MemberCode.Parse("GM0518")][ReportingPeriod.Parse("2023/2024")]);
        Assert.Equal(3, back[MemberCode.SintEustatius][ReportingPeriod.Parse("2023")]);
    }

    [Fact]
    public void A_malformed_key_is_a_json_error_naming_the_problem()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<MemberCode, int>>("{\"XX12\":1}", Options));
        Assert.Contains("XX12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_options_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk(null!));
    }
}
