using System.Text.Json;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Tests.Serialization;
using CsCheck;

namespace Cfc.Sdk.Tests.Participation;

public sealed class ReachedGroupTests
{
    [Fact]
    public void The_built_in_groups_have_kebab_case_ids_in_order()
    {
        Assert.Equal(["disability", "in-care", "poverty", "refugee-background"], ReachedGroup.BuiltIn.Select(g => g.ToString()));
        Assert.All(ReachedGroup.BuiltIn, group => Assert.True(group.IsBuiltIn));
        Assert.False(ReachedGroup.Parse("young-carers").IsBuiltIn);
    }

    [Theory]
    [InlineData("poverty")]
    [InlineData("young-carers")]
    [InlineData("lhbtiq")]
    [InlineData("roma-sinti-2")]
    public void Any_kebab_case_id_is_a_group_that_round_trips(string text)
    {
        var group = ReachedGroup.Parse(text);

        Assert.Equal(text, group.ToString());
        Assert.Equal($"\"{text}\"", JsonRoundTrip.AssertRoundTrips(group));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Poverty")]
    [InlineData("in care")]
    [InlineData("in--care")]
    [InlineData("-care")]
    [InlineData("care-")]
    [InlineData("2care")]
    [InlineData("in_care")]
    [InlineData("Jan de Vries")]
    public void Other_text_is_not_a_group(string text)
    {
        Assert.False(ReachedGroup.TryParse(text, out var group));
        Assert.Equal(default, group);
        Assert.Throws<FormatException>(() => ReachedGroup.Parse(text));
        if (text.Length > 0)
        {
            JsonRoundTrip.AssertRefused<ReachedGroup>($"\"{text}\"");
        }
    }

    [Fact]
    public void An_id_longer_than_the_maximum_is_refused()
    {
        Assert.True(ReachedGroup.TryParse(new string('a', ReachedGroup.MaxLength), out _));
        Assert.False(ReachedGroup.TryParse(new string('a', ReachedGroup.MaxLength + 1), out _));
    }

    [Fact]
    public void Every_valid_id_round_trips_and_every_parsed_text_is_kebab_case() =>
        Gen.String[Gen.Char["abz-09A _"], 0, 45].Sample(text =>
        {
            if (ReachedGroup.TryParse(text, out var group))
            {
                Assert.Equal(text, group.ToString());
                Assert.Equal(group, JsonSerializer.Deserialize<ReachedGroup>(JsonSerializer.Serialize(group, JsonRoundTrip.Web), JsonRoundTrip.Web));
                Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", text);
            }
            else
            {
                Assert.DoesNotMatch("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", text.Length <= ReachedGroup.MaxLength ? text : "A");
            }
        });
}
