using System.Text.Json;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.ActionPlans;

public sealed class ActionPointTests
{
    private static readonly LocalDate s_created = new(2026, 1, 15);
    private static readonly LocalDate s_due = new(2026, 6, 30);
    private static readonly LocalDate s_today = new(2026, 12, 1);
    private static readonly IndicatorId s_homeSitters = DutchIndicators.HomeSitters.Id;

    private static ActionPoint Planned() =>
        new(MemberCode.DenHaag, "Speelplekken in elke wijk", GoalArea.FamilyPlayLeisure, "Team Openbare Ruimte", s_due, s_created, [s_homeSitters], s_homeSitters);

    [Fact]
    public void A_point_starts_planned_on_the_day_it_is_created()
    {
        var point = Planned();

        Assert.Equal(ActionPointStatus.Planned, point.Status);
        Assert.Equal(s_created, point.CreatedOn);
        Assert.Equal(["Planned on 2026-01-15"], point.History.Select(c => c.ToString()));
        Assert.Equal("GM0518 Speelplekken in elke wijk (Planned, due 2026-06-30)", point.ToString());
    }

    [Fact]
    public void A_point_keeps_its_history_of_statuses()
    {
        var point = Planned()
            .ChangeStatus(ActionPointStatus.InProgress, new(2026, 2, 1), s_today, "Eerste wijk.")
            .ChangeStatus(ActionPointStatus.Done, new(2026, 2, 1), s_today);

        Assert.Equal([ActionPointStatus.Planned, ActionPointStatus.InProgress, ActionPointStatus.Done], point.History.Select(c => c.Status));
        Assert.Equal("Eerste wijk.", point.History[1].Note);
        Assert.True(point.IsClosed);
        Assert.Equal(ActionPointStatus.Planned, point.StatusOn(new(2026, 1, 31)));
        Assert.Equal(ActionPointStatus.Done, point.StatusOn(new(2026, 2, 1)));
        Assert.Null(point.StatusOn(new(2026, 1, 14)));
    }

    [Fact]
    public void A_change_dated_before_the_previous_one_is_refused_and_the_point_is_unchanged()
    {
        var point = Planned().ChangeStatus(ActionPointStatus.InProgress, new(2026, 3, 1), s_today);

        var refused = Assert.Throws<ActionPointChangeException>(() => point.ChangeStatus(ActionPointStatus.Done, new(2026, 2, 28), s_today));

        Assert.Contains("2026-03-01", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ActionPointStatus.InProgress, point.Status);
    }

    [Fact]
    public void A_change_dated_after_today_is_refused() =>
        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => Planned().ChangeStatus(ActionPointStatus.InProgress, s_today.PlusDays(1), s_today)).ParamName);

    [Fact]
    public void A_change_to_the_status_the_point_has_is_refused() =>
        Assert.Throws<ActionPointChangeException>(() => Planned().ChangeStatus(ActionPointStatus.Planned, s_today, s_today));

    [Theory]
    [InlineData(ActionPointStatus.Done)]
    [InlineData(ActionPointStatus.Dropped)]
    public void A_closed_point_changes_only_when_reopened_with_a_reason(ActionPointStatus closing)
    {
        var closed = Planned().ChangeStatus(closing, new(2026, 5, 1), s_today);

        Assert.Throws<ActionPointChangeException>(() => closed.ChangeStatus(ActionPointStatus.InProgress, new(2026, 6, 1), s_today));
        Assert.Throws<ArgumentException>(() => closed.Reopen(ActionPointStatus.InProgress, new(2026, 6, 1), s_today, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => closed.Reopen(ActionPointStatus.Done, new(2026, 6, 1), s_today, "Toch niet klaar."));

        var reopened = closed.Reopen(ActionPointStatus.InProgress, new(2026, 6, 1), s_today, "Toch niet klaar.");

        Assert.Equal(ActionPointStatus.InProgress, reopened.Status);
        Assert.Equal("Toch niet klaar.", reopened.History[^1].Note);
    }

    [Fact]
    public void An_open_point_is_not_reopened() =>
        Assert.Throws<ActionPointChangeException>(() => Planned().Reopen(ActionPointStatus.InProgress, s_today, s_today, "Waarom?"));

    [Fact]
    public void A_point_is_overdue_after_its_due_date_while_it_is_open()
    {
        var point = Planned();
        var done = point.ChangeStatus(ActionPointStatus.Done, new(2026, 8, 1), s_today);

        Assert.False(point.IsOverdueOn(s_due));
        Assert.True(point.IsOverdueOn(s_due.PlusDays(1)));
        Assert.True(done.IsOverdueOn(new(2026, 7, 31)));
        Assert.False(done.IsOverdueOn(new(2026, 8, 1)));
        Assert.False(point.ChangeStatus(ActionPointStatus.Dropped, s_due, s_today).IsOverdueOn(s_today));
    }

    [Fact]
    public void The_target_served_is_one_of_the_linked_indicators()
    {
        var refused = Assert.Throws<ArgumentException>(() =>
            new ActionPoint(MemberCode.DenHaag, "T", GoalArea.VoiceHeard, "Team Jeugd", s_due, s_created, [s_homeSitters], DutchIndicators.YouthCareUse.Id));

        Assert.Equal("target", refused.ParamName);
    }

    [Fact]
    public void A_point_is_not_due_before_it_is_created() =>
        Assert.Equal("dueOn", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ActionPoint(MemberCode.DenHaag, "T", GoalArea.VoiceHeard, "Team Jeugd", s_created.PlusDays(-1), s_created)).ParamName);

    [Fact]
    public void Texts_are_required_where_needed_and_bounded()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new ActionPoint(MemberCode.DenHaag, " ", GoalArea.VoiceHeard, "Team", s_due, s_created)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => new ActionPoint(MemberCode.DenHaag, "T", GoalArea.VoiceHeard, new string('x', ActionPoint.MaxOwnerLength + 1), s_due, s_created)).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new ActionPoint(default, "T", GoalArea.VoiceHeard, "Team", s_due, s_created)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActionPoint(MemberCode.DenHaag, "T", default, "Team", s_due, s_created));
    }

    [Fact]
    public void The_stored_form_of_a_reopened_point_is_approved()
    {
        var point = Planned()
            .ChangeStatus(ActionPointStatus.Done, new(2026, 5, 1), s_today, "Opgeleverd.")
            .Reopen(ActionPointStatus.InProgress, new(2026, 6, 1), s_today, "Nog twee wijken.");

        Assert.Equal(point, JsonSerializer.Deserialize<ActionPoint>(JsonRoundTrip.AssertRoundTrips(point), JsonRoundTrip.Web));
        Approvals.VerifyJson(point);
    }

    [Theory]
    [InlineData("""[{"status":"InProgress","on":"2026-01-15"}]""")]
    [InlineData("""[{"status":"Planned","on":"2026-01-15"},{"status":"Done","on":"2026-01-10"}]""")]
    [InlineData("""[{"status":"Planned","on":"2026-01-15"},{"status":"Done","on":"2026-02-10"},{"status":"InProgress","on":"2026-03-10"}]""")]
    public void A_stored_history_that_breaks_the_rules_is_refused(string history) =>
        JsonRoundTrip.AssertRefused<ActionPoint>($$"""{"member":"GM0518","title":"T","goalArea":"VoiceHeard","owner":"Team Jeugd","due":"2026-06-30","history":{{history}}}""");

    [Fact]
    public void Overdue_is_open_on_the_day_and_past_the_due_date_for_any_history() =>
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 3].Array[0, 6], Gen.Int[0, 400]).Sample((dueIn, steps, asked) =>
        {
            var point = new ActionPoint(MemberCode.DenHaag, "T", GoalArea.VoiceHeard, "Team Jeugd", s_created.PlusDays(dueIn), s_created);
            var on = s_created;
            foreach (var step in steps)
            {
                on = on.PlusDays(step * 10);
                var status = (ActionPointStatus)(step + 1);
                point = point.IsClosed ? point.Reopen(ActionPointStatus.InProgress, on, LocalDate.MaxIsoValue, "opnieuw")
                    : status == point.Status ? point : point.ChangeStatus(status, on, LocalDate.MaxIsoValue);
            }

            var day = s_created.PlusDays(asked);
            var open = point.History.LastOrDefault(c => c.On <= day) is { Closes: false };
            Assert.Equal(open && day > point.DueOn, point.IsOverdueOn(day));
            Assert.Equal(point, JsonSerializer.Deserialize<ActionPoint>(JsonSerializer.Serialize(point, JsonRoundTrip.Web), JsonRoundTrip.Web));
        });
}
