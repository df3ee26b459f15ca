using System.Reflection;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Participation;

public sealed class ParticipationRecordTests
{
    private static readonly LocalDate s_heldOn = new(2026, 3, 12);

    private static ParticipationRecord Council(
        int participants = 14,
        IEnumerable<string>? ageGroups = null,
        IEnumerable<ReachedGroup>? groups = null,
        IEnumerable<string>? topics = null,
        string? decisionFed = null,
        ParticipationFeedback? feedback = null) =>
        new(MemberCode.DenHaag, ParticipationKind.Council, s_heldOn, ProgrammePhase.SituationAnalysis, participants, ageGroups, groups, topics, decisionFed, feedback);

    [Fact]
    public void A_record_keeps_what_it_was_given_cleaned()
    {
        var record = Council(
            ageGroups: ["18+", "12-17", " 4-11 ", "12-17", "12+"],
            groups: [ReachedGroup.RefugeeBackground, ReachedGroup.Poverty, ReachedGroup.Poverty],
            topics: ["Veilig naar school", "spelen", "veilig naar school"],
            decisionFed: "  Speelruimteplan 2027 ",
            feedback: new ParticipationFeedback(s_heldOn, "Brief aan de kinderraad."));

        Assert.Equal(["4-11", "12-17", "12+", "18+"], record.AgeGroups.ToArray());
        Assert.Equal([ReachedGroup.Poverty, ReachedGroup.RefugeeBackground], record.GroupsReached.ToArray());
        Assert.Equal(["spelen", "Veilig naar school"], record.Topics.ToArray());
        Assert.Equal("Speelruimteplan 2027", record.DecisionFed);
        Assert.Equal(14, record.Participants);
        Assert.Equal("GM0518 Council 2026-03-12 (SituationAnalysis)", record.ToString());
    }

    [Fact]
    public void Records_are_equal_whatever_order_their_lists_were_given_in()
    {
        Assert.Equal(Council(ageGroups: ["12-17", "4-11"], groups: [ReachedGroup.InCare, ReachedGroup.Disability]), Council(ageGroups: ["4-11", "12-17"], groups: [ReachedGroup.Disability, ReachedGroup.InCare]));
        Assert.NotEqual(Council(), Council(participants: 15));
        Assert.NotEqual(Council(), Council(feedback: new ParticipationFeedback(s_heldOn, "Brief.")));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ParticipationRecord.MaxParticipants + 1)]
    public void A_count_out_of_range_is_refused(int participants) =>
        Assert.Equal("participants", Assert.Throws<ArgumentOutOfRangeException>(() => Council(participants)).ParamName);

    [Fact]
    public void No_children_is_a_count_too() => Assert.Equal(0, Council(0).Participants);

    [Theory]
    [InlineData("12")]
    [InlineData("17-12")]
    [InlineData("Jan, 12 jaar")]
    [InlineData("2014-05-01")]
    public void An_age_group_that_is_not_an_age_band_is_refused(string ageGroup) =>
        Assert.Equal("ageGroups", Assert.Throws<ArgumentException>(() => Council(ageGroups: [ageGroup])).ParamName);

    [Theory]
    [InlineData(ProgrammePhase.Withdrawn)]
    [InlineData(ProgrammePhase.Suspended)]
    [InlineData((ProgrammePhase)0)]
    public void A_phase_outside_the_cycle_is_refused(ProgrammePhase phase) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipationRecord(MemberCode.DenHaag, ParticipationKind.Panel, s_heldOn, phase, 3));

    [Fact]
    public void An_undefined_kind_and_the_default_member_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipationRecord(MemberCode.DenHaag, 0, s_heldOn, ProgrammePhase.ActionPlan, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipationRecord(MemberCode.DenHaag, (ParticipationKind)7, s_heldOn, ProgrammePhase.ActionPlan, 3));
        Assert.Throws<ArgumentException>(() => new ParticipationRecord(default, ParticipationKind.Panel, s_heldOn, ProgrammePhase.ActionPlan, 3));
        Assert.Throws<ArgumentException>(() => Council(groups: [default]));
    }

    [Fact]
    public void Texts_and_lists_are_bounded()
    {
        Assert.Throws<ArgumentException>(() => Council(topics: [new string('x', ParticipationRecord.MaxTopicLength + 1)]));
        Assert.Throws<ArgumentException>(() => Council(topics: [" "]));
        Assert.Throws<ArgumentException>(() => Council(decisionFed: new string('x', ParticipationRecord.MaxDecisionFedLength + 1)));
        Assert.Throws<ArgumentException>(() => Council(topics: Enumerable.Range(0, ParticipationRecord.MaxListLength + 1).Select(i => $"t{i}")));
        Assert.Throws<ArgumentException>(() => Council(groups: Enumerable.Range(0, ParticipationRecord.MaxListLength + 1).Select(i => ReachedGroup.Parse($"g{i}"))));
        Assert.Throws<ArgumentException>(() => new ParticipationFeedback(s_heldOn, new string('x', ParticipationFeedback.MaxHowLength + 1)));
        Assert.Throws<ArgumentException>(() => new ParticipationFeedback(s_heldOn, " "));
        Assert.Null(Council(decisionFed: " ").DecisionFed);
    }

    [Fact]
    public void Feedback_is_not_given_before_the_day_held() =>
        Assert.Equal("feedback", Assert.Throws<ArgumentOutOfRangeException>(() => Council(feedback: new ParticipationFeedback(s_heldOn.PlusDays(-1), "Brief."))).ParamName);

    [Fact]
    public void A_correction_keeps_the_member()
    {
        var corrected = Council(participants: 16, feedback: new ParticipationFeedback(s_heldOn.PlusDays(30), "Filmpje op school."));

        Assert.Same(corrected, Council().Correct(corrected));
        Assert.Throws<ArgumentException>(() => Council().Correct(new ParticipationRecord(MemberCode.Saba, ParticipationKind.Council, s_heldOn, ProgrammePhase.SituationAnalysis, 3)));
    }

    [Fact]
    public void No_type_of_the_participation_namespace_can_hold_a_person()
    {
        // The promise that no child's personal data is ever stored rests on the types: nothing in them names a person.
        string[] personal = ["name", "birth", "address", "email", "phone", "person", "child"];
        var properties = typeof(ParticipationRecord).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(ParticipationRecord).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .ToList();

        Assert.NotEmpty(properties);
        Assert.All(properties, tp => Assert.DoesNotContain(personal, word => tp.p.Name.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.All(properties, tp => Assert.NotEqual(typeof(Person), tp.p.PropertyType));
    }
}
