using System.Text.Json;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>Enums are read and written by the name of exactly one defined member.</summary>
public sealed class EnumJsonTests
{
    [Theory]
    [InlineData("\"Local, Regional\"")]
    [InlineData("\"Regional,National\"")]
    [InlineData("\"3\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"\"")]
    [InlineData("3")]
    [InlineData("null")]
    [InlineData("\"Provincial\"")]
    public void Anything_but_one_defined_name_is_refused(string json)
    {
        var refused = JsonRoundTrip.AssertRefused<EscalationLevel>(json);

        Assert.Contains("Local, Regional, National", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_is_read_ignoring_case_and_written_as_declared()
    {
        Assert.Equal(EscalationLevel.Regional, JsonSerializer.Deserialize<EscalationLevel>("\"regional\"", JsonRoundTrip.Web));
        Assert.Equal("\"Regional\"", JsonSerializer.Serialize(EscalationLevel.Regional, JsonRoundTrip.Web));
    }

    [Fact]
    public void An_undefined_value_is_not_written() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((GoalArea)0, JsonRoundTrip.Web));

    [Fact]
    public void Names_work_as_dictionary_keys_and_nowhere_else_a_list()
    {
        var value = new Dictionary<EscalationLevel, int> { [EscalationLevel.Local] = 1, [EscalationLevel.National] = 3 };

        var json = JsonSerializer.Serialize(value, JsonRoundTrip.Web);

        Assert.Equal("{\"Local\":1,\"National\":3}", json);
        Assert.Equal(value, JsonSerializer.Deserialize<Dictionary<EscalationLevel, int>>(json, JsonRoundTrip.Web));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<EscalationLevel, int>>("{\"Local, Regional\":1}", JsonRoundTrip.Web));
    }

    [Fact]
    public void A_nullable_enum_reads_null_and_names()
    {
        Assert.Null(JsonSerializer.Deserialize<EscalationLevel?>("null", JsonRoundTrip.Web));
        Assert.Equal(EscalationLevel.National, JsonSerializer.Deserialize<EscalationLevel?>("\"National\"", JsonRoundTrip.Web));
    }
}
