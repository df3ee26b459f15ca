using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

public sealed class MemberTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = DateTimeZoneProviders.Tzdb["America/Kralendijk"];

    internal static ExpertiseProfile Profile() =>
        new("Kennis over armoede en meedoen", ["Armoede", " spelen ", "armoede"], [GoalArea.FamilyPlayLeisure, GoalArea.EssentialServices], [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity]);

    [Fact]
    public void A_municipality_is_a_member_by_code()
    {
        var member = Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", MemberCode.DenHaag.DefaultTimeZone(DateTimeZoneProviders.Tzdb));

        Assert.Equal(MemberKind.Municipality, member.Kind);
        Assert.Equal(MemberId.For(MemberCode.DenHaag), member.Id);
        Assert.Equal(Amsterdam, member.TimeZone);
        Assert.Null(member.Expertise);
        Assert.Equal("GM0518 's-Gravenhage", member.ToString());
    }

    [Fact]
    public void A_caribbean_code_makes_a_public_body() =>
        Assert.Equal(MemberKind.PublicBody, Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Kralendijk).Kind);

    [Fact]
    public void An_organisation_has_an_expertise_profile()
    {
        var member = Member.Organisation(OrganisationId.Parse("o01"), "Kenniscentrum", Profile(), Amsterdam);

        Assert.Equal(MemberKind.Organisation, member.Kind);
        Assert.Equal(Profile(), member.Expertise);
        Assert.Equal("org:o01", member.Id.ToString());
        Assert.Throws<ArgumentNullException>(() => Member.Organisation(OrganisationId.Parse("o01"), "K", null!, Amsterdam));
    }

    [Fact]
    public void A_network_partner_may_have_no_profile()
    {
        var member = Member.NetworkPartner(OrganisationId.Parse("partner"), "Partner", Amsterdam);

        Assert.Equal(MemberKind.NetworkPartner, member.Kind);
        Assert.Null(member.Expertise);
    }

    [Fact]
    public void Bad_member_input_is_rejected()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Member.Municipality(default, "X", Amsterdam)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Member.Municipality(MemberCode.DenHaag, " ", Amsterdam)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Member.Municipality(MemberCode.DenHaag, new string('x', Member.MaxNameLength + 1), Amsterdam)).ParamName);
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => Member.Municipality(MemberCode.DenHaag, "X", (DateTimeZone)null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Member.NetworkPartner(default, "X", Amsterdam)).ParamName);
    }

    [Fact]
    public void Members_with_the_same_values_are_equal()
    {
        var a = Member.Organisation(OrganisationId.Parse("o01"), "Kenniscentrum", Profile(), Amsterdam);
        var b = Member.Organisation(OrganisationId.Parse("o01"), " Kenniscentrum ", Profile(), Amsterdam);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != Member.Organisation(OrganisationId.Parse("o01"), "Kenniscentrum", Profile(), Kralendijk));
    }

    [Fact]
    public void An_expertise_profile_keeps_themes_areas_and_articles_once_in_order()
    {
        var profile = Profile();

        Assert.Equal(["Armoede", "spelen"], profile.Themes);
        Assert.Equal([GoalArea.EssentialServices, GoalArea.FamilyPlayLeisure], profile.GoalAreas);
        Assert.Equal([26, 27], profile.Articles.Select(a => a.Number));
        Assert.Equal("Kennis over armoede en meedoen", profile.ToString());
        Assert.Equal(profile.GetHashCode(), Profile().GetHashCode());
    }

    [Fact]
    public void Bad_expertise_input_is_rejected()
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new ExpertiseProfile("")).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new ExpertiseProfile("d", [" "])).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new ExpertiseProfile("d", [null!])).ParamName);
        Assert.Equal("goalAreas", Assert.Throws<ArgumentOutOfRangeException>(() => new ExpertiseProfile("d", goalAreas: [(GoalArea)6])).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => new ExpertiseProfile("d", articles: [default])).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => new ExpertiseProfile("d", null, null, null, "nl-!!!")).ParamName);
    }

    [Fact]
    public void An_expertise_carries_the_language_it_is_written_in_when_given_and_stored_profiles_without_one_read_as_not_given()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var english = new ExpertiseProfile("Play streets and youth work.", null, null, null, "EN-gb");

        Assert.Equal("en-GB", english.Language);
        Assert.NotEqual(new ExpertiseProfile("Play streets and youth work."), english);
        Assert.Equal(english, System.Text.Json.JsonSerializer.Deserialize<ExpertiseProfile>(System.Text.Json.JsonSerializer.Serialize(english, options), options));
        var stored = System.Text.Json.JsonSerializer.Deserialize<ExpertiseProfile>("""{"description":"Kennis over armoede"}""", options)!;
        Assert.Null(stored.Language);
        Assert.DoesNotContain("language", System.Text.Json.JsonSerializer.Serialize(stored, options), StringComparison.Ordinal);
    }
}
