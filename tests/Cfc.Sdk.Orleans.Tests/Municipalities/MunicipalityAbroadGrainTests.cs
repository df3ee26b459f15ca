using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>A municipality abroad is a grain keyed by its code, in a zone of its country, with its population stored and registered.</summary>
[Collection(MunicipalityClusterDefinition.Name)]
public sealed class MunicipalityAbroadGrainTests(MunicipalityClusterFixture cluster)
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    [Fact]
    public async Task Koeln_is_keyed_by_its_code_in_berlin_with_its_population_stored_and_registered()
    {
        var code = MemberCode.Parse("DE-05315000");
        var grain = cluster.Client.GetGrain<IMunicipalityGrain>(code.ToString());
        var koeln = Member.Municipality(code, "Köln", Tzdb["Europe/Berlin"]).WithPopulation(1_084_831);

        Assert.Equal(koeln, await grain.SetProfileAsync("de-abroad", koeln));
        await grain.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, code, ReportingPeriod.Parse("2023/2024"), 12));
        await cluster.DeactivateAsync(grain);

        Assert.Equal(koeln, await grain.GetProfileAsync());
        Assert.Equal(new LocalDate(2026, 3, 26), await grain.TodayAsync());
        Assert.Single((await grain.GetLedgerAsync()).Figures(code, DutchIndicators.HomeSitters.Id));
        var registered = await cluster.Client.GetGrain<INetworkGrain>("de-abroad").GetMemberAsync(MemberId.For(code));
        Assert.Equal(new RegisteredMember(MemberId.For(code), MemberKind.Municipality, "Köln", "Europe/Berlin") { Population = 1_084_831 }, registered);
        Assert.Contains("\"population\":1084831", cluster.StoredState(code.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_keeps_the_zone_and_population_and_another_members_profile_is_refused()
    {
        var code = MemberCode.Parse("DE-08336091");
        var grain = cluster.Client.GetGrain<IMunicipalityGrain>(code.ToString());
        await grain.SetProfileAsync("de-abroad", Member.Municipality(code, "Weil", Tzdb["Europe/Busingen"]).WithPopulation(30_000));

        var renamed = await grain.SetProfileAsync("de-abroad", "Weil am Rhein");
        var other = await Assert.ThrowsAsync<ArgumentException>(() => grain.SetProfileAsync("de-abroad", Member.Municipality(MemberCode.Parse("DE-05315000"), "Köln", Tzdb)));

        Assert.Equal(("Weil am Rhein", "Europe/Busingen", (int?)30_000), (renamed.Name, renamed.TimeZone.Id, renamed.Population));
        Assert.Equal("profile", other.ParamName);
    }

    [Fact]
    public async Task A_change_keeps_the_fields_it_leaves_out_and_says_whether_the_member_is_new()
    {
        var grain = cluster.Client.GetGrain<IMunicipalityGrain>("DE-09162000");

        var created = await grain.ChangeProfileAsync("de-abroad", "München", timeZone: null, population: null);
        var counted = await grain.ChangeProfileAsync("de-abroad", "München", timeZone: null, population: 1_510_378);
        var moved = await grain.ChangeProfileAsync("de-abroad", "Landeshauptstadt München", "Europe/Busingen", population: null);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => grain.ChangeProfileAsync("de-abroad", "München", "Europe/Paris", population: null));

        Assert.Equal((true, "Europe/Berlin", (int?)null), (created.Created, created.Profile.TimeZone.Id, created.Profile.Population));
        Assert.Equal((false, "Europe/Berlin", (int?)1_510_378), (counted.Created, counted.Profile.TimeZone.Id, counted.Profile.Population));
        Assert.Equal((false, "Landeshauptstadt München", "Europe/Busingen", (int?)1_510_378), (moved.Created, moved.Profile.Name, moved.Profile.TimeZone.Id, moved.Profile.Population));
        Assert.Equal("timeZone", refused.ParamName);
        Assert.Equal(moved.Profile, await grain.GetProfileAsync());
    }

    [Fact]
    public async Task A_programme_starts_under_the_silos_rules_for_a_member_abroad()
    {
        var grain = cluster.Client.GetGrain<IMunicipalityGrain>("ES-28079");
        await grain.SetProfileAsync("es-abroad", Member.Municipality(MemberCode.Parse("ES-28079"), "Madrid", Tzdb));

        var status = await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2026, 1, 15)));

        Assert.Equal(ProgrammePhase.Agreement, status.Phase);
        Assert.Equal(ProgrammeRules.Netherlands, (await grain.GetProgrammeAsync()).Rules);
    }
}
