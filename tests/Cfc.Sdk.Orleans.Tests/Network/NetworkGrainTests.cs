using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The network grain on one silo whose default storage is a SQLite file; every test uses its own network key.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class NetworkGrainTests(NetworkClusterFixture cluster)
{
    [Fact]
    public async Task The_seeded_Dutch_network_lists_its_municipalities_and_members_after_deactivation()
    {
        var network = await SeedAsync(cluster.Client, INetworkGrain.DefaultNetworkId);
        await network.SaveMemberAsync(Nji);
        await network.JoinAsync(Nji.Id, Joined);

        await cluster.DeactivateAsync(network);

        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id], (await network.GetMunicipalitiesAsync()).Select(m => m.Id));
        Assert.Equal(MemberKind.PublicBody, (await network.GetMemberAsync(SintEustatius.Id))!.Kind);
        Assert.Equal(Kralendijk.Id, (await network.GetMemberAsync(SintEustatius.Id))!.TimeZoneId);
        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id, Nji.Id], (await network.MembersOnAsync(Joined)).AsEnumerable());
        Assert.Empty(await network.MembersOnAsync(Joined.PlusDays(-1)));
    }

    [Fact]
    public async Task Memberships_over_time_are_kept_through_leaving_and_joining_again()
    {
        var network = await SeedAsync(cluster.Client, "memberships");

        await network.LeaveAsync(GooiseMeren.Id, new LocalDate(2024, 12, 31));
        await network.JoinAsync(GooiseMeren.Id, new LocalDate(2025, 3, 1));
        await cluster.DeactivateAsync(network);

        Assert.Equal([DenHaag.Id, SintEustatius.Id], (await network.MembersOnAsync(new LocalDate(2025, 1, 15))).AsEnumerable());
        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id], (await network.MembersOnAsync(new LocalDate(2025, 3, 1))).AsEnumerable());
        Assert.Equal(
            [new Membership(GooiseMeren.Id, Joined, new LocalDate(2024, 12, 31)), new Membership(GooiseMeren.Id, new LocalDate(2025, 3, 1))],
            (await network.GetRegisterAsync()).MembershipsOf(GooiseMeren.Id));
    }

    [Fact]
    public async Task The_register_keeps_an_organisations_id_kind_name_and_zone_and_not_its_expertise()
    {
        var network = await SeedAsync(cluster.Client, "organisation");
        await network.SaveMemberAsync(Nji);
        var renamed = Member.Organisation(OrganisationId.Parse("nji"), "NJi", Nji.Expertise!, Amsterdam);
        await network.SaveMemberAsync(renamed);

        await cluster.DeactivateAsync(network);

        Assert.Equal(new RegisteredMember(Nji.Id, MemberKind.Organisation, "NJi", Amsterdam.Id), await network.GetMemberAsync(Nji.Id));
        Assert.Equal(4, (await network.GetMembersAsync()).Length);
        Assert.DoesNotContain(Nji.Id, (await network.GetMunicipalitiesAsync()).Select(m => m.Id));
        Assert.Null(await network.GetMemberAsync(MemberId.Parse("org:unknown")));
    }

    [Fact]
    public async Task A_meeting_shows_its_local_times_in_Amsterdam_and_on_Statia_and_is_upcoming_until_its_day_has_passed()
    {
        var network = await SeedAsync(cluster.Client, "meetings");
        var meeting = IslandsMeeting;
        await network.AddMeetingAsync(meeting);
        await cluster.DeactivateAsync(network);

        cluster.Clock.Reset(Instant.FromUtc(2024, 3, 14, 22, 0));
        var upcoming = await network.GetUpcomingMeetingsAsync();
        cluster.Clock.Reset(Instant.FromUtc(2024, 3, 15, 0, 0));
        var dayAfter = await network.GetUpcomingMeetingsAsync();

        var stored = Assert.Single(upcoming);
        Assert.Equal(meeting, stored);
        Assert.Equal(
            [(DenHaag.Id, new LocalDateTime(2024, 3, 14, 16, 0)), (SintEustatius.Id, new LocalDateTime(2024, 3, 14, 11, 0))],
            stored.LocalTimes().Select(t => (t.Member!.Value, t.Start)));
        Assert.Empty(dayAfter);
        Assert.Equal([meeting], (await network.GetMeetingsFromAsync(new LocalDate(2024, 3, 14))).AsEnumerable());
        Assert.Empty(await network.GetMeetingsFromAsync(new LocalDate(2024, 3, 15)));
    }

    [Fact]
    public async Task A_bottleneck_escalated_from_local_to_regional_keeps_its_id_and_history()
    {
        var network = await SeedAsync(cluster.Client, "bottlenecks");
        var signalled = new Bottleneck(GooiseMeren.Id, "Wachtlijst jeugdhulp", "Jongeren wachten maanden op hulp.", new LocalDate(2024, 2, 1), [CrcArticle.BestInterests]);

        var first = await network.SignalBottleneckAsync(signalled);
        var second = await network.SignalBottleneckAsync(new Bottleneck(DenHaag.Id, "Onveilige fietsroute naar school", "Geen fietspad langs de N44.", new LocalDate(2024, 2, 5)));
        var escalated = await network.EscalateBottleneckAsync(first, EscalationLevel.Regional, new LocalDate(2024, 3, 1), "Regio Gooi en Vechtstreek");
        await cluster.DeactivateAsync(network);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(new NetworkBottleneck(1, signalled.EscalateTo(EscalationLevel.Regional, new LocalDate(2024, 3, 1), "Regio Gooi en Vechtstreek")), escalated);
        var stored = await network.GetBottlenecksAsync();
        Assert.Equal([1, 2], stored.Select(b => b.Id));
        Assert.Equal(escalated, stored[0]);
        Assert.Equal([EscalationLevel.Local, EscalationLevel.Regional], stored[0].Bottleneck.History.Select(e => e.Level));
        Assert.Equal(EscalationLevel.Local, stored[1].Bottleneck.Level);
    }

    [Fact]
    public async Task Good_practices_are_listed_in_the_order_they_were_shared()
    {
        var network = await SeedAsync(cluster.Client, "practices");
        var first = new GoodPractice(GooiseMeren.Id, "Kinderburgemeester", [GoalArea.VoiceHeard], "Een kinderburgemeester gekozen.", "Scholen bereiken.", "Begin klein.", new LocalDate(2024, 1, 10), [CrcArticle.ViewsOfTheChild]);
        var second = new GoodPractice(SintEustatius.Id, "Speelplekken", [GoalArea.SafeCleanEnvironment], "Speelplekken opgeknapt.", "Materiaal aanvoeren.", "Plan de levering vroeg.", new LocalDate(2024, 2, 10));

        await network.AddGoodPracticeAsync(first);
        await network.AddGoodPracticeAsync(second);
        await cluster.DeactivateAsync(network);

        Assert.Equal([first, second], (await network.GetGoodPracticesAsync()).AsEnumerable());
    }
}
