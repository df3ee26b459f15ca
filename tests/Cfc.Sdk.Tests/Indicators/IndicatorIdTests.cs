using System.Text.Json;
using Cfc.Sdk.Indicators;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class IndicatorIdTests
{
    [Theory]
    [InlineData("poverty.low-income-minors")]
    [InlineData("school")]
    [InlineData("road-safety.deaths-0-14")]
    [InlineData("a.b.c")]
    public void Valid_ids_round_trip(string text)
    {
        var id = IndicatorId.Parse(text);
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, JsonSerializer.Deserialize<IndicatorId>(JsonSerializer.Serialize(id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Poverty")]
    [InlineData("poverty..x")]
    [InlineData(".poverty")]
    [InlineData("poverty.")]
    [InlineData("poverty--x")]
    [InlineData("poverty.-x")]
    [InlineData("armoede kinderen")]
    [InlineData("poverty_x")]
    public void Invalid_ids_are_rejected_with_the_expected_form(string text)
    {
        var error = Assert.Throws<FormatException>(() => IndicatorId.Parse(text));
        Assert.Contains("poverty.low-income-minors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_longer_than_100_characters_are_rejected() =>
        Assert.False(IndicatorId.TryParse(new string('a', 101), out _));

    [Fact]
    public void The_default_id_writes_the_empty_string_that_json_reads_back_and_sorts_first()
    {
        Assert.Equal(string.Empty, default(IndicatorId).ToString());
        Assert.Equal(default, JsonSerializer.Deserialize<IndicatorId>(JsonSerializer.Serialize(default(IndicatorId))));
        Assert.True(default(IndicatorId) < IndicatorId.Parse("a"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IndicatorId>("\"Poverty\""));
    }
}
