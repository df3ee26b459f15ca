using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>
/// The domain's exceptions through the Orleans serializer (between silos and clients) and its copier (between grains of
/// one silo), without a cluster: the type and every property the domain gives it survive.
/// </summary>
public sealed class DomainExceptionSerializationTests
{
    private static readonly Lazy<ServiceProvider> s_services = new(() =>
        new ServiceCollection().AddSerializer(s => s.AddCfcSdkTypes()).BuildServiceProvider());

    private static Serializer Serializer => s_services.Value.GetRequiredService<Serializer>();

    private static DeepCopier Copier => s_services.Value.GetRequiredService<DeepCopier>();

    public static TheoryData<string> Ways() => new() { "serialized", "copied" };

    private static Exception Through(string way, Exception exception) =>
        (way == "serialized" ? Serializer.Deserialize<Exception>(Serializer.SerializeToArray(exception)) : Copier.Copy(exception))!;

    private static T Thrown<T>(Func<T> create)
        where T : Exception
    {
        try
        {
            throw create();
        }
        catch (T e)
        {
            return e;
        }
    }

    [Theory]
    [MemberData(nameof(Ways))]
#pragma warning disable CA2208 // The parameter names are the domain's, as its refusals name them.
    public void Argument_exceptions_keep_their_type_parameter_name_message_and_stack_trace(string way)
    {
        Exception[] originals =
        [
            Thrown(() => new ArgumentException("Het thema is leeg.", "themes")),
            Thrown(() => new ArgumentOutOfRangeException("on", "Een stap ligt nooit vóór de vorige.")),
            Thrown(() => new ArgumentNullException("member")),
            Thrown(() => new ArgumentException("Zonder parameter.")),
        ];
#pragma warning restore CA2208

        foreach (var original in originals)
        {
            var result = Assert.IsAssignableFrom<ArgumentException>(Through(way, original));

            Assert.Equal(original.GetType(), result.GetType());
            Assert.Equal(((ArgumentException)original).ParamName, result.ParamName);
            Assert.Equal(original.Message, result.Message);
            Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_programme_rule_exception_keeps_its_rule_transition_phase_message_and_stack_trace(string way)
    {
        var transition = new PhaseTransition(ProgrammePhase.ActionPlan, new LocalDate(2024, 3, 1), "te vroeg");
        var original = Thrown(() => new ProgrammeRuleException(ProgrammeRule.OutOfOrder, transition, ProgrammePhase.Agreement, "Out of order: één stap overgeslagen."));

        var result = Assert.IsType<ProgrammeRuleException>(Through(way, original));

        Assert.Equal(ProgrammeRule.OutOfOrder, result.Rule);
        Assert.Equal(transition, result.Transition);
        Assert.Equal(ProgrammePhase.Agreement, result.CurrentPhase);
        Assert.Equal(original.Message, result.Message);
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_member_succeeded_and_a_succession_rule_keep_their_succession_rule_and_message(string way)
    {
        var succession = new Succession(MemberCode.Parse("GM0457"), MemberCode.Parse("GM0363"), new LocalDate(2022, 3, 24));
        var succeeded = Thrown(() => new MemberSucceededException(succession));
        var rule = Thrown(() => new SuccessionRuleException(SuccessionRule.NotRegistered, succession, "Amsterdam is niet geregistreerd."));

        var succeededResult = Assert.IsType<MemberSucceededException>(Through(way, succeeded));
        var ruleResult = Assert.IsType<SuccessionRuleException>(Through(way, rule));

        Assert.Equal(succession, succeededResult.Succession);
        Assert.Equal(succeeded.Message, succeededResult.Message);
        Assert.Contains(nameof(Thrown), succeededResult.StackTrace, StringComparison.Ordinal);
        Assert.Equal((SuccessionRule.NotRegistered, succession, rule.Message), (ruleResult.Rule, ruleResult.Succession, ruleResult.Message));
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_programme_rule_exception_before_the_programme_started_keeps_its_missing_phase(string way)
    {
        var original = new ProgrammeRuleException(ProgrammeRule.InTheFuture, new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2026, 3, 26)), null, "In the future.");

        var result = Assert.IsType<ProgrammeRuleException>(Through(way, original));

        Assert.Null(result.CurrentPhase);
        Assert.Equal(ProgrammeRule.InTheFuture, result.Rule);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void An_observation_conflict_keeps_its_key_and_message(string way)
    {
        var key = new ObservationKey(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id, ReportingPeriod.Parse("2022/2023"), Disaggregation.Create(sex: "female"));
        var original = Thrown(() => new ObservationConflictException(key, "A provisional figure after the final one."));

        var result = Assert.IsType<ObservationConflictException>(Through(way, original));

        Assert.Equal(key, result.Key);
        Assert.Equal(original.Message, result.Message);
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void An_issue_not_found_keeps_its_id_and_message_and_one_without_an_id_keeps_its_message(string way)
    {
        var withId = new IssueNotFoundException(IssueId.Parse("gm0518-2024-03"));
        var withoutId = new IssueNotFoundException("Geen zo'n issue.");

        var resultWithId = Assert.IsType<IssueNotFoundException>(Through(way, withId));
        var resultWithoutId = Assert.IsType<IssueNotFoundException>(Through(way, withoutId));

        Assert.Equal(withId.IssueId, resultWithId.IssueId);
        Assert.Equal(withId.Message, resultWithId.Message);
        Assert.True(resultWithoutId.IssueId.IsDefault);
        Assert.Equal("Geen zo'n issue.", resultWithoutId.Message);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void An_issue_limit_keeps_its_member_limit_and_message(string way)
    {
        var original = Thrown(() => new IssueLimitException(MemberCode.Parse("GM0518"), 500));

        var result = Assert.IsType<IssueLimitException>(Through(way, original));

        Assert.Equal((original.Member, 500, original.Message), (result.Member, result.Limit, result.Message));
        Assert.Contains("Cfc:Limits:MaxIssuesPerMember", result.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_missing_population_keeps_its_member_rules_and_message(string way)
    {
        var original = Thrown(() => new PopulationRequiredException(MemberCode.Parse("DE-08336091"), "Germany"));

        var result = Assert.IsType<PopulationRequiredException>(Through(way, original));

        Assert.Equal((original.Member, "Germany", original.Message), (result.Member, result.Rules, result.Message));
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_meeting_cancelled_keeps_its_type_message_and_stack_trace(string way)
    {
        var original = Thrown(() => new MeetingCancelledException("The meeting 'Spelen' is already cancelled."));

        var result = Assert.IsType<MeetingCancelledException>(Through(way, original));

        Assert.Equal(original.Message, result.Message);
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void An_action_point_change_exception_keeps_its_type_message_and_stack_trace(string way)
    {
        var original = Thrown(() => new ActionPointChangeException("The action point is Done since 2026-05-01."));

        var result = Assert.IsType<ActionPointChangeException>(Through(way, original));

        Assert.Equal(original.Message, result.Message);
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_bottleneck_resolved_exception_keeps_its_date_and_message(string way)
    {
        var original = Thrown(() => new BottleneckResolvedException(new LocalDate(2024, 6, 1)));

        var result = Assert.IsType<BottleneckResolvedException>(Through(way, original));

        Assert.Equal((new LocalDate(2024, 6, 1), original.Message), (result.ResolvedOn, result.Message));
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void An_entity_not_found_keeps_its_kind_key_and_message(string way)
    {
        var original = Thrown(() => new EntityNotFoundException("bottleneck", "nl/4"));

        var result = Assert.IsType<EntityNotFoundException>(Through(way, original));

        Assert.Equal(("bottleneck", "nl/4", "No bottleneck nl/4."), (result.Kind, result.Key, result.Message));
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_theme_proposal_closed_exception_keeps_its_status_and_message(string way)
    {
        var original = Thrown(() => new ThemeProposalClosedException(ThemeProposalStatus.Withdrawn));

        var result = Assert.IsType<ThemeProposalClosedException>(Through(way, original));

        Assert.Equal((ThemeProposalStatus.Withdrawn, original.Message), (result.Status, result.Message));
        Assert.Contains(nameof(Thrown), result.StackTrace, StringComparison.Ordinal);
    }
}
