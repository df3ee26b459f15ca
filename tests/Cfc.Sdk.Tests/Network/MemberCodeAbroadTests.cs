using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Network;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

/// <summary>Member codes of municipalities outside the Netherlands: <c>{country}-{national code}</c> beside the Dutch <c>GM0518</c>.</summary>
public sealed class MemberCodeAbroadTests
{
    [Theory]
    [InlineData("DE-05315000", "DE", "05315000", "Europe/Berlin")]
    [InlineData("DE-08336091", "DE", "08336091", "Europe/Berlin")]
    [InlineData("ES-28079", "ES", "28079", "Europe/Madrid")]
    [InlineData("FR-75056", "FR", "75056", "Europe/Paris")]
    [InlineData("FR-2A004", "FR", "2A004", "Europe/Paris")]
    [InlineData("FR-2B033", "FR", "2B033", "Europe/Paris")]
    [InlineData("GB-E08000025", "GB", "E08000025", "Europe/London")]
    public void Codes_abroad_parse_with_their_country_national_code_and_default_zone(string text, string country, string national, string zone)
    {
        var code = MemberCode.Parse(text);

        Assert.Equal(text, code.ToString());
        Assert.Equal(country, code.Country);
        Assert.Equal(national, code.NationalCode);
        Assert.False(code.IsDutch);
        Assert.Equal(0, code.Number);
        Assert.False(code.IsCaribbeanPublicBody);
        Assert.Equal(zone, code.DefaultTimeZoneId);
        Assert.Equal(zone, code.DefaultTimeZone(DateTimeZoneProviders.Tzdb).Id);
        Assert.Equal(country, code.Format!.Country);
        Assert.Equal(code, JsonSerializer.Deserialize<MemberCode>(JsonSerializer.Serialize(code)));
        Assert.Equal($"\"{text}\"", JsonSerializer.Serialize(code));
    }

    [Fact]
    public void Dutch_codes_keep_their_text_number_and_country()
    {
        var denHaag = MemberCode.Parse("GM0518");

        Assert.True(denHaag.IsDutch);
        Assert.Equal("NL", denHaag.Country);
        Assert.Equal("GM0518", denHaag.NationalCode);
        Assert.Equal(518, denHaag.Number);
        Assert.Null(denHaag.Format);
        Assert.Equal(MemberCode.DenHaag, denHaag);
        Assert.Equal(string.Empty, default(MemberCode).Country);
        Assert.Equal(string.Empty, default(MemberCode).NationalCode);
        Assert.False(default(MemberCode).IsDutch);
    }

    [Theory]
    [InlineData("DE-5315000", "AGS (Amtlicher Gemeindeschlüssel), 8 digits", "DE-05315000")]
    [InlineData("DE-053150001", "AGS (Amtlicher Gemeindeschlüssel), 8 digits", "DE-05315000")]
    [InlineData("DE-0531500A", "AGS (Amtlicher Gemeindeschlüssel), 8 digits", "DE-05315000")]
    [InlineData("ES-2807", "INE municipality code, 5 digits", "ES-28079")]
    [InlineData("FR-2C004", "INSEE commune code, 5 characters: 2 digits or 2A/2B, then 3 digits", "FR-75056")]
    [InlineData("FR-2a004", "INSEE commune code, 5 characters: 2 digits or 2A/2B, then 3 digits", "FR-75056")]
    [InlineData("GB-08000025", "ONS GSS code, a letter and 8 digits", "GB-E08000025")]
    [InlineData("GB-E0800002", "ONS GSS code, a letter and 8 digits", "GB-E08000025")]
    [InlineData("DE-05315000 ", "AGS (Amtlicher Gemeindeschlüssel), 8 digits", "DE-05315000")]
    public void A_malformed_national_code_is_refused_naming_the_form_and_an_example(string text, string form, string example)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));

        Assert.Equal($"'{text}' is not a member code of {text[..2]}: expected '{text[..2]}-' and the {form}, e.g. '{example}'.", error.Message);
        Assert.False(MemberCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("NL-0518", "write GM0518")]
    [InlineData("NL-1942", "write GM1942")]
    [InlineData("NL-0363000", "write GM0518, not NL-0518")]
    public void A_dutch_member_is_written_as_cbs_writes_it(string text, string advice)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));

        Assert.Contains("a Dutch member is written as CBS writes it", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IT-058091")]
    [InlineData("US-3651000")]
    public void A_country_without_a_registered_format_is_refused(string text)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));

        Assert.Contains($"no national code format is registered for {text[..2]} (built in: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("DE, ES, FR, GB", error.Message, StringComparison.Ordinal);
        Assert.Contains("NationalCodeFormats.Register", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-05315000")]
    [InlineData("DE05315000")]
    [InlineData("DE-")]
    [InlineData("D-05315000")]
    public void Other_shapes_are_refused_with_both_forms(string text)
    {
        var error = Assert.Throws<FormatException>(() => MemberCode.Parse(text));

        Assert.Contains("'GM' followed by four digits", error.Message, StringComparison.Ordinal);
        Assert.Contains("'DE-05315000'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_format_admits_its_country_once_and_for_good()
    {
        var austria = new NationalCodeFormat("AT", "[1-9][0-9]{4}", "Gemeindekennziffer, 5 digits", "90001", "Europe/Vienna");
        Assert.False(NationalCodeFormats.TryFind("AT", out _));

        NationalCodeFormats.Register(austria);
        Assert.False(NationalCodeFormats.Register(new NationalCodeFormat("AT", "[1-9][0-9]{4}", "Gemeindekennziffer, 5 digits", "90001", "Europe/Vienna")));

        var wien = MemberCode.Parse("AT-90001");
        Assert.Equal("AT", wien.Country);
        Assert.Equal("Europe/Vienna", wien.DefaultTimeZoneId);
        Assert.Same(austria, wien.Format);
        Assert.Contains("Gemeindekennziffer, 5 digits, e.g. 'AT-90001'", Assert.Throws<FormatException>(() => MemberCode.Parse("AT-01234")).Message, StringComparison.Ordinal);
        var other = Assert.Throws<InvalidOperationException>(() => NationalCodeFormats.Register(new NationalCodeFormat("AT", "[0-9]{5}", "GKZ", "90001", "Europe/Vienna")));
        Assert.Contains("A different national code format is registered for AT", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_format_cannot_be_replaced() =>
        Assert.Throws<InvalidOperationException>(() => NationalCodeFormats.Register(new NationalCodeFormat("DE", "[0-9]{5}", "PLZ", "50667", "Europe/Berlin")));

    [Fact]
    public void A_format_is_checked_when_constructed()
    {
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("at", "[0-9]{5}", "GKZ", "90001", "Europe/Vienna")).ParamName);
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("NL", "[0-9]{4}", "CBS", "0518", "Europe/Amsterdam")).ParamName);
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("XX", "[0-9]{5}", "GKZ", "90001", "Europe/Vienna")).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("AT", "[0-9", "GKZ", "90001", "Europe/Vienna")).ParamName);
        Assert.Equal("example", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("AT", "[0-9]{5}", "GKZ", "9000", "Europe/Vienna")).ParamName);
        Assert.Equal("example", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("AT", "[0-9a-z]{5}", "GKZ", "9000a", "Europe/Vienna")).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new NationalCodeFormat("AT", "[0-9]{5}", " ", "90001", "Europe/Vienna")).ParamName);
        var zone = Assert.Throws<ArgumentException>(() => new NationalCodeFormat("AT", "[0-9]{5}", "GKZ", "90001", "Europe/Berlin"));
        Assert.Equal("defaultTimeZoneId", zone.ParamName);
        Assert.Contains("'Europe/Berlin' is not a time zone of AT; its zones are Europe/Vienna", zone.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE-05315000", "Europe/Berlin", true)]
    [InlineData("DE-08336091", "Europe/Busingen", true)]
    [InlineData("DE-05315000", "Europe/Paris", false)]
    [InlineData("ES-28079", "Atlantic/Canary", true)]
    [InlineData("ES-28079", "Africa/Ceuta", true)]
    [InlineData("GB-E08000025", "Europe/Belfast", true)]
    [InlineData("GB-E08000025", "Europe/Dublin", false)]
    [InlineData("GM0518", "Europe/Amsterdam", true)]
    [InlineData("GM0518", "Europe/Berlin", false)]
    [InlineData("GM9002", "America/Kralendijk", true)]
    [InlineData("GM9002", "Europe/Amsterdam", false)]
    public void A_member_may_be_in_any_zone_of_its_country_and_a_dutch_one_in_its_own(string code, string zone, bool allowed) =>
        Assert.Equal(allowed, MemberCode.Parse(code).AllowsTimeZone(zone));

    private static readonly Gen<string> s_abroad = Gen.OneOf(
        Gen.Int[0, 99_999_999].Select(n => "DE-" + n.ToString("D8", CultureInfo.InvariantCulture)),
        Gen.Int[0, 99_999].Select(n => "ES-" + n.ToString("D5", CultureInfo.InvariantCulture)),
        Gen.Select(Gen.OneOf("2A", "2B", "01", "75", "97"), Gen.Int[0, 999], (d, n) => "FR-" + d + n.ToString("D3", CultureInfo.InvariantCulture)),
        Gen.Select(Gen.Char['A', 'Z'], Gen.Int[0, 99_999_999], (l, n) => "GB-" + l + n.ToString("D8", CultureInfo.InvariantCulture)));

    private static readonly Gen<string> s_dutch = Gen.OneOf(
        Gen.Int[1, 8999].Select(n => "GM" + n.ToString("D4", CultureInfo.InvariantCulture)),
        Gen.Int[9001, 9003].Select(n => "GM" + n.ToString("D4", CultureInfo.InvariantCulture)));

    private static readonly Gen<string> s_any = Gen.Frequency((1, s_dutch), (3, s_abroad));

    [Fact]
    public void Every_code_round_trips_through_text_json_and_member_ids() =>
        s_any.Sample(text =>
        {
            var code = MemberCode.Parse(text);
            Assert.Equal(text, code.ToString());
            Assert.Equal(code, MemberCode.Parse(code.ToString()));
            Assert.Equal(code, JsonSerializer.Deserialize<MemberCode>(JsonSerializer.Serialize(code)));
            Assert.Equal(code, MemberId.Parse(text).Code);
            Assert.Equal(code.IsDutch ? text : text[..2] + "-" + code.NationalCode, code.ToString());
        });

    [Fact]
    public void Dutch_codes_sort_by_number_before_codes_abroad_which_sort_by_text() =>
        Gen.Select(s_any, s_any).Sample((x, y) =>
        {
            var (a, b) = (MemberCode.Parse(x), MemberCode.Parse(y));
            var expected = (a.IsDutch, b.IsDutch) switch
            {
                (true, true) => a.Number.CompareTo(b.Number),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(x, y),
            };
            Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
            Assert.Equal(-Math.Sign(a.CompareTo(b)), Math.Sign(b.CompareTo(a)));
            Assert.Equal(a.CompareTo(b) == 0, a == b);
            Assert.Equal(a == b, string.Equals(x, y, StringComparison.Ordinal));
            Assert.True(a != b || a.GetHashCode() == b.GetHashCode());
        });

    [Fact]
    public void The_default_value_sorts_before_every_code() =>
        s_any.Sample(text => Assert.True(default(MemberCode) < MemberCode.Parse(text)));
}
