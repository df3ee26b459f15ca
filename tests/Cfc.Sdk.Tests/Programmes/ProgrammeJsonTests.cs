using System.Text.Json;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

/// <summary>Every programme type round-trips through the SDK's JSON setup, and reads back only what its rules allow.</summary>
public sealed class ProgrammeJsonTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);

    public static TheoryData<string> OptionSets => new() { "default", "web" };

    private static JsonSerializerOptions Options(string set) =>
        (set == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : new JsonSerializerOptions()).ConfigureForCfcSdk();

    private static T RoundTrip<T>(T value, string set)
    {
        var options = Options(set);
        return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, options), options)!;
    }

    private static JsonException Refused<T>(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json, Approvals.Json));

    private static IEnumerable<Programme> Programmes()
    {
        yield return new Programme(ProgrammeRules.Netherlands);
        yield return ProgrammeTests.InEvaluation();
        yield return ProgrammeTests.Recognised()
            .Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2028, 1, 1), "Raad stelt uit"), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Lapsed, new(2030, 6, 1)), Today);
        yield return ProgrammeTests.Through(
            ProgrammeRules.Germany(120_000),
            (ProgrammePhase.Applied, new(2023, 6, 1)),
            (ProgrammePhase.Agreement, new(2023, 11, 30)),
            (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)),
            (ProgrammePhase.ActionPlan, new(2025, 5, 1)),
            (ProgrammePhase.Recognised, new(2025, 6, 1)));
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void A_programme_read_back_has_the_same_rules_and_transitions_and_gives_the_same_status(string set)
    {
        foreach (var programme in Programmes())
        {
            var back = RoundTrip(programme, set);

            Assert.Equal(programme, back);
            Assert.Equal(programme.Rules, back.Rules);
            Assert.Equal<PhaseTransition>(programme.Transitions, back.Transitions);
            Assert.Equal(programme.Phase, back.Phase);
            foreach (var date in new LocalDate[] { new(2023, 1, 1), new(2026, 12, 1), new(2029, 11, 30), new(2029, 12, 1), new(2031, 1, 1) })
            {
                Assert.Equal(programme.StatusOn(date), back.StatusOn(date));
                Assert.Equal(programme.StatusOn(date), RoundTrip(programme.StatusOn(date), set));
            }
        }
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Rules_steps_transitions_spans_and_deadlines_round_trip(string set)
    {
        ProgrammeRules[] rules =
        [
            ProgrammeRules.Netherlands, ProgrammeRules.UnitedKingdom, ProgrammeRules.Spain, ProgrammeRules.Germany(10), ProgrammeRules.Germany(600_000),
            new("UNICEF Danmark", Period.Zero, Period.FromMonths(42), Period.FromWeeks(100), [MinimumCriterion.Participation], applicationMayBeSkipped: false, Period.Zero),
        ];
        foreach (var value in rules)
        {
            Assert.Equal(value, RoundTrip(value, set));
        }

        Assert.Equal(new ProgrammeStep(ProgrammePhase.Recognised, "Seal"), RoundTrip(new ProgrammeStep(ProgrammePhase.Recognised, "Seal"), set));
        Assert.Equal(new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), "Erkenning", ProgrammeRules.AllCriteria), RoundTrip(new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), "Erkenning", ProgrammeRules.AllCriteria), set));
        Assert.Equal(new PhaseTransition(ProgrammePhase.Applied, new(2023, 1, 1)), RoundTrip(new PhaseTransition(ProgrammePhase.Applied, new(2023, 1, 1)), set));
        Assert.Equal(new PhaseSpan(ProgrammePhase.Agreement, new(2023, 11, 30), new(2024, 3, 1)), RoundTrip(new PhaseSpan(ProgrammePhase.Agreement, new(2023, 11, 30), new(2024, 3, 1)), set));
        Assert.Equal(new PhaseSpan(ProgrammePhase.Agreement, new(2023, 11, 30), null), RoundTrip(new PhaseSpan(ProgrammePhase.Agreement, new(2023, 11, 30), null), set));
        foreach (var kind in new[] { ProgrammeDeadlineKind.RecognitionDue, ProgrammeDeadlineKind.RenewalDue, ProgrammeDeadlineKind.CompletionDue })
        {
            Assert.Equal(new ProgrammeDeadline(kind, new(2029, 11, 30)), RoundTrip(new ProgrammeDeadline(kind, new(2029, 11, 30)), set));
        }

        Assert.Equal(default, RoundTrip(default(ProgrammeDeadline), set));
        Assert.Equal("\"\"", JsonSerializer.Serialize(default(ProgrammeDeadline), Options(set)));
        Assert.Equal("\"RenewalDue 2029-11-30\"", JsonSerializer.Serialize(new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, new(2029, 11, 30)), Options(set)));
    }

    [Fact]
    public void The_default_deadline_names_no_deadline_and_formats_as_empty_text()
    {
        Assert.Equal(string.Empty, default(ProgrammeDeadline).ToString());
        Assert.Equal(0, (int)default(ProgrammeDeadline).Kind);
        Assert.NotEqual(default, new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, default));
    }

    [Theory]
    [InlineData("RecognitionDue 2028-11-30")]
    [InlineData("RenewalDue 2029-11-30")]
    [InlineData("CompletionDue 2028-05-30")]
    [InlineData("")]
    public void A_deadline_reads_back_from_its_text(string text)
    {
        Assert.Equal(text, ProgrammeDeadline.Parse(text).ToString());
        Assert.True(ProgrammeDeadline.TryParse(text, out var deadline));
        Assert.Equal(ProgrammeDeadline.Parse(text), deadline);
    }

    [Theory]
    [InlineData("RenewalDue")]
    [InlineData("RenewalDue 2029-13-01")]
    [InlineData("2 2029-11-30")]
    [InlineData("0 2029-11-30")]
    [InlineData("renewaldue 2029-11-30")]
    [InlineData(" RenewalDue 2029-11-30")]
    public void Text_that_is_no_deadline_is_refused(string text)
    {
        Assert.False(ProgrammeDeadline.TryParse(text, out _));
        Assert.Equal($"'{text}' is not a programme deadline such as 'RenewalDue 2029-11-30'.", Assert.Throws<FormatException>(() => ProgrammeDeadline.Parse(text)).Message);
        Assert.Throws<ArgumentNullException>(() => ProgrammeDeadline.Parse(null!));
        Assert.False(ProgrammeDeadline.TryParse(null, out _));
    }

    [Fact]
    public void A_programme_as_json_is_approved() =>
        Approvals.VerifyJson(ProgrammeTests.Recognised().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2028, 1, 1), "Raad stelt uit"), Today));

    [Theory]
    [InlineData("Netherlands")]
    [InlineData("UnitedKingdom")]
    [InlineData("Germany")]
    [InlineData("Spain")]
    public void Each_preset_as_json_is_approved(string preset) =>
        Approvals.VerifyJson(ProgrammeRules.Preset(preset, preset == "Germany" ? 120_000 : null), preset);

    [Fact]
    public void A_stored_programme_that_breaks_its_rules_is_refused()
    {
        var stored = JsonSerializer.Serialize(ProgrammeTests.InEvaluation(), Approvals.Json);
        var transitions = stored.IndexOf("\"transitions\"", StringComparison.Ordinal);
        var json = stored[..transitions] + stored[transitions..].Replace("\"SituationAnalysis\"", "\"Implementation\"", StringComparison.Ordinal);

        var error = Refused<Programme>(json);

        Assert.StartsWith("The stored Programme is not valid: It breaks its rules (OutOfOrder): Implementation does not follow Agreement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_programme_whose_phase_is_not_its_last_transitions_is_refused()
    {
        var json = JsonSerializer.Serialize(ProgrammeTests.InEvaluation(), Approvals.Json).Replace("\"phase\": \"Evaluation\"\n}", "\"phase\": \"Recognised\"\n}", StringComparison.Ordinal);

        Assert.Contains("is not the phase of its transitions", Refused<Programme>(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_programme_without_rules_is_refused()
    {
        Refused<Programme>("""{"transitions":[],"phase":null}""");
        Refused<Programme>("""{"rules":null,"transitions":[],"phase":null}""");
        Refused<Programme>("[]");
    }

    [Fact]
    public void Stored_rules_out_of_order_or_with_a_bad_period_are_refused()
    {
        var json = JsonSerializer.Serialize(ProgrammeRules.Netherlands, Approvals.Json);

        Assert.Contains("are not a programme", Refused<ProgrammeRules>(json.Replace("\"Applied\"", "\"Evaluation\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("time component", Refused<ProgrammeRules>(json.Replace("\"recognitionValidity\": \"P3Y\"", "\"recognitionValidity\": \"PT1H\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Refused<ProgrammeRules>(json.Replace("\"recognitionValidity\": \"P3Y\",", string.Empty, StringComparison.Ordinal));
        Refused<ProgrammeRules>(json.Replace("\"nationalCommittee\": \"UNICEF Nederland\"", "\"nationalCommittee\": \" \"", StringComparison.Ordinal));
    }

    [Fact]
    public void Stored_values_that_their_constructors_refuse_are_refused()
    {
        Assert.Contains("ends (2024-01-01) before it starts (2024-03-01)", Refused<PhaseSpan>("""{"phase":"Agreement","from":"2024-03-01","to":"2024-01-01"}""").Message, StringComparison.Ordinal);
        Refused<PhaseSpan>("""{"phase":"Agreement","to":null}""");
        Refused<PhaseTransition>("""{"phase":"Agreement"}""");
        Refused<PhaseTransition>("""{"phase":2,"on":"2023-11-30"}""");
        Refused<PhaseTransition>("""{"phase":"Bogus","on":"2023-11-30"}""");
        Refused<PhaseTransition>("""{"phase":"Agreement","on":"2023-11-30","criteria":["Results","Wealth"]}""");
        Refused<ProgrammeStep>("""{"phase":"Lapsed","name":"Verlopen"}""");
        Refused<ProgrammeDeadline>("""{"kind":"RenewalDue","on":"2029-11-30"}""");
        Assert.Contains("is not a programme deadline", Refused<ProgrammeDeadline>("\"RenewalDue 2029-13-01\"").Message, StringComparison.Ordinal);
        Refused<ProgrammeDeadline>("null");
    }

    [Fact]
    public void A_status_is_stored_as_its_date_and_the_transitions_up_to_it()
    {
        var json = JsonSerializer.Serialize(ProgrammeTests.InEvaluation().StatusOn(new(2025, 3, 20)), Approvals.Json);

        Assert.Equal(["on", "programme"], JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("\"Evaluation\"", json[json.IndexOf("\"transitions\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_status_with_values_of_its_own_is_refused()
    {
        // Derived values are not stored, so none can contradict the history: the old shape no longer reads.
        Refused<ProgrammeStatus>("""{"history":[],"candidate":true,"overdue":true,"renewalDue":true,"on":"2025-01-01"}""");
        Refused<ProgrammeStatus>("""{"on":"2025-01-01","programme":null}""");
        Refused<ProgrammeStatus>("""{"on":"2025-01-01"}""");
    }

    [Fact]
    public void A_stored_status_whose_programme_runs_past_its_date_or_breaks_its_rules_is_refused()
    {
        var programme = JsonSerializer.Serialize(ProgrammeTests.InEvaluation(), Approvals.Json);

        Assert.Contains("after the status's date", Refused<ProgrammeStatus>($$"""{"on":"2025-01-01","programme":{{programme}}}""").Message, StringComparison.Ordinal);
        var transitions = programme.IndexOf("\"transitions\"", StringComparison.Ordinal);
        var broken = programme[..transitions] + programme[transitions..].Replace("\"SituationAnalysis\"", "\"Implementation\"", StringComparison.Ordinal);
        Assert.Contains("(OutOfOrder)", Refused<ProgrammeStatus>($$"""{"on":"2030-01-01","programme":{{broken}}}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_programme_with_null_transitions_or_steps_is_refused()
    {
        var json = JsonSerializer.Serialize(ProgrammeTests.InEvaluation(), Approvals.Json);
        var rules = JsonSerializer.Serialize(ProgrammeRules.Netherlands, Approvals.Json);

        Refused<Programme>(json[..json.IndexOf("\"transitions\"", StringComparison.Ordinal)] + "\"transitions\": null, \"phase\": null}");
        Refused<ProgrammeRules>(System.Text.RegularExpressions.Regex.Replace(rules, "\"steps\": \\[[^\\]]*\\]", "\"steps\": null"));
        Refused<ProgrammeRules>(System.Text.RegularExpressions.Regex.Replace(rules, "\"requiredCriteria\": \\[[^\\]]*\\]", "\"requiredCriteria\": null"));
    }
}
