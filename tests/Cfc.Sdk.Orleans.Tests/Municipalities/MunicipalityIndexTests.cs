using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>
/// A registered municipality keeps its entries in its network's indexes current: its issues in the <c>issues</c>
/// list, its started programme in the programme index. Each test uses a network and members of its own.
/// </summary>
[Collection(MunicipalityClusterDefinition.Name)]
public sealed class MunicipalityIndexTests(MunicipalityClusterFixture cluster)
{
    private static readonly Instant s_now = Instant.FromUtc(2026, 3, 26, 12, 0);

    private IMunicipalityGrain Grain(string code) => cluster.Client.GetGrain<IMunicipalityGrain>(code);

    private EntityList Issues(string network) => new(cluster.Client, network, IMunicipalityGrain.IssueList);

    [Fact]
    public async Task Added_issues_are_listed_under_the_day_they_were_opened_newest_first()
    {
        var dalfsen = Grain("GM0148");
        await dalfsen.SetProfileAsync("t-issues", "Dalfsen");

        await dalfsen.AddIssueAsync(Issue("GM0148", "GM0148-1", "Speelplekken", new LocalDate(2025, 9, 1)));
        await dalfsen.AddIssueAsync(Issue("GM0148", "GM0148-2", "Fietsroutes", new LocalDate(2026, 1, 12)));
        await dalfsen.AddIssueAsync(Issue("GM0148", "GM0148-3", "Zonder datum", opened: null));

        var listed = await Issues("t-issues").ReadAsync(newestFirst: true).ToListAsync();
        Assert.Equal(["GM0148-2", "GM0148-1"], listed.Select(e => e.Id));
        var newest = listed[0];
        Assert.Equal("Fietsroutes", newest.Title);
        Assert.Equal(new LocalDate(2026, 1, 12), newest.Day);
        Assert.Equal(MemberId.For(MemberCode.Parse("GM0148")), newest.Member);
    }

    [Fact]
    public async Task An_updated_issue_moves_to_its_new_day_and_a_removed_one_leaves_the_list()
    {
        var tilburg = Grain("GM0855");
        await tilburg.SetProfileAsync("t-moves", "Tilburg");
        await tilburg.AddIssueAsync(Issue("GM0855", "GM0855-1", "Speelplekken", new LocalDate(2025, 9, 1)));
        await tilburg.AddIssueAsync(Issue("GM0855", "GM0855-2", "Fietsroutes", new LocalDate(2025, 10, 1)));

        await tilburg.UpdateIssueAsync(Issue("GM0855", "GM0855-1", "Speelplekken in de wijk", new LocalDate(2026, 2, 2)));
        await tilburg.RemoveIssueAsync(IssueId.Parse("GM0855-2"));

        var listed = Assert.Single(await Issues("t-moves").ReadAsync().ToListAsync());
        Assert.Equal(("GM0855-1", "Speelplekken in de wijk", new LocalDate(2026, 2, 2)), (listed.Id, listed.Title, listed.Day));
    }

    [Fact]
    public async Task Issues_held_before_the_member_registered_are_listed_when_it_registers()
    {
        var breda = Grain("GM0758");
        await breda.AddIssueAsync(Issue("GM0758", "GM0758-1", "Speelplekken", new LocalDate(2025, 9, 1)));
        Assert.Empty(await Issues("t-late").ReadAsync().ToListAsync());

        await breda.SetProfileAsync("t-late", "Breda");

        Assert.Equal(["GM0758-1"], (await Issues("t-late").ReadAsync().ToListAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task A_member_registered_with_one_network_refuses_another_and_stays_in_its_own()
    {
        var delft = Grain("GM0503");
        await delft.SetProfileAsync("t-one", "Delft");

        var refused = await Assert.ThrowsAsync<OtherNetworkException>(() => delft.SetProfileAsync("t-other", "Delft"));

        Assert.Equal("t-one", refused.Network);
        await delft.AddIssueAsync(Issue("GM0503", "GM0503-1", "Speelplekken", new LocalDate(2025, 9, 1)));
        Assert.Single(await Issues("t-one").ReadAsync().ToListAsync());
        Assert.Empty(await Issues("t-other").ReadAsync().ToListAsync());
    }

    [Fact]
    public async Task A_started_programme_is_in_the_programme_index_and_follows_transitions_and_renames()
    {
        cluster.Clock.Reset(s_now);
        var index = cluster.Client.GetGrain<IProgrammeIndexGrain>("t-programmes");
        var eindhoven = Grain("GM0772");
        var nijmegen = Grain("GM0268");
        await eindhoven.SetProfileAsync("t-programmes", "Eindhoven");
        await nijmegen.SetProfileAsync("t-programmes", "Nijmegen");
        Assert.Empty(await index.GetAsync());

        await nijmegen.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2024, 5, 1)));
        await eindhoven.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)));
        await eindhoven.TransitionAsync(new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1)));
        await eindhoven.SetProfileAsync("t-programmes", "Gemeente Eindhoven");

        var entries = await index.GetAsync();
        Assert.Equal([MemberCode.Parse("GM0268"), MemberCode.Parse("GM0772")], entries.Select(e => e.Code));
        var entry = entries[1];
        Assert.Equal("Gemeente Eindhoven", entry.Name);
        Assert.Equal(await eindhoven.GetProgrammeAsync(), entry.Programme);
        Assert.Equal(ProgrammePhase.SituationAnalysis, entry.Programme.StatusOn(new LocalDate(2026, 3, 26)).Phase);
    }

    [Fact]
    public async Task A_refused_transition_changes_nothing_in_the_programme_index()
    {
        cluster.Clock.Reset(s_now);
        var index = cluster.Client.GetGrain<IProgrammeIndexGrain>("t-refused");
        var apeldoorn = Grain("GM0200");
        await apeldoorn.SetProfileAsync("t-refused", "Apeldoorn");
        await apeldoorn.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2025, 5, 1)));
        var before = await index.GetAsync();

        await Assert.ThrowsAsync<ProgrammeRuleException>(() => apeldoorn.TransitionAsync(new PhaseTransition(ProgrammePhase.Recognised, new LocalDate(2025, 6, 1))));

        var after = Assert.Single(await index.GetAsync());
        Assert.Equal(Assert.Single(before).Programme.Transitions.AsEnumerable(), after.Programme.Transitions.AsEnumerable());
    }

    private static LocalIssue Issue(string code, string id, string title, LocalDate? opened) =>
        new(IssueId.Parse(id), MemberCode.Parse(code), title, "Uit de jeugdraad.", opened: opened);
}
