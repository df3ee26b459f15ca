using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;

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
    }

    [Fact]
    public void A_suppressed_value_reads_as_a_dot_like_statline()
    {
        Assert.Equal(".", DisclosedValue.Suppressed.ToString());
        Assert.Equal("15", DisclosedValue.Shown(15).ToString());
        Assert.Equal(DisclosedValue.Suppressed, default);
    }
}
