using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>
/// The municipality grain through the cluster's client. Each test uses a member of its own, so the tests do not
/// depend on their order; the clock is set by each test that needs "today".
/// </summary>
[Collection(MunicipalityClusterDefinition.Name)]
public sealed class MunicipalityGrainTests(MunicipalityClusterFixture cluster)
{
    private static readonly LocalDate s_agreement = new(2023, 11, 30);
    private static readonly LocalDate s_situationAnalysis = new(2024, 3, 1);

    private IMunicipalityGrain Grain(string key) => cluster.Client.GetGrain<IMunicipalityGrain>(key);

    private void ClockAt(Instant instant) => cluster.Clock.Reset(instant);

    [Fact]
    public async Task The_profile_is_the_member_of_the_key_with_its_name_and_zone()
    {
        var grain = Grain("GM1942");
        Assert.Null(await grain.GetProfileAsync());

        var set = await grain.SetProfileAsync("nl", "Gooise Meren");

        var expected = Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", DateTimeZoneProviders.Tzdb);
        Assert.Equal(expected, set);
        Assert.Equal(expected, await grain.GetProfileAsync());
        Assert.Equal("Europe/Amsterdam", set.TimeZone.Id);
    }

    [Fact]
    public async Task A_municipality_registers_itself_with_its_network_and_refuses_another()
    {
        var grain = Grain("GM0153");

        await grain.SetProfileAsync("registering", "Enschede");
        var refused = await Assert.ThrowsAsync<OtherNetworkException>(() => grain.SetProfileAsync("elsewhere", "Enschede-Noord"));
        await cluster.DeactivateAsync(grain);

        Assert.Equal((MemberCode.Parse("GM0153"), "registering"), (refused.Member, refused.Network));
        Assert.Equal("registering", await grain.GetNetworkAsync());
        Assert.Equal("Enschede", (await grain.GetProfileAsync())!.Name);
        var registered = await cluster.Client.GetGrain<INetworkGrain>("registering").GetMemberAsync(MemberId.Parse("GM0153"));
        Assert.Equal(new RegisteredMember(MemberId.Parse("GM0153"), MemberKind.Municipality, "Enschede", "Europe/Amsterdam"), registered);
        Assert.Empty(await cluster.Client.GetGrain<INetworkGrain>("elsewhere").GetMembersAsync());
    }

    [Fact]
    public async Task Contact_people_are_the_members_own_kept_once_in_order_and_removed()
    {
        var grain = Grain("GM0200");
        var alderman = new Person(MemberId.Parse("GM0200"), "Wethouder jeugd", PersonRole.Administrator);
        var officer = new Person(MemberId.Parse("GM0200"), "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@apeldoorn.example");

        Assert.True(await grain.AddPersonAsync(alderman));
        Assert.True(await grain.AddPersonAsync(officer));
        Assert.False(await grain.AddPersonAsync(new Person(MemberId.Parse("GM0200"), "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@apeldoorn.example")));
        Assert.True(await grain.RemovePersonAsync(alderman));
        Assert.False(await grain.RemovePersonAsync(alderman));
        var foreign = await Assert.ThrowsAsync<ArgumentException>(() => grain.AddPersonAsync(new Person(MemberId.Parse("GM0518"), "B. Jansen", PersonRole.CivilServant)));
        await cluster.DeactivateAsync(grain);

        Assert.Equal("person", foreign.ParamName);
        Assert.Equal([officer], (await grain.GetPeopleAsync()).AsEnumerable());
    }

    [Fact]
    public async Task Adds_at_once_never_take_a_member_past_MaxIssuesPerMember_and_a_refused_add_stores_nothing()
    {
        var grain = Grain("GM1680");
        var member = MemberCode.Parse("GM1680");
        for (var i = 0; i < CfcLimitsOptions.DefaultMaxIssuesPerMember - 5; i++)
        {
            await grain.AddIssueAsync(new LocalIssue(IssueId.Parse($"GM1680-{i}"), member, $"Vraagstuk {i}", ""));
        }

        var adds = Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                await grain.AddIssueAsync(new LocalIssue(IssueId.Parse($"GM1680-at-once-{i}"), member, $"Tegelijk {i}", ""));
                return null;
            }
            catch (IssueLimitException e)
            {
                return e;
            }
        });
        var refusals = (await Task.WhenAll(adds)).OfType<IssueLimitException>().ToList();

        Assert.Equal(5, refusals.Count);
        Assert.All(refusals, e => Assert.Equal((member, CfcLimitsOptions.DefaultMaxIssuesPerMember), (e.Member, e.Limit)));
        var issues = await grain.GetIssuesAsync();
        Assert.Equal(CfcLimitsOptions.DefaultMaxIssuesPerMember, issues.Length);
        await grain.UpdateIssueAsync(new LocalIssue(IssueId.Parse("GM1680-0"), member, "Vervangen", "Bij de grens"));
        await grain.RemoveIssueAsync(IssueId.Parse("GM1680-1"));
        await grain.AddIssueAsync(new LocalIssue(IssueId.Parse("GM1680-weer"), member, "Weer ruimte", ""));
        Assert.Contains(await grain.GetIssuesAsync(), i => i.Title == "Vervangen");
    }

    [Fact]
    public async Task Gooise_Meren_records_its_agreement_and_situation_analysis_and_reports_its_status()
    {
        ClockAt(Instant.FromUtc(2026, 3, 26, 12, 0));
        var grain = Grain("GM1942");

        var afterAgreement = await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, s_agreement));
        var afterAnalysis = await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.SituationAnalysis, s_situationAnalysis, "kick-off"));

        Assert.Equal(ProgrammePhase.Agreement, afterAgreement.Phase);
        Assert.Equal(new LocalDate(2026, 3, 26), afterAnalysis.On);
        Assert.Equal(ProgrammePhase.SituationAnalysis, afterAnalysis.Phase);
        Assert.Equal(s_situationAnalysis, afterAnalysis.Since);
        Assert.Equal(ProgrammePhase.Agreement, (await grain.StatusOnAsync(new LocalDate(2024, 1, 15))).Phase);
        var programme = await grain.GetProgrammeAsync();
        Assert.Equal([ProgrammePhase.Agreement, ProgrammePhase.SituationAnalysis], programme.Transitions.Select(t => t.Phase));
        Assert.Equal(ProgrammeRules.Netherlands, programme.Rules);
        Assert.Equal(afterAnalysis, await grain.StatusOnAsync(new LocalDate(2026, 3, 26)));
    }

    [Fact]
    public async Task A_refused_transition_reaches_the_client_as_the_domain_exception_with_its_rule_and_stores_nothing()
    {
        ClockAt(Instant.FromUtc(2026, 3, 26, 12, 0));
        var grain = Grain("GM0363");
        await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, s_agreement));
        var stored = cluster.StoredState("GM0363");
        var refused = new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2023, 10, 1), "dated before the agreement");

        var error = await Assert.ThrowsAsync<ProgrammeRuleException>(() => grain.TransitionAsync(refused));

        Assert.Equal(ProgrammeRule.BeforePreviousTransition, error.Rule);
        Assert.Equal(refused, error.Transition);
        Assert.Equal(ProgrammePhase.Agreement, error.CurrentPhase);
        Assert.Contains("2023-10-01", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Programme.Transition), error.StackTrace, StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.Equal(stored, cluster.StoredState("GM0363"));
        await cluster.DeactivateAsync(grain);
        Assert.Equal([ProgrammePhase.Agreement], (await grain.GetProgrammeAsync()).Transitions.Select(t => t.Phase));
    }

    [Fact]
    public async Task Observations_are_recorded_and_a_conflicting_one_is_refused_with_its_key_and_stores_nothing()
    {
        var grain = Grain("GM0599");
        var rotterdam = MemberCode.Parse("GM0599");
        var schoolYear = ReportingPeriod.Parse("2022/2023");
        var homeSitters = DutchIndicators.HomeSitters;
        await grain.RecordAsync(Observation.Create(homeSitters, rotterdam, schoolYear, 47, ObservationStatus.Provisional, "OCW"));
        await grain.RecordAsync(Observation.Create(homeSitters, rotterdam, schoolYear, 49));
        var stored = cluster.StoredState("GM0599");
        var late = Observation.Create(homeSitters, rotterdam, schoolYear, 48, ObservationStatus.Provisional, "OCW");

        var error = await Assert.ThrowsAsync<ObservationConflictException>(() => grain.RecordAsync(late));

        Assert.Equal(late.Key, error.Key);
        Assert.Equal(stored, cluster.StoredState("GM0599"));
        await cluster.DeactivateAsync(grain);
        var ledger = await grain.GetLedgerAsync();
        Assert.Equal(49, ledger.CurrentFor(late.Key)!.Value);
        Assert.Equal(2, ledger.History(late.Key).Count);
    }

    [Fact]
    public async Task An_observation_of_another_member_is_refused()
    {
        var grain = Grain("GM0599");
        var ofDenHaag = Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.Parse("2022/2023"), 12);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.RecordAsync(ofDenHaag));

        Assert.Contains("GM0518", error.Message, StringComparison.Ordinal);
        Assert.Null((await grain.GetLedgerAsync()).CurrentFor(ofDenHaag.Key));
    }

    [Fact]
    public async Task Issues_are_added_updated_and_removed_in_id_order()
    {
        var grain = Grain("GM0344");
        var utrecht = MemberCode.Parse("GM0344");
        var speelplekken = Issue(utrecht, "u-2", "Te weinig speelplekken");
        var fietsroute = Issue(utrecht, "u-1", "Fietsroute naar school onveilig");

        await grain.AddIssueAsync(speelplekken);
        await grain.AddIssueAsync(fietsroute);
        Assert.Equal<LocalIssue>([fietsroute, speelplekken], await grain.GetIssuesAsync());

        var updated = Issue(utrecht, "u-2", "Te weinig speelplekken in Overvecht");
        await grain.UpdateIssueAsync(updated);
        Assert.Equal<LocalIssue>([fietsroute, updated], await grain.GetIssuesAsync());

        await grain.RemoveIssueAsync(fietsroute.Id);
        Assert.Equal<LocalIssue>([updated], await grain.GetIssuesAsync());
    }

    [Fact]
    public async Task An_issue_of_another_member_a_second_issue_with_one_id_and_a_missing_issue_are_refused()
    {
        var grain = Grain("GM0014");
        var groningen = MemberCode.Parse("GM0014");
        var issue = Issue(groningen, "g-1", "Jongeren missen een plek om te hangen");
        await grain.AddIssueAsync(issue);
        var stored = cluster.StoredState("GM0014");

        await Assert.ThrowsAsync<ArgumentException>(() => grain.AddIssueAsync(Issue(MemberCode.DenHaag, "g-2", "Niet van Groningen")));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.UpdateIssueAsync(Issue(MemberCode.DenHaag, "g-1", "Niet van Groningen")));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.AddIssueAsync(Issue(groningen, "g-1", "Dezelfde id")));
        var missing = await Assert.ThrowsAsync<IssueNotFoundException>(() => grain.UpdateIssueAsync(Issue(groningen, "g-9", "Bestaat niet")));
        var notRemoved = await Assert.ThrowsAsync<IssueNotFoundException>(() => grain.RemoveIssueAsync(IssueId.Parse("g-8")));

        Assert.Equal(IssueId.Parse("g-9"), missing.IssueId);
        Assert.Equal(IssueId.Parse("g-8"), notRemoved.IssueId);
        Assert.Equal(stored, cluster.StoredState("GM0014"));
        Assert.Equal<LocalIssue>([issue], await grain.GetIssuesAsync());
    }

    [Fact]
    public async Task A_target_per_indicator_is_set_replaced_and_kept_in_indicator_order()
    {
        var grain = Grain("GM0402");
        Assert.Empty(await grain.GetTargetsAsync());
        var absence = Target.Create(DutchIndicators.AbsoluteAbsence, ReportingPeriod.Parse("2022/2023"), 20, 10, new LocalDate(2028, 7, 31));
        var poverty = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.Parse("2022"), 9.5, 7, new LocalDate(2030, 12, 31));
        var lowerPoverty = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.Parse("2023"), 9.1, 6, new LocalDate(2030, 12, 31));

        await grain.SetTargetAsync(poverty);
        await grain.SetTargetAsync(absence);
        Assert.Equal<Target>([poverty, absence], await grain.GetTargetsAsync());

        await grain.SetTargetAsync(lowerPoverty);
        await grain.SetTargetAsync(lowerPoverty);

        Assert.Equal<Target>([lowerPoverty, absence], await grain.GetTargetsAsync());
        await cluster.DeactivateAsync(grain);
        Assert.Equal<Target>([lowerPoverty, absence], await grain.GetTargetsAsync());
    }

    [Fact]
    public async Task The_whole_state_survives_deactivation_because_it_is_read_from_storage()
    {
        ClockAt(Instant.FromUtc(2026, 3, 26, 12, 0));
        var grain = Grain("GM0518");
        var issue = Issue(MemberCode.DenHaag, "dh-1", "Kinderen in armoede");
        var figure = Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.Parse("2022/2023"), 47);
        var profile = await grain.SetProfileAsync("nl", "Den Haag");
        await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, s_agreement));
        await grain.RecordAsync(figure);
        await grain.AddIssueAsync(issue);
        var programme = await grain.GetProgrammeAsync();
        var ledger = await grain.GetLedgerAsync();

        await cluster.DeactivateAsync(grain);

        Assert.Equal(profile, await grain.GetProfileAsync());
        Assert.Equal(programme, await grain.GetProgrammeAsync());
        Assert.Equal(ledger, await grain.GetLedgerAsync());
        Assert.Equal<LocalIssue>([issue], await grain.GetIssuesAsync());
        Assert.Contains("\"Den Haag\"", cluster.StoredState("GM0518"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sint_Eustatius_is_still_on_the_previous_day_when_it_is_already_tomorrow_in_Amsterdam()
    {
        ClockAt(Instant.FromUtc(2026, 3, 26, 3, 30));
        var statia = Grain("GM9002");
        var amsterdam = Grain("GM0363");

        Assert.Equal(new LocalDate(2026, 3, 25), await statia.TodayAsync());
        Assert.Equal(new LocalDate(2026, 3, 26), await amsterdam.TodayAsync());
    }

    [Fact]
    public async Task A_transition_dated_on_Amsterdams_date_is_in_the_future_in_Sint_Eustatius()
    {
        ClockAt(Instant.FromUtc(2026, 3, 26, 3, 30));
        var statia = Grain("GM9002");
        await statia.SetProfileAsync("nl", "Sint Eustatius");

        var error = await Assert.ThrowsAsync<ProgrammeRuleException>(
            () => statia.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2026, 3, 26))));
        var accepted = await statia.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2026, 3, 25)));

        Assert.Equal(ProgrammeRule.InTheFuture, error.Rule);
        Assert.Null(error.CurrentPhase);
        Assert.Equal(new LocalDate(2026, 3, 25), accepted.On);
        Assert.Equal(ProgrammePhase.Agreement, accepted.Phase);
    }

    [Theory]
    [InlineData("0518")]
    [InlineData("GM0000")]
    [InlineData("gemeente")]
    public async Task A_key_that_is_not_a_member_code_fails_clearly(string key)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Grain(key).GetProfileAsync());

        Assert.Contains($"'{key}' is not a member code", error.Message, StringComparison.Ordinal);
    }

    private static LocalIssue Issue(MemberCode member, string id, string title) =>
        new(IssueId.Parse(id), member, title, "Uit de jeugdraad.", ["spelen"], [CrcArticle.Parse("31")], AgeGroups.Children, new LocalDate(2025, 9, 1));
}
