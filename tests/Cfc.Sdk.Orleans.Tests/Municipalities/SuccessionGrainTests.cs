using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>
/// Mergers through the municipality grains: each test has members and a network of its own (codes GM7xxx, used by no
/// other test), with the clock on 2026-03-26.
/// </summary>
[Collection(MunicipalityClusterDefinition.Name)]
public sealed class SuccessionGrainTests(MunicipalityClusterFixture cluster)
{
    private static readonly LocalDate s_merger = new(2022, 3, 24);

    private IMunicipalityGrain Grain(string code) => cluster.Client.GetGrain<IMunicipalityGrain>(code);

    private async Task<IMunicipalityGrain> RegisteredAsync(string network, string code, string name, LocalDate? joined = null)
    {
        cluster.Clock.Reset(Instant.FromUtc(2026, 3, 26, 12, 0));
        var grain = Grain(code);
        await grain.SetProfileAsync(network, name);
        if (joined is { } day)
        {
            await cluster.Client.GetGrain<INetworkGrain>(network).JoinAsync(MemberId.Parse(code), day);
        }

        return grain;
    }

    [Fact]
    public async Task Weesp_joining_amsterdam_is_stored_on_both_ends_its_membership_the_day_before_and_leaves_the_running_programmes()
    {
        var weesp = await RegisteredAsync("merger-weesp", "GM7457", "Weesp", new LocalDate(2020, 1, 1));
        var amsterdam = await RegisteredAsync("merger-weesp", "GM7363", "Amsterdam", new LocalDate(2020, 1, 1));
        await weesp.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2021, 6, 1)));
        await amsterdam.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2021, 6, 1)));

        Assert.True(await weesp.SucceedAsync(MemberCode.Parse("GM7363"), s_merger));
        await cluster.DeactivateAsync(weesp);
        await cluster.DeactivateAsync(amsterdam);

        var succession = new Succession(MemberCode.Parse("GM7457"), MemberCode.Parse("GM7363"), s_merger);
        Assert.Equal(succession, await weesp.GetSuccessionAsync());
        Assert.Equal([succession], (await amsterdam.GetPredecessorsAsync()).AsEnumerable());
        Assert.Null(await amsterdam.GetSuccessionAsync());
        Assert.Empty(await weesp.GetPredecessorsAsync());
        Assert.DoesNotContain(MemberCode.Parse("GM7457"), (await cluster.Client.GetGrain<IProgrammeIndexGrain>("merger-weesp").GetAsync()).Select(e => e.Code));
        Assert.Contains(MemberCode.Parse("GM7363"), (await cluster.Client.GetGrain<IProgrammeIndexGrain>("merger-weesp").GetAsync()).Select(e => e.Code));
        var network = cluster.Client.GetGrain<INetworkGrain>("merger-weesp");
        Assert.Contains(MemberId.Parse("GM7457"), await network.MembersOnAsync(new LocalDate(2022, 3, 23)));
        Assert.DoesNotContain(MemberId.Parse("GM7457"), await network.MembersOnAsync(s_merger));
        Assert.Contains(MemberId.Parse("GM7363"), await network.MembersOnAsync(s_merger));
    }

    [Fact]
    public async Task Bussum_muiden_and_naarden_are_the_predecessors_of_gooise_meren_in_the_order_recorded()
    {
        var gooiseMeren = await RegisteredAsync("merger-gooi", "GM7942", "Gooise Meren");
        var formed = new LocalDate(2016, 1, 1);
        foreach (var (code, name) in new[] { ("GM7381", "Bussum"), ("GM7424", "Muiden"), ("GM7425", "Naarden") })
        {
            var predecessor = await RegisteredAsync("merger-gooi", code, name);
            Assert.True(await predecessor.SucceedAsync(MemberCode.Parse("GM7942"), formed));
        }

        Assert.Equal(
            ["GM7381", "GM7424", "GM7425"],
            (await gooiseMeren.GetPredecessorsAsync()).Select(s => s.Predecessor.ToString()));
    }

    [Fact]
    public async Task A_succeeded_member_keeps_its_data_refuses_every_change_but_removing_a_contact_person()
    {
        var weesp = await RegisteredAsync("merger-closed", "GM7458", "Weesp");
        await RegisteredAsync("merger-closed", "GM7364", "Amsterdam");
        var alderman = new Person(MemberId.Parse("GM7458"), "Wethouder jeugd", PersonRole.Administrator);
        await weesp.AddPersonAsync(alderman);
        var issue = new LocalIssue(IssueId.Parse("GM7458-1"), MemberCode.Parse("GM7458"), "Speelplekken aan de Vecht", string.Empty, opened: new LocalDate(2021, 5, 1));
        await weesp.AddIssueAsync(issue);
        await weesp.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, MemberCode.Parse("GM7458"), ReportingPeriod.Parse("2020/2021"), 15));
        await weesp.SucceedAsync(MemberCode.Parse("GM7364"), s_merger);

        var refusals = new Func<Task>[]
        {
            () => weesp.SetProfileAsync("merger-closed", "Weesp-Oost"),
            () => weesp.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 1, 1))),
            () => weesp.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, MemberCode.Parse("GM7458"), ReportingPeriod.Parse("2021/2022"), 12)),
            () => weesp.AddIssueAsync(new LocalIssue(IssueId.Parse("GM7458-2"), MemberCode.Parse("GM7458"), "Nog een", string.Empty)),
            () => weesp.UpdateIssueAsync(new LocalIssue(IssueId.Parse("GM7458-1"), MemberCode.Parse("GM7458"), "Anders", string.Empty)),
            () => weesp.RemoveIssueAsync(IssueId.Parse("GM7458-1")),
            () => weesp.AddPersonAsync(new Person(MemberId.Parse("GM7458"), "A. de Vries", PersonRole.CivilServant)),
        };
        foreach (var refusal in refusals)
        {
            var refused = await Assert.ThrowsAsync<MemberSucceededException>(refusal);
            Assert.Equal(MemberCode.Parse("GM7364"), refused.Succession.Successor);
        }

        Assert.True(await weesp.RemovePersonAsync(alderman));
        await cluster.DeactivateAsync(weesp);
        Assert.Equal([issue], (await weesp.GetIssuesAsync()).AsEnumerable());
        Assert.Single((await weesp.GetLedgerAsync()).Current);
        Assert.Equal("Weesp", (await weesp.GetProfileAsync())!.Name);
        Assert.Empty(await weesp.GetPeopleAsync());
        Assert.Empty((await weesp.GetProgrammeAsync()).Transitions);
    }

    [Fact]
    public async Task Recording_the_same_succession_again_changes_nothing_and_another_one_is_refused()
    {
        var weesp = await RegisteredAsync("merger-again", "GM7459", "Weesp", new LocalDate(2020, 1, 1));
        await RegisteredAsync("merger-again", "GM7365", "Amsterdam");
        await RegisteredAsync("merger-again", "GM7366", "Diemen");
        Assert.True(await weesp.SucceedAsync(MemberCode.Parse("GM7365"), s_merger));

        Assert.False(await weesp.SucceedAsync(MemberCode.Parse("GM7365"), s_merger));
        var otherDate = await Assert.ThrowsAsync<MemberSucceededException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7365"), s_merger.PlusDays(1)));
        var otherSuccessor = await Assert.ThrowsAsync<MemberSucceededException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7366"), s_merger));

        Assert.Equal(s_merger, otherDate.Succession.On);
        Assert.Equal(MemberCode.Parse("GM7365"), otherSuccessor.Succession.Successor);
        Assert.Empty(await Grain("GM7366").GetPredecessorsAsync());
        Assert.Single(await Grain("GM7365").GetPredecessorsAsync());
        Assert.Single((await cluster.Client.GetGrain<INetworkGrain>("merger-again").GetRegisterAsync()).MembershipsOf(MemberId.Parse("GM7459")));
    }

    [Fact]
    public async Task A_successor_succeeded_itself_unregistered_or_of_another_network_a_date_after_today_or_itself_is_refused_and_nothing_is_recorded()
    {
        var weesp = await RegisteredAsync("merger-refused", "GM7460", "Weesp", new LocalDate(2020, 1, 1));
        var closed = await RegisteredAsync("merger-refused", "GM7461", "Driemond");
        await RegisteredAsync("merger-refused", "GM7367", "Amsterdam");
        await closed.SucceedAsync(MemberCode.Parse("GM7367"), new LocalDate(2021, 1, 1));
        await RegisteredAsync("merger-elsewhere", "GM7368", "Elders");

        var chained = await Assert.ThrowsAsync<MemberSucceededException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7461"), s_merger));
        var unregistered = await Assert.ThrowsAsync<SuccessionRuleException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7369"), s_merger));
        var otherNetwork = await Assert.ThrowsAsync<SuccessionRuleException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7368"), s_merger));
        var future = await Assert.ThrowsAsync<SuccessionRuleException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7367"), new LocalDate(2026, 3, 27)));
        var beforeJoining = await Assert.ThrowsAsync<SuccessionRuleException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7367"), new LocalDate(2020, 1, 1)));
        var itself = await Assert.ThrowsAsync<ArgumentException>(() => weesp.SucceedAsync(MemberCode.Parse("GM7460"), s_merger));

        Assert.Equal(MemberCode.Parse("GM7367"), chained.Succession.Successor);
        Assert.Equal(SuccessionRule.NotRegistered, unregistered.Rule);
        Assert.Equal(SuccessionRule.NotRegistered, otherNetwork.Rule);
        Assert.Equal(SuccessionRule.InTheFuture, future.Rule);
        Assert.Equal(SuccessionRule.BeforeMembership, beforeJoining.Rule);
        Assert.Equal("successor", itself.ParamName);
        Assert.Null(await weesp.GetSuccessionAsync());
        Assert.Empty(await Grain("GM7368").GetPredecessorsAsync());
        Assert.Single(await Grain("GM7367").GetPredecessorsAsync());
        Assert.Null((await cluster.Client.GetGrain<INetworkGrain>("merger-refused").GetRegisterAsync()).MembershipsOf(MemberId.Parse("GM7460"))[0].Left);
    }

    [Fact]
    public async Task A_member_formed_by_a_merger_can_merge_again_and_its_predecessors_stay_its_own()
    {
        var muiden = await RegisteredAsync("merger-chain", "GM7426", "Muiden");
        var gooiseMeren = await RegisteredAsync("merger-chain", "GM7943", "Gooise Meren");
        var larger = await RegisteredAsync("merger-chain", "GM7944", "Groot-Gooi");
        await muiden.SucceedAsync(MemberCode.Parse("GM7943"), new LocalDate(2016, 1, 1));

        Assert.True(await gooiseMeren.SucceedAsync(MemberCode.Parse("GM7944"), new LocalDate(2026, 1, 1)));

        Assert.Equal(["GM7426"], (await gooiseMeren.GetPredecessorsAsync()).Select(s => s.Predecessor.ToString()));
        Assert.Equal(["GM7943"], (await larger.GetPredecessorsAsync()).Select(s => s.Predecessor.ToString()));
        await Assert.ThrowsAsync<MemberSucceededException>(() => larger.SucceedAsync(MemberCode.Parse("GM7426"), new LocalDate(2026, 2, 1)));
    }
}
