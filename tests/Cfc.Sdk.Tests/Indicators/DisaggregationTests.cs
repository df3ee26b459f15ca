using System.Text.Json;
using Cfc.Sdk.Indicators;
using CsCheck;

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

    [Fact]
    public void Every_breakdown_round_trips_through_text_and_json()
    {
        var ageBand = Gen.OneOf(
            Gen.Select(Gen.Int[0, 120], Gen.Int[0, 120]).Where((a, b) => a <= b).Select((a, b) => $"{a}-{b}"),
            Gen.Int[0, 120].Select(a => $"{a}+"));
        var breakdown = Gen.Select(ageBand.Null(), Gen.Int[0, 3].Select(i => i switch { 0 => null, 1 => "female", 2 => "male", _ => (string?)"other" }))
            .Select((age, sex) => Disaggregation.Create(age, sex));
        breakdown.Sample(value =>
        {
            Assert.Equal(value, Disaggregation.Parse(value.ToString()));
            Assert.Equal(value, JsonSerializer.Deserialize<Disaggregation>(JsonSerializer.Serialize(value)));
        });
    }

    [Fact]
    public void Json_that_is_not_a_breakdown_string_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Disaggregation>("42"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Disaggregation>("\"sex=f\""));
    }
}
