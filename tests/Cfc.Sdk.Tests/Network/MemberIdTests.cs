using System.Text.Json;
using CsCheck;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Tests.Network;

public sealed class MemberIdTests
{
    [Fact]
    public void A_municipality_id_is_its_code()
    {
        var id = MemberId.For(MemberCode.DenHaag);

        Assert.Equal("GM0518", id.ToString());
        Assert.Equal(MemberCode.DenHaag, id.Code);
        Assert.Null(id.Organisation);
    }

    [Fact]
    public void An_organisation_id_has_the_org_prefix()
    {
        var id = MemberId.For(OrganisationId.Parse("kenniscentrum-jeugd"));

        Assert.Equal("org:kenniscentrum-jeugd", id.ToString());
        Assert.Null(id.Code);
        Assert.Equal(OrganisationId.Parse("kenniscentrum-jeugd"), id.Organisation);
    }

    [Fact]
    public void An_organisation_named_like_a_code_is_not_the_municipality() =>
        Assert.NotEqual(MemberId.For(MemberCode.DenHaag), MemberId.For(OrganisationId.Parse("GM0518")));

    [Fact]
    public void Default_codes_and_ids_name_no_member()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => MemberId.For(default(MemberCode))).ParamName);
        Assert.Equal("organisation", Assert.Throws<ArgumentException>(() => MemberId.For(default(OrganisationId))).ParamName);
        Assert.Equal(string.Empty, default(MemberId).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM518")]
    [InlineData("org:")]
    [InlineData("org:-x")]
    [InlineData("ORG:x")]
    [InlineData("kenniscentrum")]
    public void Parsing_anything_else_fails_with_a_format_error(string text)
    {
        Assert.False(MemberId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MemberId.Parse(text));
    }

    [Fact]
    public void Parsing_null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => MemberId.Parse(null!));
        Assert.False(MemberId.TryParse(null, out _));
    }

    [Fact]
    public void Codes_sort_before_organisations()
    {
        var ids = new[] { MemberId.Parse("org:a"), MemberId.Parse("GM9002"), MemberId.Parse("GM0518") };

        Assert.Equal(["GM0518", "GM9002", "org:a"], ids.Order().Select(i => i.ToString()));
        Assert.True(MemberId.Parse("GM0518") < MemberId.Parse("org:a"));
        Assert.True(MemberId.Parse("org:b") >= MemberId.Parse("org:a"));
    }

    [Fact]
    public void Member_ids_round_trip_through_text_and_json() =>
        Gen.OneOf(
                Gen.Int[1, 8999].Select(n => $"GM{n:D4}"),
                Gen.Int[9001, 9003].Select(n => $"GM{n}"),
                Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 20].Select(s => "org:" + s))
            .Sample(text =>
            {
                var id = MemberId.Parse(text);

                Assert.Equal(text, id.ToString());
                Assert.Equal(id, JsonSerializer.Deserialize<MemberId>(JsonSerializer.Serialize(id)));
                Assert.Equal(id.GetHashCode(), MemberId.Parse(text).GetHashCode());
            });

    [Fact]
    public void Json_that_is_no_member_id_is_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MemberId>("\"GM0000\""));
}
