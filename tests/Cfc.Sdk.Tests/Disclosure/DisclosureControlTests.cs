using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Disclosure;

public sealed class DisclosureControlTests
{
    private static readonly DisclosureControl s_default = new(new DisclosureOptions());

    [Theory]
    [InlineData(0, null)]
    [InlineData(9, null)]
    [InlineData(10, 10.0)]
    [InlineData(12, 10.0)]
    [InlineData(13, 15.0)]
    [InlineData(17, 15.0)]
    [InlineData(18, 20.0)]
    [InlineData(1234, 1235.0)]
    public void Counts_below_ten_are_suppressed_and_others_rounded_to_five(double value, double? shown)
    {
        var disclosed = s_default.Disclose(DutchIndicators.HomeSitters, value);
        Assert.Equal(shown, disclosed.Value);
        Assert.Equal(shown is null, disclosed.IsSuppressed);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(3, null)]
    [InlineData(9, null)]
    [InlineData(12, 10.0)]
    [InlineData(13, 15.0)]
    public void A_count_of_people_of_no_indicator_is_suppressed_below_the_threshold_and_rounded(int count, double? shown)
    {
        Assert.Equal(shown, s_default.DiscloseCount(count).Value);
        Assert.Equal(15.0, new DisclosureControl(new DisclosureOptions { SuppressBelow = 5, RoundTo = 3 }).DiscloseCount(14).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_default.DiscloseCount(-1));
    }

    [Fact]
    public void The_advised_threshold_for_settings_that_pin_a_value_is_itself_valid()
    {
        var advised = 0;
        for (var roundTo = 2; roundTo <= 12; roundTo++)
        {
            for (var suppressBelow = 0; suppressBelow <= 40; suppressBelow++)
            {
                var pin = new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo }.Problems("x").SingleOrDefault(p => p.Contains("pins", StringComparison.Ordinal));
                if (pin is null)
                {
                    continue;
                }

                var match = System.Text.RegularExpressions.Regex.Match(pin, @"Use SuppressBelow=(\d+)");
                var next = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Empty(new DisclosureOptions { SuppressBelow = next, RoundTo = roundTo }.Problems("x"));
                Assert.All(Enumerable.Range(suppressBelow + 1, next - suppressBelow - 1), t => Assert.NotEmpty(new DisclosureOptions { SuppressBelow = t, RoundTo = roundTo }.Problems("x")));
                advised++;
            }
        }

        // SuppressBelow=0 with RoundTo=2 pins 0, and the next threshold, 1, is refused too: the advice is 3.
        Assert.Contains("Use SuppressBelow=3,", new DisclosureOptions { SuppressBelow = 0, RoundTo = 2 }.Problems("x").Single(), StringComparison.Ordinal);
        Assert.True(advised > 20);
    }

    [Fact]
    public void Values_that_are_not_counts_pass_unchanged() =>
        Assert.Equal(DisclosedValue.Shown(3.7), s_default.Disclose(DutchIndicators.LowIncomeMinors, 3.7));

    [Fact]
    public void Threshold_and_rounding_are_settings()
    {
        var control = new DisclosureControl(new DisclosureOptions { SuppressBelow = 0, RoundTo = 1 });
        Assert.Equal(3.0, control.Disclose(DutchIndicators.HomeSitters, 3).Value);
        var strict = new DisclosureControl(new DisclosureOptions { SuppressBelow = 20, RoundTo = 10 });
        Assert.True(strict.Disclose(DutchIndicators.HomeSitters, 19).IsSuppressed);
        Assert.Equal(30.0, strict.Disclose(DutchIndicators.HomeSitters, 25).Value);
    }

    [Fact]
    public void Invalid_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureControl(new DisclosureOptions { SuppressBelow = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureControl(new DisclosureOptions { RoundTo = 0 }));
        Assert.Throws<ArgumentNullException>(() => new DisclosureControl(null!));
    }

    [Theory]
    [InlineData(7, 5, "5")]
    [InlineData(2, 5, "0")]
    [InlineData(12, 5, "10")]
    [InlineData(10, 2, "10")]
    [InlineData(0, 2, "0")]
    [InlineData(4, 3, "3")]
    [InlineData(5, 4, "4")]
    [InlineData(14, 10, "10")]
    [InlineData(1073741823, int.MaxValue, "0")]
    public void Settings_under_which_the_lowest_shown_count_stands_for_one_true_count_are_refused(int suppressBelow, int roundTo, string shown)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureControl(new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo }));
        Assert.Contains($"SuppressBelow={suppressBelow} with DisclosureOptions.RoundTo={roundTo} pins a true value", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the lowest shown count, {shown}, can only be a true {suppressBelow}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(6, 5)]
    [InlineData(8, 5)]
    [InlineData(0, 5)]
    [InlineData(11, 2)]
    [InlineData(3, 4)]
    [InlineData(10, 1)]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(20, 10)]
    [InlineData(10, int.MaxValue)]
    public void Settings_under_which_every_shown_count_stands_for_several_true_ones_are_accepted(int suppressBelow, int roundTo) =>
        Assert.Equal(suppressBelow, new DisclosureControl(new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo }).SuppressBelow);

    [Fact]
    public void Suppressing_only_zero_is_refused_because_a_dot_would_mean_zero()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureControl(new DisclosureOptions { SuppressBelow = 1, RoundTo = 1 }));
        Assert.Contains("SuppressBelow=1 suppresses only 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_for_refused_settings_is_exactly_that_some_shown_value_identifies_one_true_count()
    {
        // Brute force over small settings: a setting is refused exactly when a mark (a shown value or the dot) stands for one count.
        for (var suppressBelow = 0; suppressBelow <= 30; suppressBelow++)
        {
            for (var roundTo = 1; roundTo <= 12; roundTo++)
            {
                var options = new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo };
                var marks = Enumerable.Range(0, 200)
                    .GroupBy(v => v < suppressBelow ? "." : (Math.Round((double)v / roundTo, MidpointRounding.AwayFromZero) * roundTo).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Where(g => g.Key != (Math.Round(199.0 / roundTo, MidpointRounding.AwayFromZero) * roundTo).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var pins = roundTo > 1 && marks.Any(g => g.Count() == 1) || marks.Any(g => g.Key == "." && g.Count() == 1);
                Assert.True(pins == options.Problems("x").Any(), $"SuppressBelow={suppressBelow}, RoundTo={roundTo}: pins {pins}");
            }
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-1)]
    [InlineData(17.5)]
    public void Values_that_no_count_can_have_are_rejected_not_shown(double value)
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => s_default.Disclose(DutchIndicators.HomeSitters, value)).ParamName);
        Assert.Throws<ArgumentException>(() => DisclosedValue.Shown(value is -1 or 17.5 ? double.NaN : value));
    }

    [Fact]
    public void A_value_that_is_not_a_count_must_still_be_finite() =>
        Assert.Throws<ArgumentException>(() => s_default.Disclose(DutchIndicators.LowIncomeMinors, double.NaN));

    [Fact]
    public void A_disclosed_value_is_a_json_number_or_a_dot()
    {
        var options = new System.Text.Json.JsonSerializerOptions().ConfigureForCfcSdk();
        Assert.Equal("15", System.Text.Json.JsonSerializer.Serialize(DisclosedValue.Shown(15), options));
        Assert.Equal("\".\"", System.Text.Json.JsonSerializer.Serialize(DisclosedValue.Suppressed, options));
        Assert.Equal(DisclosedValue.Shown(2.5), System.Text.Json.JsonSerializer.Deserialize<DisclosedValue>("2.5", options));
        Assert.Equal(DisclosedValue.Suppressed, System.Text.Json.JsonSerializer.Deserialize<DisclosedValue>("\".\"", options));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<DisclosedValue>("null", options));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<DisclosedValue>("\"NaN\"", options));
    }

    [Fact]
    public void A_suppressed_value_reads_as_a_dot_like_statline()
    {
        Assert.Equal(".", DisclosedValue.Suppressed.ToString());
        Assert.Equal("15", DisclosedValue.Shown(15).ToString());
        Assert.Equal(DisclosedValue.Suppressed, default);
    }
}
