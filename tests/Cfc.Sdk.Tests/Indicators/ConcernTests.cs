using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class ConcernTests
{
    private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    [Fact]
    public void The_six_concerns_of_the_dutch_network_and_early_childhood_are_built_in_in_that_order()
    {
        Assert.Equal(
            ["SchoolAttendance", "Poverty", "Play", "Care", "RoadSafety", "Participation", "EarlyChildhood"],
            Concern.BuiltIn.Select(c => c.Code));
        Assert.All(Concern.BuiltIn, c => Assert.True(c.IsBuiltIn));
        Assert.Equal(Concern.BuiltIn, Concern.BuiltIn.Reverse().Order());
    }

    [Theory]
    [InlineData("\"SchoolAttendance\"", "SchoolAttendance")]
    [InlineData("\"poverty\"", "Poverty")]
    [InlineData("\"ROADSAFETY\"", "RoadSafety")]
    [InlineData("1", "SchoolAttendance")]
    [InlineData("6", "Participation")]
    public void What_releases_with_the_enumeration_stored_reads_as_the_same_concern(string stored, string expected)
    {
        var concern = JsonSerializer.Deserialize<Concern>(stored, s_options);
        Assert.Equal(expected, concern.Code);
        Assert.True(concern.IsBuiltIn);
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(concern, s_options));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("\"-housing\"")]
    [InlineData("\"Wonen en leven\"")]
    [InlineData("true")]
    public void What_is_not_a_concern_is_a_json_error_that_says_how_one_is_written(string json) =>
        Assert.Contains("written as its code", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Concern>(json, s_options)).Message, StringComparison.Ordinal);

    [Fact]
    public void An_added_concern_is_its_code_as_written_and_sorts_after_the_built_in_ones()
    {
        var housing = Concern.Parse("Housing");
        Assert.Equal("Housing", housing.ToString());
        Assert.False(housing.IsBuiltIn);
        Assert.NotEqual(housing, Concern.Parse("housing"));
        Assert.True(Concern.EarlyChildhood < housing);
        Assert.True(Concern.Parse("Bullying") < housing);
        Assert.Equal(housing, JsonSerializer.Deserialize<Concern>("\"Housing\"", s_options));
        Assert.Equal(Concern.Play, Concern.Parse("play"));
        Assert.Contains("not a concern's code", Assert.Throws<FormatException>(() => Concern.Parse("wonen en leven")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_concern_is_named_in_five_languages_with_dutch_as_the_default()
    {
        Assert.Equal(Concern.BuiltIn, ConcernCatalogue.BuiltIn.Select(d => d.Concern));
        Assert.All(ConcernCatalogue.BuiltIn, d =>
        {
            Assert.Equal(["nl", "en", "de", "fr", "es"], d.Names.Languages);
            Assert.Equal("nl", d.Names.DefaultLanguage);
        });
        var early = ConcernCatalogue.BuiltIn[Concern.EarlyChildhood].Names;
        Assert.Equal(("Early childhood", "Frühe Kindheit", "Petite enfance", "Primera infancia"), (early.For("en"), early.For("de-AT"), early.For("fr"), early.For("es")));
    }

    [Fact]
    public void A_catalogue_holds_one_definition_per_concern_and_round_trips_through_json()
    {
        var housing = new ConcernDefinition(Concern.Parse("Housing"), new LocalizedText("en", "Housing").With("nl", "Wonen"));
        var catalogue = ConcernCatalogue.BuiltIn.Combine(new([housing]));
        Assert.Equal(8, catalogue.Count);
        Assert.Same(housing, catalogue[Concern.Parse("Housing")]);
        Assert.Contains("'Poverty' is defined twice", Assert.Throws<ArgumentException>(() => catalogue.Combine(new([ConcernCatalogue.BuiltIn[Concern.Poverty]]))).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => catalogue[Concern.Parse("Sport")]);

        var json = JsonSerializer.Serialize(catalogue, s_options);
        Assert.Contains("""{"concern":"Housing","names":{"en":"Housing","nl":"Wonen"}}""", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<ConcernCatalogue>(json, s_options)!;
        Assert.Equal(catalogue, back);
        Assert.Throws<ArgumentException>(() => new ConcernDefinition(default, new LocalizedText("en", "Nothing")));
    }
}
