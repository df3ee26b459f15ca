using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using Cfc.Testing;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>The municipality grain's state through the SQLite storage's JSON (the SDK's one setup, camelCase names).</summary>
public sealed class MunicipalityStateStorageTests : IDisposable
{
    private static readonly GrainId s_gooiseMeren = GrainId.Create("municipality", "GM1942");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static MunicipalityState FullState()
    {
        var today = new LocalDate(2026, 3, 26);
        var programme = new Programme(ProgrammeRules.Netherlands)
            .Transition(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)), today)
            .Transition(new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1), "kick-off"), today);
        var schoolYear = ReportingPeriod.Parse("2022/2023");
        var ledger = ObservationLedger.Empty
            .Record(Observation.Create(DutchIndicators.HomeSitters, MemberCode.GooiseMeren, schoolYear, 12, ObservationStatus.Provisional, "OCW"))
            .Record(Observation.Create(DutchIndicators.HomeSitters, MemberCode.GooiseMeren, schoolYear, 13));
        var issue = new LocalIssue(
            IssueId.Parse("gm1942-1"), MemberCode.GooiseMeren, "Geen veilige fietsroute naar de middelbare school", "Ouders brengen kinderen met de auto.",
            ["verkeer"], [CrcArticle.Parse("6")], AgeGroups.Adolescents, new LocalDate(2025, 9, 1));
        return new MunicipalityState
        {
            Profile = Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", DateTimeZoneProviders.Tzdb),
            Programme = programme,
            Ledger = ledger,
            Issues = [issue],
            Targets = [Target.Create(DutchIndicators.HomeSitters, schoolYear, 13, 8, new LocalDate(2028, 7, 31))],
            Network = "nl",
            People = [new Person(MemberId.For(MemberCode.GooiseMeren), "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@gooisemeren.example")],
            Predecessors =
            [
                new Succession(MemberCode.Parse("GM0381"), MemberCode.GooiseMeren, new LocalDate(2016, 1, 1)),
                new Succession(MemberCode.Parse("GM0424"), MemberCode.GooiseMeren, new LocalDate(2016, 1, 1)),
                new Succession(MemberCode.Parse("GM0425"), MemberCode.GooiseMeren, new LocalDate(2016, 1, 1)),
            ],
        };
    }

    [Fact]
    public async Task A_full_state_reads_back_equal()
    {
        var storage = _database.Storage();
        var written = FullState();
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(written));

        var read = new GrainState<MunicipalityState>();
        await storage.ReadStateAsync("municipality", s_gooiseMeren, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.Profile, read.State!.Profile);
        Assert.Equal(written.Programme, read.State.Programme);
        Assert.Equal(written.Ledger, read.State.Ledger);
        Assert.Equal<LocalIssue>(written.Issues, read.State.Issues);
        Assert.Equal<Target>(written.Targets, read.State.Targets);
        Assert.Equal(written.Network, read.State.Network);
        Assert.Equal<Person>(written.People, read.State.People);
        Assert.Equal<Succession>(written.Predecessors, read.State.Predecessors);
        Assert.Null(read.State.Succession);
    }

    [Fact]
    public async Task A_succeeded_state_reads_back_with_its_successor()
    {
        var storage = _database.Storage();
        var succession = new Succession(MemberCode.GooiseMeren, MemberCode.Parse("GM0363"), new LocalDate(2026, 1, 1));
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(FullState() with { Succession = succession }));

        var read = new GrainState<MunicipalityState>();
        await storage.ReadStateAsync("municipality", s_gooiseMeren, read);

        Assert.Equal(succession, read.State!.Succession);
    }

    [Fact]
    public async Task A_state_stored_before_successions_were_kept_reads_back_with_no_successor_nor_predecessors_and_the_rest_intact()
    {
        var storage = _database.Storage();
        var written = FullState();
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(written));
        _database.Scalar("UPDATE grain_state SET payload = json_remove(payload, '$.state.succession', '$.state.predecessors') WHERE state_name = 'municipality'");
        var payload = (string)_database.Scalar("SELECT payload FROM grain_state WHERE state_name = 'municipality'")!;
        Assert.DoesNotContain("succession", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("predecessors", payload, StringComparison.Ordinal);

        var read = new GrainState<MunicipalityState>();
        await storage.ReadStateAsync("municipality", s_gooiseMeren, read);

        Assert.Null(read.State!.Succession);
        Assert.Empty(read.State.Predecessors);
        Assert.Equal(written.Ledger, read.State.Ledger);
        Assert.Equal<LocalIssue>(written.Issues, read.State.Issues);
        Assert.Equal(written.Programme, read.State.Programme);
    }

    [Fact]
    public async Task A_new_state_reads_back_as_a_member_without_profile_programme_figures_issues_or_targets()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(new MunicipalityState()));

        var read = new GrainState<MunicipalityState>();
        await storage.ReadStateAsync("municipality", s_gooiseMeren, read);

        Assert.Null(read.State!.Profile);
        Assert.Null(read.State.Programme);
        Assert.Empty(read.State.Ledger.Current);
        Assert.Empty(read.State.Issues);
        Assert.Null(read.State.Network);
        Assert.Empty(read.State.People);
        Assert.Empty(read.State.Targets);
    }

    [Fact]
    public async Task A_state_stored_before_targets_were_kept_reads_back_with_none_and_the_rest_intact()
    {
        var storage = _database.Storage();
        var written = FullState();
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(written));
        _database.Scalar("UPDATE grain_state SET payload = json_remove(payload, '$.state.targets') WHERE state_name = 'municipality'");
        Assert.DoesNotContain("targets", (string)_database.Scalar("SELECT payload FROM grain_state WHERE state_name = 'municipality'")!, StringComparison.Ordinal);

        var read = new GrainState<MunicipalityState>();
        await storage.ReadStateAsync("municipality", s_gooiseMeren, read);

        Assert.Empty(read.State!.Targets);
        Assert.Equal(written.Ledger, read.State.Ledger);
        Assert.Equal<LocalIssue>(written.Issues, read.State.Issues);
    }

    [Fact]
    public async Task The_stored_form_of_a_full_state_is_approved()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync("municipality", s_gooiseMeren, new GrainState<MunicipalityState>(FullState()));

        var payload = (string)_database.Scalar("SELECT payload FROM grain_state WHERE state_name = 'municipality'")!;

        Approvals.VerifyText(JsonNode.Parse(payload)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
