using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
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

        Assert.Equal([DenHaag, GooiseMeren, SintEustatius], (await network.GetMunicipalitiesAsync()).AsEnumerable());
        Assert.Equal(MemberKind.PublicBody, (await network.GetMemberAsync(SintEustatius.Id))!.Kind);
        Assert.Equal(Kralendijk, (await network.GetMemberAsync(SintEustatius.Id))!.TimeZone);
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
    public async Task An_organisation_keeps_its_expertise_and_is_not_a_municipality()
    {
        var network = await SeedAsync(cluster.Client, "organisation");
        await network.SaveMemberAsync(Nji);
        var renamed = Member.Organisation(OrganisationId.Parse("nji"), "NJi", Nji.Expertise!, Amsterdam);
        await network.SaveMemberAsync(renamed);

        await cluster.DeactivateAsync(network);

        var stored = await network.GetMemberAsync(Nji.Id);
        Assert.Equal(renamed, stored);
        Assert.Equal(Nji.Expertise, stored!.Expertise);
        Assert.Equal(["jeugdhulp", "participatie"], stored.Expertise!.Themes);
        Assert.Equal(4, (await network.GetMembersAsync()).Length);
        Assert.DoesNotContain(stored, await network.GetMunicipalitiesAsync());
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
    public async Task People_are_listed_by_member_kept_once_and_removed()
    {
        var network = await SeedAsync(cluster.Client, "people");
        var alderman = new Person(DenHaag.Id, "Wethouder jeugd", PersonRole.Administrator);
        var officer = new Person(DenHaag.Id, "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@denhaag.nl");
        var youth = new Person(SintEustatius.Id, "Youth council", PersonRole.YouthRepresentative);

        Assert.True(await network.AddPersonAsync(alderman));
        Assert.True(await network.AddPersonAsync(officer));
        Assert.True(await network.AddPersonAsync(youth));
        Assert.False(await network.AddPersonAsync(new Person(DenHaag.Id, "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@denhaag.nl")));
        Assert.True(await network.RemovePersonAsync(alderman));
        Assert.False(await network.RemovePersonAsync(alderman));
        await cluster.DeactivateAsync(network);

        Assert.Equal([officer], (await network.GetPeopleAsync(DenHaag.Id)).AsEnumerable());
        Assert.Equal([youth], (await network.GetPeopleAsync(SintEustatius.Id)).AsEnumerable());
        Assert.Empty(await network.GetPeopleAsync(GooiseMeren.Id));
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

    [Fact]
    public async Task The_next_newsletter_edition_is_the_first_on_or_after_today_in_Amsterdam()
    {
        var network = cluster.Client.GetGrain<INetworkGrain>("newsletter");
        Assert.Null(await network.GetNextNewsletterDateAsync());
        var schedule = new NewsletterSchedule(new LocalDate(2024, 1, 10));

        await network.SetNewsletterScheduleAsync(schedule);
        await cluster.DeactivateAsync(network);

        Assert.Equal(schedule, await network.GetNewsletterScheduleAsync());
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 1, 12, 0));
        Assert.Equal(new LocalDate(2024, 2, 21), await network.GetNextNewsletterDateAsync());
        // 23:30 UTC on 20 February is already the 21st in Amsterdam: the edition of that day is the next one.
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 20, 23, 30));
        Assert.Equal(new LocalDate(2024, 2, 21), await network.GetNextNewsletterDateAsync());
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 21, 23, 30));
        Assert.Equal(new LocalDate(2024, 4, 3), await network.GetNextNewsletterDateAsync());
    }

    [Fact]
    public async Task Subscribers_are_kept_once_ignoring_case_and_removed()
    {
        var network = cluster.Client.GetGrain<INetworkGrain>("subscribers");
        await network.SetNewsletterScheduleAsync(new NewsletterSchedule(new LocalDate(2024, 1, 10)));

        Assert.Equal(new NewsletterSubscription("jeugd@gooisemeren.nl", IsNew: true), await network.SubscribeAsync(" jeugd@gooisemeren.nl "));
        Assert.Equal(new NewsletterSubscription("Kindvriendelijk@DenHaag.nl", IsNew: true), await network.SubscribeAsync("Kindvriendelijk@DenHaag.nl"));
        Assert.Equal(new NewsletterSubscription("jeugd@gooisemeren.nl", IsNew: false), await network.SubscribeAsync("JEUGD@gooisemeren.nl"));
        Assert.True((await network.SubscribeAsync("raad@statia.example")).IsNew);
        Assert.True(await network.UnsubscribeAsync("RAAD@statia.example"));
        Assert.False(await network.UnsubscribeAsync("raad@statia.example"));
        await cluster.DeactivateAsync(network);

        Assert.Equal(["jeugd@gooisemeren.nl", "Kindvriendelijk@DenHaag.nl"], (await network.GetSubscribersAsync()).AsEnumerable());
    }

    [Fact]
    public async Task A_newsletter_without_a_schedule_takes_no_subscribers()
    {
        var network = cluster.Client.GetGrain<INetworkGrain>("subscribers-unscheduled");

        await Assert.ThrowsAsync<InvalidOperationException>(() => network.SubscribeAsync("jeugd@gooisemeren.nl"));
        Assert.False(await network.UnsubscribeAsync("jeugd@gooisemeren.nl"));
        Assert.Empty(await network.GetSubscribersAsync());
    }
}
