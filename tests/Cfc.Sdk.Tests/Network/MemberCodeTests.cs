using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Network;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

public sealed class MemberCodeTests
{
    [Theory]
    [InlineData("GM0518", 518, false, "Europe/Amsterdam")]
    [InlineData("GM1942", 1942, false, "Europe/Amsterdam")]
    [InlineData("GM0001", 1, false, "Europe/Amsterdam")]
    [InlineData("GM9001", 9001, true, "America/Kralendijk")]
    [InlineData("GM9002", 9002, true, "America/Kralendijk")]
    [InlineData("GM9003", 9003, true, "America/Kralendijk")]
    public void Valid_codes_parse_with_their_default_zone(string text, int number, bool caribbean, string zone)
    {
        var code = MemberCode.Parse(text);
        Assert.Equal(number, code.Number);
        Assert.Equal(caribbean, code.IsCaribbeanPublicBody);
        Assert.Equal(zone, code.DefaultTimeZoneId);
        Assert.Equal(zone, code.DefaultTimeZone(DateTimeZoneProviders.Tzdb).Id);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM518")]
    [InlineData("GM05180")]
    [InlineData("gm0518")]
    [InlineData("WK051800")]
    [InlineData("BU05180000")]
    [InlineData("GM05a8")]
    [InlineData("GM+518")]
    [InlineData(" GM0518")]
    public void Malformed_codes_are_rejected_with_the_expected_form(string text)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));
        Assert.Contains("'GM' followed by four digits", error.Message, StringComparison.Ordinal);
        Assert.False(MemberCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("GM0000")]
    [InlineData("GM9000")]
    [InlineData("GM9004")]
    [InlineData("GM9999")]
    public void Codes_outside_the_municipal_and_Caribbean_ranges_are_rejected(string text)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));
        Assert.Contains("GM9001 (Bonaire)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => MemberCode.Parse(null!));
        Assert.False(MemberCode.TryParse(null, out _));
    }

    [Fact]
    public void Named_members_have_their_cbs_codes()
    {
        Assert.Equal("GM0518", MemberCode.DenHaag.ToString());
        Assert.Equal("GM1942", MemberCode.GooiseMeren.ToString());
        Assert.Equal("GM9002", MemberCode.SintEustatius.ToString());
        Assert.True(MemberCode.SintEustatius.IsCaribbeanPublicBody);
    }

    [Fact]
    public void Every_valid_code_round_trips_through_text_and_json() =>
        Gen.Int[1, 8999].Sample(number =>
        {
            var text = "GM" + number.ToString("D4", CultureInfo.InvariantCulture);
            var code = MemberCode.Parse(text);
            Assert.Equal(text, code.ToString());
            Assert.Equal(code, JsonSerializer.Deserialize<MemberCode>(JsonSerializer.Serialize(code)));
        });

    [Fact]
    public void Json_with_an_invalid_code_is_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MemberCode>("\"GM12\""));

    [Fact]
    public void The_default_value_is_not_a_code() => Assert.Equal(string.Empty, default(MemberCode).ToString());
}
