using System.Globalization;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

/// <summary>National variants are orders of phases, each committee with its own names.</summary>
public sealed class ProgrammeStepsTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);

    private static Programme Through(ProgrammeRules rules, params (ProgrammePhase Phase, LocalDate On)[] steps) => ProgrammeTests.Through(rules, steps);

    private static string Order(ProgrammeRules rules) => string.Join(" → ", rules.Steps);

    /// <summary>A German programme up to its seal on 2025-06-01 (valid up to 2028-05-31).</summary>
    private static Programme Sealed() => Through(
        ProgrammeRules.Germany(120_000),
        (ProgrammePhase.Applied, new(2023, 6, 1)),
        (ProgrammePhase.Agreement, new(2023, 11, 30)),
        (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)),
        (ProgrammePhase.ActionPlan, new(2025, 5, 1)),
        (ProgrammePhase.Recognised, new(2025, 6, 1)));

    [Fact]
    public void Germany_runs_application_agreement_baseline_review_action_plan_seal_implementation_final_review() =>
        Assert.Equal(
            "Application (Applied) → Agreement → Baseline review (SituationAnalysis) → Action plan adopted by council (ActionPlan) → Seal (Recognised) → Implementation → Final review (Evaluation)",
            Order(ProgrammeRules.Germany(10_000)));

    [Fact]
    public void The_uk_runs_discovery_development_delivery_recognition() =>
        Assert.Equal(
            "Applied → Agreement → Discovery (SituationAnalysis) → Development (ActionPlan) → Delivery (Implementation) → Recognition (Recognised)",
            Order(ProgrammeRules.UnitedKingdom));

    [Fact]
    public void Spain_has_a_yearly_call_a_budgeted_plan_and_a_mid_term_report()
    {
        Assert.Equal("Yearly call", ProgrammeRules.Spain.NameOf(ProgrammePhase.Applied));
        Assert.Equal("Budgeted plan", ProgrammeRules.Spain.NameOf(ProgrammePhase.ActionPlan));
        Assert.Equal("Mid-term report", ProgrammeRules.Spain.NameOf(ProgrammePhase.Evaluation));
    }

    [Fact]
    public void The_netherlands_follows_the_common_cycle_under_the_common_names()
    {
        Assert.Equal<ProgrammeStep>(ProgrammeRules.CommonSteps, ProgrammeRules.Netherlands.Steps);
        Assert.Equal("Recognised", ProgrammeRules.Netherlands.NameOf(ProgrammePhase.Recognised));
        Assert.Equal("Withdrawn", ProgrammeRules.Netherlands.NameOf(ProgrammePhase.Withdrawn));
    }

    [Fact]
    public void Germany_awards_the_seal_after_the_action_plan_without_a_minimum_time()
    {
        var programme = Sealed();

        Assert.Equal(ProgrammePhase.Recognised, programme.Phase);
        Assert.Equal(new LocalDate(2028, 5, 31), programme.StatusOn(new(2025, 6, 1)).RecognisedUntil);
        Assert.True(programme.StatusOn(new(2025, 5, 31)).Candidate);
        Assert.False(programme.StatusOn(new(2025, 6, 1)).Candidate);
    }

    [Fact]
    public void In_germany_implementation_before_the_seal_is_out_of_order()
    {
        var planned = Through(
            ProgrammeRules.Germany(120_000),
            (ProgrammePhase.Applied, new(2023, 6, 1)),
            (ProgrammePhase.Agreement, new(2023, 11, 30)),
            (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)),
            (ProgrammePhase.ActionPlan, new(2025, 5, 1)));

        var error = Assert.Throws<ProgrammeRuleException>(() => planned.Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2025, 6, 1)), Today));

        Assert.Equal(ProgrammeRule.OutOfOrder, error.Rule);
        Assert.Equal("Implementation does not follow ActionPlan under the rules of Kinderfreundliche Kommunen; after ActionPlan come Recognised, NotRecognised, Withdrawn, Suspended.", error.Message);
    }

    [Fact]
    public void The_german_seal_lapses_during_implementation_without_a_new_action_plan()
    {
        var implementing = Sealed().Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2025, 7, 1)), Today);

        Assert.True(implementing.StatusOn(new(2028, 1, 1)).RenewalDue);
        Assert.Equal(ProgrammePhase.Lapsed, implementing.StatusOn(new(2028, 6, 1)).Phase);
        Assert.Equal(ProgrammeRule.Ended, Assert.Throws<ProgrammeRuleException>(() => implementing.Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2028, 6, 1)), Today)).Rule);
    }

    [Fact]
    public void A_new_german_action_plan_renews_the_seal()
    {
        var renewed = Sealed()
            .Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2025, 7, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2027, 11, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2028, 3, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2028, 4, 1), criteria: ProgrammeRules.AllCriteria), Today);

        Assert.Equal(new LocalDate(2031, 3, 31), renewed.StatusOn(new(2029, 1, 1)).RecognisedUntil);
    }

    [Fact]
    public void In_the_uk_recognition_follows_delivery_and_there_is_no_evaluation_step()
    {
        var delivering = Through(
            ProgrammeRules.UnitedKingdom,
            (ProgrammePhase.Agreement, new(2023, 1, 1)),
            (ProgrammePhase.SituationAnalysis, new(2023, 2, 1)),
            (ProgrammePhase.ActionPlan, new(2023, 9, 1)),
            (ProgrammePhase.Implementation, new(2024, 3, 1)));

        Assert.Equal(ProgrammeRule.OutOfOrder, Assert.Throws<ProgrammeRuleException>(() => delivering.Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2026, 1, 1)), Today)).Rule);
        Assert.Equal(ProgrammePhase.NotRecognised, delivering.Transition(new PhaseTransition(ProgrammePhase.NotRecognised, new(2026, 1, 1)), Today).Phase);
        Assert.Equal(ProgrammePhase.Recognised, delivering.Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 1, 1), criteria: ProgrammeRules.AllCriteria), Today).Phase);
        Assert.False(ProgrammeRules.UnitedKingdom.HasStep(ProgrammePhase.Evaluation));
    }

    [Theory]
    [InlineData(40_000, "P4Y")]
    [InlineData(120_000, "P4Y6M")]
    [InlineData(150_000, "P5Y")]
    public void The_german_programme_length_runs_from_the_agreement_to_the_final_review(int population, string length)
    {
        var rules = ProgrammeRules.Germany(population);
        var programme = Through(rules, (ProgrammePhase.Applied, new(2023, 6, 1)), (ProgrammePhase.Agreement, new(2023, 11, 30)));

        var due = new LocalDate(2023, 11, 30).Plus(rules.MaximumDuration);

        Assert.Equal(length, rules.MaximumDuration.ToString());
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.CompletionDue, due), programme.StatusOn(new(2024, 1, 1)).NextDeadline);
        Assert.False(programme.StatusOn(due).Overdue);
        Assert.True(programme.StatusOn(due.PlusDays(1)).Overdue);
    }

    [Fact]
    public void A_step_has_a_cycle_phase_and_a_name_that_defaults_to_the_phase()
    {
        Assert.Equal("Evaluation", new ProgrammeStep(ProgrammePhase.Evaluation, "  ").Name);
        Assert.Equal("Seal", new ProgrammeStep(ProgrammePhase.Recognised, " Seal ").Name);
        Assert.Equal("phase", Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeStep(ProgrammePhase.Lapsed)).ParamName);
        Assert.Equal("phase", Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeStep(0)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ProgrammeStep(ProgrammePhase.Applied, new string('x', ProgrammeStep.MaxNameLength + 1))).ParamName);
        Assert.Equal(new ProgrammeStep(ProgrammePhase.Recognised, "Seal"), new ProgrammeStep(ProgrammePhase.Recognised, "Seal"));
        Assert.NotEqual(new ProgrammeStep(ProgrammePhase.Recognised, "Seal"), new ProgrammeStep(ProgrammePhase.Recognised, "seal"));
    }

    public static TheoryData<ProgrammePhase[], string> WrongOrders => new()
    {
        { [ProgrammePhase.Agreement, ProgrammePhase.ActionPlan, ProgrammePhase.Recognised], "they start with Applied, then Agreement." },
        { [ProgrammePhase.Applied, ProgrammePhase.Agreement, ProgrammePhase.ActionPlan, ProgrammePhase.Recognised, ProgrammePhase.ActionPlan], "each phase comes once." },
        { [ProgrammePhase.Applied, ProgrammePhase.Agreement, ProgrammePhase.Recognised, ProgrammePhase.ActionPlan], "they have an ActionPlan, and Recognised after it." },
        { [ProgrammePhase.Applied, ProgrammePhase.Agreement, ProgrammePhase.ActionPlan], "they have an ActionPlan, and Recognised after it." },
        { [ProgrammePhase.Applied, ProgrammePhase.Agreement, ProgrammePhase.Implementation, ProgrammePhase.ActionPlan, ProgrammePhase.Recognised], "only SituationAnalysis comes between" },
        { [ProgrammePhase.Applied, ProgrammePhase.Agreement, ProgrammePhase.ActionPlan, ProgrammePhase.SituationAnalysis, ProgrammePhase.Recognised], "only SituationAnalysis comes between" },
    };

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void Steps_out_of_a_programmes_order_are_rejected(ProgrammePhase[] phases, string why)
    {
        var error = Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), steps: phases.Select(p => new ProgrammeStep(p))));

        Assert.Equal("steps", error.ParamName);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_step_is_rejected() =>
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), steps: [new(ProgrammePhase.Applied), null!])).ParamName);

    [Fact]
    public void Rules_with_other_steps_differ() =>
        Assert.NotEqual(
            ProgrammeRules.Netherlands,
            new ProgrammeRules("UNICEF Nederland", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3), steps: ProgrammeRules.CommonSteps.Select(s => new ProgrammeStep(s.Phase, s.Phase + "!"))));

    [Theory]
    [InlineData("Netherlands")]
    [InlineData("UnitedKingdom")]
    [InlineData("spain")]
    [InlineData(" Spain ")]
    public void Presets_are_found_by_name_ignoring_case(string name) =>
        Assert.Contains(ProgrammeRules.Preset(name), new[] { ProgrammeRules.Netherlands, ProgrammeRules.UnitedKingdom, ProgrammeRules.Spain });

    [Fact]
    public void Germany_by_name_needs_the_population_and_the_others_refuse_it()
    {
        Assert.Equal(ProgrammeRules.Germany(120_000), ProgrammeRules.Preset("Germany", 120_000));
        Assert.Equal("population", Assert.Throws<ArgumentException>(() => ProgrammeRules.Preset("Germany")).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentException>(() => ProgrammeRules.Preset("Spain", 10_000)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRules.Preset("Germany", 0)).ParamName);
    }

    [Fact]
    public void An_unknown_preset_name_is_rejected_with_the_names_known()
    {
        var error = Assert.Throws<ArgumentException>(() => ProgrammeRules.Preset("Belgium"));

        Assert.StartsWith("'Belgium' is not a preset of programme rules; the presets are Netherlands, UnitedKingdom, Germany, Spain.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ProgrammeRules.Preset(null!));
        Assert.Equal(["Netherlands", "UnitedKingdom", "Germany", "Spain"], ProgrammeRules.PresetNames.AsEnumerable());
    }

    [Fact]
    public void Rule_messages_do_not_depend_on_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var error = Assert.Throws<ProgrammeRuleException>(() => ProgrammeTests.Recognised().Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2030, 1, 1)), Today));
            var rules = Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.FromYears(3), Period.FromMonths(30), Period.FromYears(1)));

            Assert.Contains("ran out after 2029-11-30", error.Message, StringComparison.Ordinal);
            Assert.StartsWith("The maximum duration (P30M) is shorter than the minimum time to recognition (P3Y).", rules.Message, StringComparison.Ordinal);
            Assert.Equal("UNICEF UK: Applied → Agreement → Discovery (SituationAnalysis) → Development (ActionPlan) → Delivery (Implementation) → Recognition (Recognised); recognition from P3Y after agreement, first cycle within P5Y, valid P3Y", ProgrammeRules.UnitedKingdom.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
