using System.Collections.Immutable;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>
/// A network state of schema version 1 (release 0.1: everything in one state) is converted when the network grain
/// activates: the register stays, profiles and people go to the members' grains, the newsletter to its own.
/// Each test has its own network and its own municipalities: a municipality belongs to one network.
/// </summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class NetworkConversionTests(NetworkClusterFixture cluster)
{
    private static readonly NewsletterSchedule Schedule = new(new LocalDate(2024, 1, 10));

    [Fact]
    public async Task A_network_of_release_0_1_is_converted_on_activation_losing_nothing()
    {
        var (utrecht, partner, legacy) = Legacy("GM0344", "GM0599");
        cluster.Store("network", "network/converted", StoredInRelease01(legacy));

        var network = cluster.Client.GetGrain<INetworkGrain>("converted");

        Assert.Equal([utrecht.Id, MemberId.Parse("GM0599"), partner.Id, Nji.Id], (await network.GetMembersAsync()).Select(m => m.Id));
        Assert.Equal([utrecht.Id, MemberId.Parse("GM0599")], (await network.GetMunicipalitiesAsync()).Select(m => m.Id));
        Assert.Equal(legacy.Register.Memberships, (await network.GetRegisterAsync()).Memberships);
        var municipality = cluster.Client.GetGrain<IMunicipalityGrain>("GM0344");
        Assert.Equal(utrecht, await municipality.GetProfileAsync());
        Assert.Equal("converted", await municipality.GetNetworkAsync());
        Assert.Equal(legacy.People.Where(p => p.Member == utrecht.Id), await municipality.GetPeopleAsync());
        var nji = cluster.Client.GetGrain<IOrganisationGrain>(NetworkKey.Of("converted", "nji"));
        Assert.Equal(Nji, await nji.GetProfileAsync());
        Assert.Equal(Nji.Expertise, (await nji.GetProfileAsync())!.Expertise);
        Assert.Equal(legacy.People.Where(p => p.Member == Nji.Id), await nji.GetPeopleAsync());
        Assert.Equal(partner, await cluster.Client.GetGrain<IOrganisationGrain>(NetworkKey.Of("converted", "jeugdfonds")).GetProfileAsync());
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("converted");
        Assert.Equal(Schedule, await newsletter.GetScheduleAsync());
        Assert.Equal<string>(legacy.NewsletterSubscribers, await newsletter.GetSubscribersAsync());
        Assert.Equal(legacy.Meetings, await Task.WhenAll(legacy.Meetings.Select((_, i) => cluster.Client.GetMeeting("converted", i + 1).GetAsync())));
        Assert.Equal(legacy.GoodPractices, await Task.WhenAll(legacy.GoodPractices.Select((_, i) => cluster.Client.GetGoodPractice("converted", i + 1).GetAsync())));
        Assert.Equal(legacy.Bottlenecks, await Task.WhenAll(legacy.Bottlenecks.Select((_, i) => cluster.Client.GetBottleneck("converted", i + 1).GetAsync())));
        Assert.Equal(["1"], await cluster.Client.MeetingList("converted").ReadAsync().Select(e => e.Id).ToListAsync());
        Assert.Equal(["1", "2"], await cluster.Client.GoodPracticeList("converted").ReadAsync().Select(e => e.Id).ToListAsync());
        Assert.Equal(["1"], await cluster.Client.BottleneckList("converted").ReadAsync().Select(e => e.Id).ToListAsync());
        Assert.Equal(
            [legacy.Meetings.Length, legacy.GoodPractices.Length, legacy.Bottlenecks.Length],
            await Task.WhenAll(new[] { MeetingGrains.Kind, GoodPracticeGrains.Kind, BottleneckGrains.Kind }.Select(kind => cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of("converted", kind)).LastAsync())));

        // Stored in version 2, which release 0.1 refuses to read, holding nothing that has a grain of its own.
        var stored = cluster.StoredState("network", "network/converted")!;
        Assert.StartsWith("""{"schemaVersion":2,""", stored, StringComparison.Ordinal);
        foreach (var emptied in new[] { "\"members\":{}", "\"people\":[]", "\"meetings\":[]", "\"goodPractices\":[]", "\"bottlenecks\":[]", "\"newsletterSubscribers\":[]" })
        {
            Assert.Contains(emptied, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_conversion_interrupted_half_way_runs_again_to_the_same_state_without_doubling_anything()
    {
        var (utrecht, _, legacy) = Legacy("GM0363", "GM0014");

        // The first run got as far as one member's grain and the newsletter, then the silo stopped.
        await cluster.Client.GetGrain<IMunicipalityGrain>("GM0363").ImportAsync("interrupted", utrecht, [.. legacy.People.Where(p => p.Member == utrecht.Id)]);
        await cluster.Client.GetGrain<INewsletterGrain>("interrupted").ImportAsync(Schedule, legacy.NewsletterSubscribers);
        cluster.Store("network", "network/interrupted", StoredInRelease01(legacy));
        var network = cluster.Client.GetGrain<INetworkGrain>("interrupted");
        var once = await network.GetMembersAsync();

        // It stopped again after the register was written, before the network's state let go of what it took over.
        cluster.Store("network", "network/interrupted", StoredInRelease01(legacy));
        await cluster.DeactivateAsync(network);

        Assert.Equal(once.AsEnumerable(), (await network.GetMembersAsync()).AsEnumerable());
        Assert.Equal(legacy.Register.Memberships, (await network.GetRegisterAsync()).Memberships);
        Assert.Equal(legacy.People.Where(p => p.Member == utrecht.Id), await cluster.Client.GetGrain<IMunicipalityGrain>("GM0363").GetPeopleAsync());
        Assert.Equal(legacy.People.Where(p => p.Member == Nji.Id), await cluster.Client.GetGrain<IOrganisationGrain>(NetworkKey.Of("interrupted", "nji")).GetPeopleAsync());
        Assert.Equal<string>(legacy.NewsletterSubscribers, await cluster.Client.GetGrain<INewsletterGrain>("interrupted").GetSubscribersAsync());
        Assert.Equal(legacy.Meetings.Single(), await cluster.Client.GetMeeting("interrupted", 1).GetAsync());
        Assert.Equal(["1", "2"], await cluster.Client.GoodPracticeList("interrupted").ReadAsync().Select(e => e.Id).ToListAsync());
        Assert.Equal(legacy.Bottlenecks.Single(), await cluster.Client.GetBottleneck("interrupted", 1).GetAsync());
        Assert.Equal(2, await cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of("interrupted", GoodPracticeGrains.Kind)).LastAsync());
    }

    [Fact]
    public async Task A_member_whose_own_call_first_wakes_the_network_is_converted_with_it_without_waiting_on_itself()
    {
        var (member, _, legacy) = Legacy("GM0405", "GM0406");
        cluster.Store("network", "network/woken", StoredInRelease01(legacy));

        // Registering calls the network grain, whose activation converts the network and imports into this very grain.
        var grain = cluster.Client.GetGrain<IMunicipalityGrain>("GM0405");
        await grain.SetProfileAsync("woken", "Hoorn");

        Assert.Equal("Hoorn", (await grain.GetProfileAsync())!.Name);
        Assert.Equal(legacy.People.Where(p => p.Member == member.Id), await grain.GetPeopleAsync());
        Assert.Equal("Hoorn", (await cluster.Client.GetGrain<INetworkGrain>("woken").GetMemberAsync(member.Id))!.Name);
    }

    [Fact]
    public async Task A_new_network_stores_no_state_of_release_0_1()
    {
        var network = await SeedAsync(cluster.Client, "fresh");

        Assert.Equal(3, (await network.GetMembersAsync()).Length);
        Assert.Null(cluster.StoredState("network", "network/fresh"));
        Assert.StartsWith("""{"schemaVersion":2,""", cluster.StoredState("register", "network/fresh"), StringComparison.Ordinal);
    }

    // A network as release 0.1 kept it: two municipalities (only the first with a membership and people), an
    // organisation with expertise and people, a partner, a meeting, two good practices, a bottleneck and a newsletter
    // with subscribers.
    private static (Member Municipality, Member Partner, NetworkState State) Legacy(string code, string other)
    {
        var municipality = Member.Municipality(MemberCode.Parse(code), "Gemeente " + code, Amsterdam);
        var second = Member.Municipality(MemberCode.Parse(other), "Gemeente " + other, Amsterdam);
        var partner = Member.NetworkPartner(OrganisationId.Parse("jeugdfonds"), "Jeugdfonds", Amsterdam);
        var members = new[] { municipality, second, Nji, partner };
        var state = new NetworkState
        {
            Members = members.ToImmutableSortedDictionary(m => m.Id, m => m),
            Register = MemberRegister.Empty.Join(municipality.Id, Joined).Join(Nji.Id, Joined),
            People =
            [
                new Person(municipality.Id, "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@gemeente.example"),
                new Person(Nji.Id, "B. Jansen", PersonRole.CivilServant, "b.jansen@nji.example"),
                new Person(municipality.Id, "Jongerenraad", PersonRole.YouthRepresentative),
            ],
            Meetings = [IslandsMeeting],
            GoodPractices =
            [
                new GoodPractice(municipality.Id, "Kinderburgemeester", [GoalArea.VoiceHeard], "Een kinderburgemeester gekozen.", "Scholen bereiken.", "Begin klein.", new LocalDate(2024, 1, 10), [CrcArticle.ViewsOfTheChild]),
                new GoodPractice(Nji.Id, "Speelplekken", [GoalArea.SafeCleanEnvironment], "Speelplekken opgeknapt.", "Materiaal aanvoeren.", "Plan de levering vroeg.", new LocalDate(2024, 2, 10)),
            ],
            Bottlenecks = [new Bottleneck(municipality.Id, "Wachtlijst jeugdhulp", "Kinderen wachten maanden.", new LocalDate(2024, 1, 1), [CrcArticle.BestInterests])],
            NewsletterSchedule = Schedule,
            NewsletterSubscribers = ["lezer@example.org", "Redactie@Example.org"],
            OrganisationVersion = 2,
        };
        return (municipality, partner, state);
    }

    // The row release 0.1 wrote: its envelope had schema version 1, and the state's form has not changed since.
    private static string StoredInRelease01(NetworkState state) =>
        System.Text.Encoding.UTF8.GetString(StateEnvelope.Write(state, StateEnvelope.CreateDefaultJsonSerializerOptions()).Span)
            .Replace("""{"schemaVersion":2,""", """{"schemaVersion":1,""", StringComparison.Ordinal);
}
