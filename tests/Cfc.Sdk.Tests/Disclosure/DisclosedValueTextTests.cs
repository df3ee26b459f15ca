using System.Globalization;
using Cfc.Sdk.Disclosure;
using CsCheck;

namespace Cfc.Sdk.Tests.Disclosure;

public sealed class DisclosedValueTextTests
{
    [Fact]
    public void A_shown_or_suppressed_value_reads_back_from_its_text() =>
        Gen.Double.Where(double.IsFinite).Select(DisclosedValue.Shown).Sample(value => Assert.Equal(value, DisclosedValue.Parse(value.ToString())), iter: 5_000);

    [Fact]
    public void The_suppressed_value_is_a_dot_and_reads_back()
    {
        Assert.Equal(".", DisclosedValue.Suppressed.ToString());
        Assert.Equal(DisclosedValue.Suppressed, DisclosedValue.Parse("."));
        Assert.Equal(default, DisclosedValue.Parse(default(DisclosedValue).ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("2,5")]
    [InlineData("..")]
    public void Text_that_is_neither_a_dot_nor_a_finite_number_is_refused(string text)
    {
        var e = Assert.Throws<FormatException>(() => DisclosedValue.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(DisclosedValue.TryParse(text, out _));
    }

    [Fact]
    public void A_value_reads_the_same_under_a_dutch_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            Assert.Equal("2.5", DisclosedValue.Shown(2.5).ToString());
            Assert.Equal(DisclosedValue.Shown(2.5), DisclosedValue.Parse("2.5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
