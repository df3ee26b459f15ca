using System.Net;
using System.Text.Json.Nodes;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.ActionPlans;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

/// <summary>The recognition dossier's readiness and the recorded override; the host's fake clock says 1 March 2026.</summary>
[Collection(HostDefinition.Name)]
public sealed class ReadinessTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_member_without_evidence_is_not_ready_and_each_criterion_says_what_is_missing()
    {
        await CreateAsync("GM0796", "'s-Hertogenbosch");
        await StepsAsync("GM0796");

        var readiness = await _client.GetJsonAsync("/api/municipalities/GM0796/readiness");

        Assert.Equal(["ready", "criteria", "on", "rules"], readiness.Names());
        Assert.False((bool)readiness["ready"]!);
        Assert.Equal("2026-03-01", (string?)readiness["on"]);
        Assert.Equal("UNICEF Nederland", (string?)readiness["rules"]);
        var criteria = readiness["criteria"]!.AsArray();
        Assert.Equal(["Results", "Participation", "NonDiscrimination"], criteria.Select(c => (string?)c!["criterion"]));
        Assert.All(criteria, c => Assert.Equal(["criterion", "status", "evidence", "missing"], c!.Names()));
        Assert.All(criteria, c => Assert.Equal("NotMet", (string?)c!["status"]));
        Assert.Contains("Disaggregated figures.", criteria[2]!["missing"]!.AsArray().Select(m => (string?)m));
        Assert.Contains("Participation records in the phase ActionPlan.", criteria[1]!["missing"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Evidence_from_targets_records_figures_and_action_points_makes_the_member_ready()
    {
        await CreateAsync("GM0080", "Leeuwarden");
        await StepsAsync("GM0080");
        await MeetEveryCriterionAsync("GM0080");

        var readiness = await _client.GetJsonAsync("/api/municipalities/GM0080/readiness?on=2026-03-01");

        Assert.True((bool)readiness["ready"]!, readiness.ToJsonString());
        Assert.All(readiness["criteria"]!.AsArray(), c => Assert.Empty(c!["missing"]!.AsArray()));
        Assert.Contains("The gap in school.home-sitters (2024/2025: sex=male 20, sex=female 40) is addressed by an action point.",
            readiness["criteria"]![2]!["evidence"]!.AsArray().Select(e => (string?)e));

        // Before the first record the same member was not ready: the day decides what counts.
        Assert.False((bool)(await _client.GetJsonAsync("/api/municipalities/GM0080/readiness?on=2022-01-01"))["ready"]!);

        var recognised = await (await TransitionAsync("GM0080", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"]}""")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Recognised", (string?)recognised["phase"]);
        Assert.Null(recognised["history"]!.AsArray()[^1]!["override"]);
    }

    [Fact]
    public async Task Recognition_without_a_ready_dossier_is_409_naming_each_criterion_and_what_it_misses_and_changes_nothing()
    {
        await CreateAsync("GM0307", "Amersfoort");
        await StepsAsync("GM0307");
        var before = await _client.GetJsonAsync("/api/municipalities/GM0307/programme");

        var problem = await (await TransitionAsync("GM0307", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"]}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("The recognition dossier is not ready.", (string?)problem["title"]);
        Assert.Equal("2026-02-01", (string?)problem["on"]);
        var criteria = problem["criteria"]!.AsArray();
        Assert.Equal(["Results", "Participation", "NonDiscrimination"], criteria.Select(c => (string?)c!["criterion"]));
        Assert.Contains("Disaggregated figures.", criteria[2]!["missing"]!.AsArray().Select(m => (string?)m));
        Assert.Contains("override", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await _client.GetJsonAsync("/api/municipalities/GM0307/programme")).ToJsonString());
    }

    [Fact]
    public async Task Recognition_with_an_override_is_recorded_and_shown_in_the_history()
    {
        await CreateAsync("GM0479", "Zaanstad");
        await StepsAsync("GM0479");

        var recognised = await (await TransitionAsync("GM0479", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": " Het panel erkent op eigen oordeel. "}""")).JsonAsync(HttpStatusCode.OK);

        var last = recognised["history"]!.AsArray()[^1]!;
        Assert.Equal(["phase", "from", "to", "note", "criteria", "override"], last.Names());
        Assert.Equal("Het panel erkent op eigen oordeel.", (string?)last["override"]);
        Assert.Null(recognised["history"]!.AsArray()[0]!["override"]);
        Assert.Equal("Het panel erkent op eigen oordeel.", (string?)(await _client.GetJsonAsync("/api/municipalities/GM0479/programme"))["history"]!.AsArray()[^1]!["override"]);
    }

    [Theory]
    [InlineData("""{"phase": "Agreement", "on": "2023-01-10", "override": "Waarom niet."}""")]
    [InlineData("""{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": "  "}""")]
    public async Task An_override_for_another_phase_or_blank_is_400_naming_override_and_records_nothing(string json)
    {
        await CreateAsync("GM0394", "Haarlemmermeer");

        await (await TransitionAsync("GM0394", json)).ValidationProblemAsync("override");

        Assert.Null((await _client.GetJsonAsync("/api/municipalities/GM0394/programme"))["phase"]);
    }

    [Fact]
    public async Task An_override_longer_than_a_note_is_400_naming_override()
    {
        await CreateAsync("GM0637", "Zoetermeer");
        var json = new JsonObject { ["phase"] = "Recognised", ["on"] = "2026-02-01", ["override"] = new string('x', PhaseTransition.MaxNoteLength + 1) }.ToJsonString();

        await (await TransitionAsync("GM0637", json)).ValidationProblemAsync("override");
    }

    [Fact]
    public async Task Readiness_with_a_malformed_date_is_400_naming_on()
    {
        await CreateAsync("GM0637", "Zoetermeer");

        await (await _client.GetAsync("/api/municipalities/GM0637/readiness?on=2026-02-30")).ValidationProblemAsync("on");
    }

    [Fact]
    public async Task Readiness_of_an_unknown_member_is_404_and_of_a_bad_code_400()
    {
        await (await _client.GetAsync("/api/municipalities/GM0999/readiness")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/XX0999/readiness")).ValidationProblemAsync("code");
    }

    /// <summary>
    /// Targets achieved in three goal areas, a children's council in every phase reaching two groups with feedback, home
    /// sitters by sex (a gap) and an action point on them.
    /// </summary>
    private async Task MeetEveryCriterionAsync(string code)
    {
        foreach (var (indicator, first, firstValue, latest, latestValue, target) in new[]
        {
            ("poverty.low-income-minors", "2020", 10.0, "2024", 7.0, 8.0),
            ("road-safety.deaths-0-14", "2020", 40.0, "2024", 20.0, 30.0),
            ("play.play-space-share", "2020-12-31", 2.0, "2024-12-31", 4.0, 3.0),
        })
        {
            await PostObservationAsync(code, indicator, first, firstValue);
            await PostObservationAsync(code, indicator, latest, latestValue);
            var body = $$"""{"baselinePeriod": "{{first}}", "baselineValue": {{firstValue}}, "value": {{target}}, "date": "2030-12-31"}""";
            Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}/targets/{indicator}", body)).IsSuccessStatusCode);
        }

        var grains = host.Factory.Services.GetRequiredService<IGrainFactory>();
        var member = MemberCode.Parse(code);
        var municipality = grains.GetGrain<IMunicipalityGrain>(code);
        var year = ReportingPeriod.SchoolYear(2024);
        await municipality.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, member, year, 60));
        await municipality.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, member, year, 40, disaggregation: Disaggregation.Create(sex: "female")));
        await municipality.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, member, year, 20, disaggregation: Disaggregation.Create(sex: "male")));

        var phases = new[] { (ProgrammePhase.Agreement, new LocalDate(2023, 3, 1)), (ProgrammePhase.SituationAnalysis, new LocalDate(2023, 9, 1)),
            (ProgrammePhase.ActionPlan, new LocalDate(2024, 3, 1)), (ProgrammePhase.Implementation, new LocalDate(2025, 9, 1)), (ProgrammePhase.Evaluation, new LocalDate(2026, 1, 10)) };
        foreach (var (phase, day) in phases)
        {
            await grains.RecordParticipationAsync("nl", new ParticipationRecord(
                member, ParticipationKind.Council, day, phase, 15, groupsReached: [ReachedGroup.Poverty, ReachedGroup.InCare],
                feedback: new ParticipationFeedback(day.PlusDays(20), "Brief aan de kinderraad.")));
        }

        await grains.CreateActionPointAsync("nl", new ActionPoint(
            member, "Thuiszitters terug naar school", GoalArea.EssentialServices, "Team Leerplicht", new(2027, 7, 31), new(2025, 9, 1), [DutchIndicators.HomeSitters.Id]));
    }

    private async Task PostObservationAsync(string code, string indicator, string period, double value) =>
        await (await _client.PostJsonAsync($"/api/municipalities/{code}/observations", $$"""{"indicator": "{{indicator}}", "period": "{{period}}", "value": {{value}}}""")).JsonAsync(HttpStatusCode.Created);

    private async Task CreateAsync(string code, string name)
    {
        var response = await _client.PutJsonAsync($"/api/municipalities/{code}", new JsonObject { ["name"] = name }.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> TransitionAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", json);

    // Agreement in January 2023, then a phase a year and more apart, Evaluation from 2026-01-01.
    private async Task StepsAsync(string code)
    {
        string[] steps =
        [
            """{"phase": "Agreement", "on": "2023-01-10"}""",
            """{"phase": "SituationAnalysis", "on": "2023-06-01"}""",
            """{"phase": "ActionPlan", "on": "2024-01-01"}""",
            """{"phase": "Implementation", "on": "2025-06-01"}""",
            """{"phase": "Evaluation", "on": "2026-01-01"}""",
        ];
        foreach (var step in steps)
        {
            await (await TransitionAsync(code, step)).JsonAsync(HttpStatusCode.OK);
        }
    }
}
