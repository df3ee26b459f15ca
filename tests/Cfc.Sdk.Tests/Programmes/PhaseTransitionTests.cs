using System.Text.Json;
using Cfc.Testing;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

public sealed class PhaseTransitionTests
{
    [Fact]
    public void An_undefined_phase_is_rejected() =>
        Assert.Equal("phase", Assert.Throws<ArgumentOutOfRangeException>(() => new PhaseTransition(0, new(2024, 1, 1))).ParamName);

    [Fact]
    public void An_undefined_criterion_is_rejected() =>
        Assert.Equal("criteria", Assert.Throws<ArgumentOutOfRangeException>(() => new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1), criteria: [(MinimumCriterion)4])).ParamName);

    [Fact]
    public void A_note_longer_than_the_maximum_is_rejected() =>
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new PhaseTransition(ProgrammePhase.Applied, new(2024, 1, 1), new string('x', PhaseTransition.MaxNoteLength + 1))).ParamName);

    [Fact]
    public void A_notes_length_is_counted_after_trimming()
    {
        var longest = new string('x', PhaseTransition.MaxNoteLength);

        var transition = new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), $"  {longest}  ", overrideReason: $"  {longest}  ");

        Assert.Equal(longest, transition.Note);
        Assert.Equal(longest, transition.Override);
    }

    [Fact]
    public void A_blank_note_is_no_note_and_a_note_is_trimmed()
    {
        Assert.Null(new PhaseTransition(ProgrammePhase.Applied, new(2024, 1, 1), "  ").Note);
        Assert.Equal("Raadsbesluit", new PhaseTransition(ProgrammePhase.Applied, new(2024, 1, 1), " Raadsbesluit ").Note);
    }

    [Fact]
    public void Criteria_are_kept_once_in_order()
    {
        var transition = new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1), criteria: [MinimumCriterion.NonDiscrimination, MinimumCriterion.Results, MinimumCriterion.NonDiscrimination]);

        Assert.Equal<MinimumCriterion>([MinimumCriterion.Results, MinimumCriterion.NonDiscrimination], transition.Criteria);
        Assert.Equal("Recognised on 2024-01-01 [Results, NonDiscrimination]", transition.ToString());
    }

    [Fact]
    public void Transitions_with_the_same_values_are_equal()
    {
        var a = new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1), "n", [MinimumCriterion.Results]);
        var b = new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1), "n", [MinimumCriterion.Results]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1), "n"));
        Assert.NotEqual(a, new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 2), "n", [MinimumCriterion.Results]));
    }

    [Fact]
    public void A_transition_round_trips_through_json()
    {
        var transition = new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), "Erkenning", ProgrammeRules.AllCriteria);

        var json = JsonSerializer.Serialize(transition, Approvals.Json);

        Assert.Contains("\"phase\": \"Recognised\"", json, StringComparison.Ordinal);
        Assert.Contains("\"on\": \"2027-01-15\"", json, StringComparison.Ordinal);
        Assert.Equal(transition, JsonSerializer.Deserialize<PhaseTransition>(json, Approvals.Json));
    }

    [Fact]
    public void A_transition_from_json_without_criteria_has_none()
    {
        var transition = JsonSerializer.Deserialize<PhaseTransition>("""{"phase":"Agreement","on":"2023-11-30"}""", Approvals.Json);

        Assert.Equal(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)), transition);
    }

    [Theory]
    [InlineData(ProgrammePhase.Applied, false, false)]
    [InlineData(ProgrammePhase.Recognised, false, false)]
    [InlineData(ProgrammePhase.Suspended, true, false)]
    [InlineData(ProgrammePhase.Withdrawn, true, true)]
    [InlineData(ProgrammePhase.NotRecognised, true, true)]
    [InlineData(ProgrammePhase.Lapsed, true, true)]
    public void Exits_and_terminal_phases_are_told_apart(ProgrammePhase phase, bool exit, bool terminal)
    {
        Assert.True(ProgrammePhases.IsDefined(phase));
        Assert.Equal(exit, ProgrammePhases.IsExit(phase));
        Assert.Equal(terminal, ProgrammePhases.IsTerminal(phase));
    }

    [Fact]
    public void Zero_and_twelve_are_no_phases()
    {
        Assert.False(ProgrammePhases.IsDefined(0));
        Assert.False(ProgrammePhases.IsDefined((ProgrammePhase)12));
    }

    [Fact]
    public void A_deadline_needs_a_defined_kind()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeDeadline(0, new(2024, 1, 1))).ParamName);
        Assert.Equal("RenewalDue 2024-01-01", new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, new(2024, 1, 1)).ToString());
    }

    [Fact]
    public void A_rule_exception_names_the_rule_and_the_transition()
    {
        var transition = new PhaseTransition(ProgrammePhase.Recognised, new(2024, 1, 1));

        var error = new ProgrammeRuleException(ProgrammeRule.MissingCriteria, transition, ProgrammePhase.Evaluation, "missing");

        Assert.Equal(ProgrammeRule.MissingCriteria, error.Rule);
        Assert.Same(transition, error.Transition);
        Assert.Equal(ProgrammePhase.Evaluation, error.CurrentPhase);
        Assert.Throws<ArgumentNullException>(() => new ProgrammeRuleException(ProgrammeRule.MissingCriteria, null!, null, "m"));
        Assert.Throws<ArgumentNullException>(() => new ProgrammeRuleException(ProgrammeRule.MissingCriteria, transition, null, null!));
    }

    [Fact]
    public void An_override_is_kept_trimmed_and_shown_in_the_text()
    {
        var transition = new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), criteria: ProgrammeRules.AllCriteria, overrideReason: " Panel besloot anders. ");

        Assert.Equal("Panel besloot anders.", transition.Override);
        Assert.EndsWith("(override)", transition.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), criteria: ProgrammeRules.AllCriteria), transition);
    }

    [Theory]
    [InlineData(ProgrammePhase.Evaluation, "reden")]
    [InlineData(ProgrammePhase.Recognised, "  ")]
    public void An_override_for_another_phase_or_blank_is_rejected(ProgrammePhase phase, string reason) =>
        Assert.Equal("overrideReason", Assert.Throws<ArgumentException>(() => new PhaseTransition(phase, new(2027, 1, 15), overrideReason: reason)).ParamName);

    [Fact]
    public void An_override_longer_than_a_note_is_rejected() =>
        Assert.Equal("overrideReason", Assert.Throws<ArgumentException>(() =>
            new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), overrideReason: new string('x', PhaseTransition.MaxNoteLength + 1))).ParamName);

    [Fact]
    public void An_override_round_trips_through_json_and_is_left_out_when_there_is_none()
    {
        var overridden = new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), criteria: ProgrammeRules.AllCriteria, overrideReason: "Panel");
        var plain = new PhaseTransition(ProgrammePhase.Recognised, new(2027, 1, 15), criteria: ProgrammeRules.AllCriteria);

        var json = JsonSerializer.Serialize(overridden, Approvals.Json);

        Assert.Contains("\"override\": \"Panel\"", json, StringComparison.Ordinal);
        Assert.Equal(overridden, JsonSerializer.Deserialize<PhaseTransition>(json, Approvals.Json));
        Assert.DoesNotContain("override", JsonSerializer.Serialize(plain, Approvals.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_transition_without_an_override_reads_as_none() =>
        Assert.Null(JsonSerializer.Deserialize<PhaseTransition>("""{"phase":"Recognised","on":"2027-01-15","note":null,"criteria":["Results"]}""", Approvals.Json)!.Override);

    [Fact]
    public void A_stored_override_for_another_phase_is_refused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PhaseTransition>("""{"phase":"Evaluation","on":"2027-01-15","override":"x"}""", Approvals.Json));
}
