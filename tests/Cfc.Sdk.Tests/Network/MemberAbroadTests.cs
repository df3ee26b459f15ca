using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

/// <summary>Members abroad: their time zones are their country's, and a member's population is data on the member.</summary>
public sealed class MemberAbroadTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly MemberCode Koeln = MemberCode.Parse("DE-05315000");
    private static readonly MemberCode WeilAmRhein = MemberCode.Parse("DE-08336091");

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    [Fact]
    public void A_municipality_abroad_is_in_its_countrys_default_zone_or_another_of_its_zones()
    {
        Assert.Equal(Tzdb["Europe/Berlin"], Member.Municipality(Koeln, "Köln", Tzdb).TimeZone);
        Assert.Equal(MemberKind.Municipality, Member.Municipality(Koeln, "Köln", Tzdb["Europe/Berlin"]).Kind);
        Assert.Equal("Europe/Busingen", Member.Municipality(WeilAmRhein, "Weil am Rhein", Tzdb["Europe/Busingen"]).TimeZone.Id);
        Assert.Equal("Atlantic/Canary", Member.Municipality(MemberCode.Parse("ES-35016"), "Las Palmas de Gran Canaria", Tzdb["Atlantic/Canary"]).TimeZone.Id);
    }

    [Fact]
    public void A_zone_of_another_country_is_refused_naming_the_countrys_zones()
    {
        var error = Assert.Throws<ArgumentException>(() => Member.Municipality(Koeln, "Köln", Tzdb["Europe/Paris"]));

        Assert.Equal("timeZone", error.ParamName);
        Assert.StartsWith("DE-05315000 is a municipality in DE, whose time zones are Europe/Berlin, Europe/Busingen; not in Europe/Paris.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_members_keep_their_one_zone() =>
        Assert.Equal(
            "GM0518 is a municipality in Europe/Amsterdam, not in Europe/Berlin.",
            ValidationMessage(Assert.Throws<ArgumentException>(() => Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", Tzdb["Europe/Berlin"]))));

    [Fact]
    public void A_population_is_optional_data_on_a_municipality()
    {
        var koeln = Member.Municipality(Koeln, "Köln", Tzdb);

        Assert.Null(koeln.Population);
        var counted = koeln.WithPopulation(1_084_831);
        Assert.Equal(1_084_831, counted.Population);
        Assert.NotEqual(koeln, counted);
        Assert.Equal(koeln, counted.WithPopulation(null));
        Assert.Same(counted, counted.WithPopulation(1_084_831));
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => koeln.WithPopulation(0)).ParamName);
        var organisation = Member.NetworkPartner(OrganisationId.Parse("dkhw"), "Deutsches Kinderhilfswerk", Tzdb["Europe/Berlin"]);
        Assert.Throws<InvalidOperationException>(() => organisation.WithPopulation(10));
    }

    [Fact]
    public void A_population_is_written_when_known_and_read_back()
    {
        var weil = Member.Municipality(WeilAmRhein, "Weil am Rhein", Tzdb).WithPopulation(30_000);

        var json = JsonSerializer.Serialize(weil, Json);

        Assert.Equal("""{"id":"DE-08336091","kind":"Municipality","name":"Weil am Rhein","timeZone":"Europe/Berlin","population":30000}""", json);
        Assert.Equal(weil, JsonSerializer.Deserialize<Member>(json, Json));
        Assert.DoesNotContain("population", JsonSerializer.Serialize(Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", Tzdb), Json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_stored_without_a_population_reads_with_none() =>
        Assert.Null(JsonSerializer.Deserialize<Member>("""{"id":"GM0518","kind":"Municipality","name":"'s-Gravenhage","timeZone":"Europe/Amsterdam"}""", Json)!.Population);

    [Theory]
    [InlineData("""{"id":"DE-08336091","kind":"Municipality","name":"Weil am Rhein","timeZone":"Europe/Berlin","population":0}""", "has a population of 0")]
    [InlineData("""{"id":"DE-08336091","kind":"Municipality","name":"Weil am Rhein","timeZone":"Europe/Paris"}""", "whose time zones are Europe/Berlin, Europe/Busingen")]
    [InlineData("""{"id":"org:dkhw","kind":"NetworkPartner","name":"DKHW","timeZone":"Europe/Berlin","population":5}""", "which has no population")]
    public void A_stored_member_that_breaks_the_rules_is_refused(string json, string message) =>
        Assert.Contains(message, Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Member>(json, Json)).Message, StringComparison.Ordinal);

    [Fact]
    public void German_rules_give_each_member_the_duration_of_its_own_population()
    {
        var weil = Member.Municipality(WeilAmRhein, "Weil am Rhein", Tzdb).WithPopulation(30_000);
        var koeln = Member.Municipality(Koeln, "Köln", Tzdb).WithPopulation(1_000_000);

        Assert.Equal(new LocalDate(2028, 6, 1), CompletionDue(MemberProgrammeRules.Germany.For(weil)));
        Assert.Equal(new LocalDate(2029, 6, 1), CompletionDue(MemberProgrammeRules.Germany.For(koeln)));
        Assert.True(MemberProgrammeRules.Germany.DependsOnPopulation);
        Assert.Null(MemberProgrammeRules.Germany.Rules);
    }

    [Fact]
    public void German_rules_refuse_a_member_without_a_population()
    {
        var error = Assert.Throws<PopulationRequiredException>(() => MemberProgrammeRules.Germany.For(Member.Municipality(WeilAmRhein, "Weil am Rhein", Tzdb)));

        Assert.Equal(WeilAmRhein, error.Member);
        Assert.Equal("Germany", error.Rules);
        Assert.StartsWith("DE-08336091 has no population, and the Germany programme rules set the programme's duration by the number of inhabitants", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_rules_are_the_same_for_every_member()
    {
        MemberProgrammeRules rules = ProgrammeRules.Netherlands;

        Assert.Same(ProgrammeRules.Netherlands, rules.For(Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", Tzdb)));
        Assert.Same(ProgrammeRules.Netherlands, rules.Rules);
        Assert.False(rules.DependsOnPopulation);
        Assert.Equal(MemberProgrammeRules.Fixed(ProgrammeRules.Netherlands), rules);
        Assert.Throws<ArgumentException>(() => rules.For(Member.NetworkPartner(OrganisationId.Parse("dkhw"), "DKHW", Tzdb["Europe/Berlin"])));
    }

    // The German programme's first cycle from an application on 1 May and an agreement on 1 June 2024.
    private static LocalDate CompletionDue(ProgrammeRules rules)
    {
        var programme = new Programme(rules)
            .Transition(new PhaseTransition(ProgrammePhase.Applied, new LocalDate(2024, 5, 1)), new LocalDate(2024, 6, 1))
            .Transition(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2024, 6, 1)), new LocalDate(2024, 6, 1));
        var deadline = programme.StatusOn(new LocalDate(2024, 6, 2)).NextDeadline!.Value;
        Assert.Equal(ProgrammeDeadlineKind.CompletionDue, deadline.Kind);
        return deadline.On;
    }

    private static string ValidationMessage(ArgumentException e) => e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
}
