using Cfc.Sdk.Indicators;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class DisaggregationTests
{
    [Theory]
    [InlineData("", null, null)]
    [InlineData("age=12-17", "12-17", null)]
    [InlineData("age=18+", "18+", null)]
    [InlineData("sex=female", null, "female")]
    [InlineData("age=0-3;sex=male", "0-3", "male")]
    public void Text_forms_parse_and_round_trip(string text, string? age, string? sex)
    {
        var value = Disaggregation.Parse(text);
        Assert.Equal(age, value.AgeBand);
        Assert.Equal(sex, value.Sex);
        Assert.Equal(text, value.ToString());
        Assert.Equal(Disaggregation.Create(age, sex), value);
    }

    [Theory]
    [InlineData("age=17-12")]
    [InlineData("age=121+")]
    [InlineData("age=012-17")]
    [InlineData("sex=vrouw")]
    [InlineData("sex=female;age=12-17")]
    [InlineData("age=12-17;age=0-3")]
    [InlineData("region=north")]
    [InlineData("age")]
    public void Invalid_breakdowns_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => Disaggregation.Parse(text));

    [Fact]
    public void Invalid_categories_name_their_dimension()
    {
        Assert.Equal("ageBand", Assert.Throws<ArgumentException>(() => Disaggregation.Create(ageBand: "old")).ParamName);
        Assert.Equal("sex", Assert.Throws<ArgumentException>(() => Disaggregation.Create(sex: "f")).ParamName);
    }

    [Fact]
    public void The_default_value_is_the_total()
    {
        Assert.True(default(Disaggregation).IsTotal);
        Assert.Equal(Disaggregation.Total, Disaggregation.Create());
        Assert.Empty(Disaggregation.Total.Dimensions);
        Assert.Equal([DisaggregationDimension.AgeBand, DisaggregationDimension.Sex], Disaggregation.Parse("age=0-3;sex=male").Dimensions);
    }
}
