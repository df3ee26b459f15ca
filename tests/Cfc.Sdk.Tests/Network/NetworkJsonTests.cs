using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

/// <summary>Every public type of the network reads back from the JSON it writes, through its own validation.</summary>
public sealed class NetworkJsonTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly DateTimeZone Amsterdam = Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = Tzdb["America/Kralendijk"];
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.DenHaag);
    private static readonly MemberId Statia = MemberId.For(MemberCode.SintEustatius);
    private static readonly MemberId Kenniscentrum = MemberId.Parse("org:kenniscentrum-jeugd");

    internal static Member KenniscentrumJeugd() => Member.Organisation(
        OrganisationId.Parse("kenniscentrum-jeugd"),
        "Kenniscentrum Jeugd",
        new ExpertiseProfile("Kennis over armoede, spelen en meedoen van kinderen.", ["spelen", "Armoede"], [GoalArea.FamilyPlayLeisure, GoalArea.EssentialServices], [CrcArticle.StandardOfLiving, CrcArticle.PlayAndLeisure]),
        Amsterdam);

    [Theory]
    [InlineData("GM0518")]
    [InlineData("GM1942")]
    [InlineData("GM9001")]
    [InlineData("GM9003")]
    public void A_member_code_round_trips_as_its_text(string code) =>
        Assert.Equal($"\"{code}\"", JsonRoundTrip.AssertRoundTrips(MemberCode.Parse(code)));

    [Theory]
    [InlineData("GM0518")]
    [InlineData("org:kenniscentrum-jeugd")]
    public void A_member_id_round_trips_as_its_text(string id) =>
        Assert.Equal($"\"{id}\"", JsonRoundTrip.AssertRoundTrips(MemberId.Parse(id)));

    [Fact]
    public void An_organisation_id_round_trips_as_its_text() =>
        Assert.Equal("\"o01\"", JsonRoundTrip.AssertRoundTrips(OrganisationId.Parse("o01")));

    [Fact]
    public void Member_ids_of_both_kinds_work_as_dictionary_keys()
    {
        var value = new Dictionary<MemberId, int> { [DenHaag] = 1, [Kenniscentrum] = 2, [Statia] = 3 };

        var json = JsonSerializer.Serialize(value, JsonRoundTrip.Web);

        Assert.Equal("{\"GM0518\":1,\"org:kenniscentrum-jeugd\":2,\"GM9002\":3}", json);
        Assert.Equal(value, JsonSerializer.Deserialize<Dictionary<MemberId, int>>(json, JsonRoundTrip.Web));
        Assert.Equal(
            new Dictionary<OrganisationId, int> { [OrganisationId.Parse("o01")] = 1 },
            JsonSerializer.Deserialize<Dictionary<OrganisationId, int>>("{\"o01\":1}", JsonRoundTrip.Web));
    }

    [Fact]
    public void The_default_identifiers_format_as_empty_text_that_json_reads_back()
    {
        Assert.Equal("\"\"", JsonRoundTrip.AssertRoundTrips(default(MemberCode)));
        Assert.Equal("\"\"", JsonRoundTrip.AssertRoundTrips(default(MemberId)));
        Assert.Equal("\"\"", JsonRoundTrip.AssertRoundTrips(default(OrganisationId)));
        Assert.Null(default(MemberId).Code);
        Assert.Throws<FormatException>(() => MemberCode.Parse(string.Empty));
    }

    [Theory]
    [InlineData("\"GM9004\"")]
    [InlineData("\"gm0518\"")]
    [InlineData("\"org:\"")]
    [InlineData("518")]
    public void A_malformed_stored_identifier_is_refused(string json) =>
        JsonRoundTrip.AssertRefused<MemberId>(json);

    [Fact]
    public void Codes_and_ids_round_trip_for_any_code() =>
        Gen.Int[1, 8999].Sample(
            number =>
            {
                var code = MemberCode.Parse($"GM{number:D4}");
                JsonRoundTrip.AssertRoundTrips(code);
                JsonRoundTrip.AssertRoundTrips(MemberId.For(code));
            },
            iter: 500);

    [Theory]
    [InlineData("GM9001")]
    [InlineData("GM9002")]
    [InlineData("GM9003")]
    public void A_caribbean_public_body_gets_kralendijk_not_amsterdam(string text)
    {
        var code = MemberCode.Parse(text);

        Assert.Equal("America/Kralendijk", code.DefaultTimeZoneId);
        Assert.Equal(Kralendijk, Member.Municipality(code, "Caribisch Nederland", Tzdb).TimeZone);
        Assert.Equal(MemberKind.PublicBody, Member.Municipality(code, "Caribisch Nederland", Tzdb).Kind);
        Assert.Equal("America/Kralendijk", MemberId.For(code).Code!.Value.DefaultTimeZoneId);
        Assert.Equal("timeZone", Assert.Throws<ArgumentException>(() => Member.Municipality(code, "Caribisch Nederland", Amsterdam)).ParamName);
    }

    [Fact]
    public void A_municipality_is_in_amsterdam_and_refused_in_kralendijk()
    {
        Assert.Equal(Amsterdam, Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", Tzdb).TimeZone);
        Assert.Equal("timeZone", Assert.Throws<ArgumentException>(() => Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", Kralendijk)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", (IDateTimeZoneProvider)null!));
    }

    [Fact]
    public void Members_of_every_kind_round_trip()
    {
        JsonRoundTrip.AssertRoundTrips(Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", Tzdb));
        JsonRoundTrip.AssertRoundTrips(Member.Municipality(MemberCode.Saba, "Saba", Tzdb));
        JsonRoundTrip.AssertRoundTrips(KenniscentrumJeugd());
        JsonRoundTrip.AssertRoundTrips(Member.NetworkPartner(OrganisationId.Parse("partner"), "Partner", Kralendijk));
        JsonRoundTrip.AssertRoundTrips(Member.NetworkPartner(OrganisationId.Parse("partner"), "Partner", Amsterdam, KenniscentrumJeugd().Expertise));
    }

    [Fact]
    public void The_stored_form_of_a_member_is_approved() =>
        Approvals.VerifyJson(new { PublicBody = Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Tzdb), Organisation = KenniscentrumJeugd() });

    [Theory]
    [InlineData("""{"id":"GM9002","kind":"PublicBody","name":"Sint Eustatius","timeZone":"Europe/Amsterdam"}""", "America/Kralendijk")]
    [InlineData("""{"id":"GM0518","kind":"PublicBody","name":"'s-Gravenhage","timeZone":"Europe/Amsterdam"}""", "Municipality")]
    [InlineData("""{"id":"org:o01","kind":"Municipality","name":"O","timeZone":"Europe/Amsterdam"}""", "kind")]
    [InlineData("""{"id":"org:o01","kind":"Organisation","name":"O","timeZone":"Europe/Amsterdam"}""", "expertise")]
    [InlineData("""{"id":"GM0518","kind":"Municipality","name":" ","timeZone":"Europe/Amsterdam"}""", "name")]
    [InlineData("""{"id":"GM0518","kind":"Municipality","timeZone":"Europe/Amsterdam"}""", "name")]
    [InlineData("""{"id":"GM0518","kind":"Municipality","name":"X","timeZone":"Mars/Olympus"}""", "Mars/Olympus")]
    [InlineData("""{"id":"GM0518","kind":1,"name":"X","timeZone":"Europe/Amsterdam"}""", "MemberKind")]
    public void An_invalid_stored_member_is_a_json_error_that_says_why(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<Member>(json).ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_missing_stored_value_is_named_with_the_domain_type()
    {
        var refused = JsonRoundTrip.AssertRefused<Member>("""{"id":"GM0518","kind":"Municipality","timeZone":"Europe/Amsterdam"}""");

        Assert.StartsWith("The stored Member is not valid:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Stored", refused.Message.Replace("The stored", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void An_expertise_profile_round_trips() =>
        JsonRoundTrip.AssertRoundTrips(KenniscentrumJeugd().Expertise!);

    [Fact]
    public void An_expertise_profile_is_equal_whatever_the_order_and_case_of_its_repeated_themes() =>
        Gen.Select(Gen.Shuffle(new[] { "armoede", "Armoede", "ARMOEDE", "spelen", "Spelen", "school" }), Gen.Shuffle(new[] { GoalArea.VoiceHeard, GoalArea.EssentialServices }), Gen.Shuffle(new[] { CrcArticle.Health, CrcArticle.Education, CrcArticle.Health }))
            .Sample(
                (themes, areas, articles) =>
                {
                    var profile = new ExpertiseProfile("Kennis", themes, areas, articles);

                    Assert.Equal(new ExpertiseProfile("Kennis", ["ARMOEDE", "Spelen", "school"], [GoalArea.EssentialServices, GoalArea.VoiceHeard], [CrcArticle.Health, CrcArticle.Education]), profile);
                    Assert.Equal(["ARMOEDE", "school", "Spelen"], profile.Themes);
                    JsonRoundTrip.AssertRoundTrips(profile);
                },
                iter: 300);

    [Fact]
    public void The_lists_a_profile_hands_out_cannot_change_it()
    {
        var profile = KenniscentrumJeugd().Expertise!;

        Assert.Throws<NotSupportedException>(() => ((IList<string>)profile.Themes)[0] = "anders");
        Assert.Throws<NotSupportedException>(() => ((IList<GoalArea>)profile.GoalAreas).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<CrcArticle>)profile.Articles).Clear());
        Assert.Equal(KenniscentrumJeugd().Expertise, profile);
    }

    [Theory]
    [InlineData("""{"description":"K","themes":[" "]}""")]
    [InlineData("""{"description":"K","goalAreas":["Nowhere"]}""")]
    [InlineData("""{"description":"K","articles":[0]}""")]
    [InlineData("""{"themes":["spelen"]}""")]
    public void An_invalid_stored_expertise_profile_is_refused(string json) =>
        JsonRoundTrip.AssertRefused<ExpertiseProfile>(json);

    [Fact]
    public void Memberships_round_trip_open_and_ended()
    {
        Assert.DoesNotContain("left", JsonRoundTrip.AssertRoundTrips(new Membership(DenHaag, new(2022, 1, 1))), StringComparison.Ordinal);
        Assert.Contains("\"left\":\"2024-12-31\"", JsonRoundTrip.AssertRoundTrips(new Membership(Statia, new(2022, 1, 1), new(2024, 12, 31))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"member":"GM0518","joined":"2024-01-01","left":"2023-12-31"}""")]
    [InlineData("""{"member":"","joined":"2024-01-01"}""")]
    [InlineData("""{"member":"GM0518"}""")]
    public void An_invalid_stored_membership_is_refused(string json) =>
        JsonRoundTrip.AssertRefused<Membership>(json);

    internal static MemberRegister RegisterOverTime() => MemberRegister.Empty
        .Join(DenHaag, new(2022, 1, 1))
        .Join(Statia, new(2023, 11, 30))
        .Leave(DenHaag, new(2023, 6, 30))
        .Join(Kenniscentrum, new(2024, 2, 1))
        .Join(DenHaag, new(2024, 1, 1));

    [Fact]
    public void A_member_register_with_memberships_over_time_round_trips()
    {
        JsonRoundTrip.AssertRoundTrips(MemberRegister.Empty);
        JsonRoundTrip.AssertRoundTrips(RegisterOverTime());
    }

    [Fact]
    public void Any_register_built_by_joining_and_leaving_round_trips() =>
        Gen.Select(Gen.OneOf(DenHaag, Statia, Kenniscentrum), Gen.Int[0, 400]).Array[0, 20].Sample(
            steps =>
            {
                var register = MemberRegister.Empty;
                var day = new LocalDate(2020, 1, 1);
                foreach (var (member, days) in steps)
                {
                    day = day.PlusDays(days + 1);
                    var history = register.MembershipsOf(member);
                    register = history.Count > 0 && history[^1].Left is null ? register.Leave(member, day) : register.Join(member, day);
                }

                JsonRoundTrip.AssertRoundTrips(register);
            },
            iter: 500);

    [Fact]
    public void The_stored_form_of_a_member_register_is_approved() =>
        Approvals.VerifyJson(RegisterOverTime());

    [Fact]
    public void Registers_with_the_same_memberships_are_equal_whatever_the_order_of_members()
    {
        var other = MemberRegister.Empty.Join(Kenniscentrum, new(2024, 2, 1)).Join(Statia, new(2023, 11, 30)).Join(DenHaag, new(2022, 1, 1)).Leave(DenHaag, new(2023, 6, 30)).Join(DenHaag, new(2024, 1, 1));

        Assert.Equal(RegisterOverTime(), other);
        Assert.Equal(RegisterOverTime().GetHashCode(), other.GetHashCode());
        Assert.NotEqual(RegisterOverTime(), other.Leave(Statia, new(2025, 1, 1)));
        Assert.True(MemberRegister.Empty != RegisterOverTime());
    }

    [Theory]
    [InlineData("""{"memberships":[{"member":"GM0518","joined":"2022-01-01"},{"member":"GM0518","joined":"2024-01-01"}]}""", "has not left")]
    [InlineData("""{"memberships":[{"member":"GM0518","joined":"2022-01-01","left":"2024-06-30"},{"member":"GM0518","joined":"2024-01-01"}]}""", "2024-06-30")]
    [InlineData("""{"memberships":[null]}""", "memberships")]
    [InlineData("""{}""", "memberships")]
    public void Overlapping_or_broken_stored_memberships_are_refused(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<MemberRegister>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void The_lists_a_register_hands_out_cannot_change_it()
    {
        var register = RegisterOverTime();

        Assert.Throws<NotSupportedException>(() => ((IList<Membership>)register.Memberships).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<MemberId>)register.MembersOn(new(2024, 3, 1))).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Membership>)register.MembershipsOf(DenHaag)).Clear());
        Assert.Equal(4, register.Memberships.Count);
    }

    [Fact]
    public void Persons_round_trip_and_store_only_their_four_values()
    {
        var json = JsonRoundTrip.AssertRoundTrips(new Person(DenHaag, "Fatima", PersonRole.CivilServant, "f.jansen@denhaag.nl"));
        JsonRoundTrip.AssertRoundTrips(new Person(Statia, "J.", PersonRole.YouthRepresentative));
        JsonRoundTrip.AssertRoundTrips(new Person(DenHaag, "Wethouder", PersonRole.Administrator));

        Assert.Equal(["member", "displayName", "role", "contact"], JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("""{"member":"GM9002","displayName":"J.","role":"YouthRepresentative","contact":"j@statia.example"}""", "youth representative")]
    [InlineData("""{"member":"GM9002","displayName":"J.","role":"Mayor"}""", "PersonRole")]
    [InlineData("""{"member":"GM9002","role":"CivilServant"}""", "displayName")]
    public void An_invalid_stored_person_is_refused(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<Person>(json).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Member_kinds_and_person_roles_round_trip_by_name()
    {
        Assert.All(Enum.GetValues<MemberKind>(), kind => Assert.Equal($"\"{kind}\"", JsonRoundTrip.AssertRoundTrips(kind)));
        Assert.All(Enum.GetValues<PersonRole>(), role => Assert.Equal($"\"{role}\"", JsonRoundTrip.AssertRoundTrips(role)));
    }

    [Fact]
    public void Date_messages_of_memberships_do_not_depend_on_the_current_culture()
    {
        JsonRoundTrip.AssertCultureInvariantMessage(() => _ = new Membership(DenHaag, new(2024, 2, 1), new(2024, 1, 1)));
        JsonRoundTrip.AssertCultureInvariantMessage(() => new Membership(DenHaag, new(2024, 2, 1)).Leave(new(2024, 1, 1)));
        JsonRoundTrip.AssertCultureInvariantMessage(() => MemberRegister.Empty.Join(DenHaag, new(2024, 2, 1)).Leave(DenHaag, new(2024, 3, 1)).Join(DenHaag, new(2024, 3, 1)));
        JsonRoundTrip.AssertCultureInvariantMessage(() => _ = new Person(DenHaag, new string('x', 1001), PersonRole.CivilServant));
    }
}
