using System.Text.Json;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Tests.Network;

public sealed class OrganisationIdTests
{
    [Theory]
    [InlineData("o01")]
    [InlineData("kenniscentrum-jeugd")]
    [InlineData("Stichting_Speel.Ruimte")]
    public void Valid_ids_round_trip(string text)
    {
        var id = OrganisationId.Parse(text);
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, JsonSerializer.Deserialize<OrganisationId>(JsonSerializer.Serialize(id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-o1")]
    [InlineData("o 1")]
    [InlineData("organisatie/1")]
    [InlineData("é1")]
    public void Invalid_ids_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => OrganisationId.Parse(text));

    [Fact]
    public void An_id_longer_than_64_characters_is_rejected() =>
        Assert.False(OrganisationId.TryParse(new string('a', 65), out _));
}
