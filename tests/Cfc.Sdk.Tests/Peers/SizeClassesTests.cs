using Cfc.Sdk.Peers;
using CsCheck;

namespace Cfc.Sdk.Tests.Peers;

public sealed class SizeClassesTests
{
    [Theory]
    [InlineData(0, "0-5000")]
    [InlineData(4_999, "0-5000")]
    [InlineData(5_000, "5000-10000")]
    [InlineData(49_999.5, "20000-50000")]
    [InlineData(149_999, "100000-150000")]
    [InlineData(250_000, "250000+")]
    [InlineData(1_000_000, "250000+")]
    public void A_population_falls_in_one_cbs_class(double population, string expected) =>
        Assert.Equal(SizeClass.Parse(expected), SizeClasses.Cbs.ClassOf(population));

    [Fact]
    public void The_cbs_classes_are_the_eight_gemeentegrootteklassen() =>
        Assert.Equal(
            ["0-5000", "5000-10000", "10000-20000", "20000-50000", "50000-100000", "100000-150000", "150000-250000", "250000+"],
            SizeClasses.Cbs.Select(c => c.ToString()));

    [Fact]
    public void Every_population_is_in_exactly_one_class() =>
        Gen.Double[0, 2_000_000].Sample(population => Assert.Single(SizeClasses.Cbs, c => c.Contains(population)));

    [Fact]
    public void A_class_round_trips_through_its_text() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 1_000_000], Gen.Bool).Sample((from, width, open) =>
        {
            var sizeClass = new SizeClass(from, open ? null : from + width);
            Assert.Equal(sizeClass, SizeClass.Parse(sizeClass.ToString()));
        });

    [Theory]
    [InlineData("")]
    [InlineData("5000")]
    [InlineData("5000-5000")]
    [InlineData("-5000")]
    [InlineData("a-b")]
    [InlineData("+")]
    public void Other_texts_are_not_classes(string text) => Assert.False(SizeClass.TryParse(text, out _));

    [Fact]
    public void Classes_start_at_zero_and_rise()
    {
        Assert.Throws<ArgumentException>(() => SizeClasses.FromLowerBounds([]));
        Assert.Throws<ArgumentException>(() => SizeClasses.FromLowerBounds([1000, 5000]));
        Assert.Throws<ArgumentException>(() => SizeClasses.FromLowerBounds([0, 5000, 5000]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeClasses.Cbs.ClassOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeClasses.Cbs.ClassOf(double.NaN));
    }
}
