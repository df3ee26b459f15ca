using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Tests.Bottlenecks;

public sealed class BottleneckTests
{
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.DenHaag);

    private static Bottleneck Signalled() =>
        new(DenHaag, "Onveilige fietsroute naar school", "Kinderen fietsen over een drukke weg zonder fietspad.", new LocalDate(2024, 2, 1), [CrcArticle.Health, CrcArticle.BestInterests]);

    [Fact]
    public void A_bottleneck_starts_on_the_local_agenda()
    {
        var bottleneck = Signalled();

        Assert.Equal(EscalationLevel.Local, bottleneck.Level);
        Assert.Equal(new LocalDate(2024, 2, 1), bottleneck.SignalledOn);
        Assert.Equal(DenHaag, bottleneck.SignalledBy);
        Assert.Equal([3, 24], bottleneck.Articles.Select(a => a.Number));
        Assert.Equal("GM0518 Onveilige fietsroute naar school (Local)", bottleneck.ToString());
    }

    [Fact]
    public void A_bottleneck_is_equal_whatever_the_order_of_its_articles()
    {
        var given = new Bottleneck(DenHaag, "T", "D", new LocalDate(2024, 2, 1), [CrcArticle.Health, CrcArticle.BestInterests, CrcArticle.Health]);
        var reversed = new Bottleneck(DenHaag, "T", "D", new LocalDate(2024, 2, 1), [CrcArticle.BestInterests, CrcArticle.Health]);

        Assert.Equal(given, reversed);
        Assert.Equal(given.GetHashCode(), reversed.GetHashCode());
        Assert.Equal([3, 24], reversed.Articles.Select(a => a.Number));
    }

    [Fact]
    public void A_bottleneck_is_escalated_local_regional_national_and_keeps_its_history()
    {
        var bottleneck = Signalled()
            .EscalateTo(EscalationLevel.Regional, new(2024, 4, 1), "Regio Haaglanden")
            .EscalateTo(EscalationLevel.National, new(2024, 4, 1));

        Assert.Equal(EscalationLevel.National, bottleneck.Level);
        Assert.Equal(["Local on 2024-02-01", "Regional on 2024-04-01", "National on 2024-04-01"], bottleneck.History.Select(e => e.ToString()));
        Assert.Equal("Regio Haaglanden", bottleneck.History[1].Note);
        Assert.Null(bottleneck.History[2].Note);
    }

    [Fact]
    public void A_bottleneck_may_go_straight_to_the_national_agenda() =>
        Assert.Equal(EscalationLevel.National, Signalled().EscalateTo(EscalationLevel.National, new(2024, 3, 1)).Level);

    [Fact]
    public void The_level_on_a_date_follows_the_history()
    {
        var bottleneck = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 1));

        Assert.Null(bottleneck.LevelOn(new(2024, 1, 31)));
        Assert.Equal(EscalationLevel.Local, bottleneck.LevelOn(new(2024, 3, 31)));
        Assert.Equal(EscalationLevel.Regional, bottleneck.LevelOn(new(2024, 4, 1)));
    }

    [Theory]
    [InlineData(EscalationLevel.Regional)]
    [InlineData(EscalationLevel.Local)]
    public void A_bottleneck_never_moves_back_down_or_stays_level(EscalationLevel level)
    {
        var regional = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 1));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => regional.EscalateTo(level, new(2024, 5, 1)));

        Assert.Equal("level", error.ParamName);
        Assert.StartsWith($"The bottleneck is on the Regional agenda; it can only move up, not to {level}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_dated_before_the_previous_step_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 1, 31)));

        Assert.Equal("on", error.ParamName);
        Assert.StartsWith("The bottleneck was put on the Local agenda on 2024-02-01; a later step cannot be dated 2024-01-31.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_level_or_too_long_note_is_rejected()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Signalled().EscalateTo((EscalationLevel)4, new(2024, 5, 1))).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 5, 1), new string('x', Escalation.MaxNoteLength + 1))).ParamName);
    }

    [Fact]
    public void A_failed_escalation_leaves_the_bottleneck_as_it_was()
    {
        var bottleneck = Signalled();

        Assert.ThrowsAny<ArgumentException>(() => bottleneck.EscalateTo(EscalationLevel.Regional, new(2023, 1, 1)));

        Assert.Single(bottleneck.History);
        Assert.Equal(EscalationLevel.Local, bottleneck.Level);
    }

    [Fact]
    public void Bad_bottleneck_input_is_rejected()
    {
        var on = new LocalDate(2024, 2, 1);

        Assert.Equal("signalledBy", Assert.Throws<ArgumentException>(() => new Bottleneck(default, "t", "d", on)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Bottleneck(DenHaag, "", "d", on)).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => new Bottleneck(DenHaag, "t", null!, on)).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => new Bottleneck(DenHaag, "t", "d", on, [default])).ParamName);
    }

    [Fact]
    public void Escalations_with_the_same_values_are_equal()
    {
        var a = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 1), "n").History[1];
        var b = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 1), "n").History[1];

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != Signalled().History[0]);
    }

    [Fact]
    public void A_bottleneck_is_open_until_it_is_resolved_with_an_outcome()
    {
        var escalated = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 15));

        var resolved = escalated.Resolve(new LocalDate(2024, 4, 15), "  Fietspad aangelegd.  ");

        Assert.Equal(BottleneckStatus.Open, escalated.Status);
        Assert.Null(escalated.Resolution);
        Assert.Equal(BottleneckStatus.Resolved, resolved.Status);
        Assert.Equal(new LocalDate(2024, 4, 15), resolved.Resolution!.On);
        Assert.Equal("Fietspad aangelegd.", resolved.Resolution.Outcome);
        Assert.Equal(escalated.History, resolved.History);
        Assert.Equal(EscalationLevel.Regional, resolved.Level);
        Assert.NotEqual(escalated, resolved);
        Assert.Equal("GM0518 Onveilige fietsroute naar school (Regional, Resolved)", resolved.ToString());
    }

    [Fact]
    public void A_resolution_dated_before_the_last_step_is_refused()
    {
        var escalated = Signalled().EscalateTo(EscalationLevel.Regional, new(2024, 4, 15));

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => escalated.Resolve(new LocalDate(2024, 4, 14), "Opgelost."));

        Assert.Equal("on", refused.ParamName);
        Assert.Contains("2024-04-15", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BottleneckStatus.Open, escalated.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_resolution_needs_an_outcome(string? outcome)
    {
        var refused = Assert.ThrowsAny<ArgumentException>(() => Signalled().Resolve(new LocalDate(2024, 3, 1), outcome!));

        Assert.Equal("outcome", refused.ParamName);
    }

    [Fact]
    public void An_outcome_longer_than_the_limit_is_refused() =>
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => Signalled().Resolve(new LocalDate(2024, 3, 1), new string('x', Resolution.MaxOutcomeLength + 1))).ParamName);

    [Fact]
    public void A_resolved_bottleneck_is_neither_escalated_nor_resolved_again()
    {
        var resolved = Signalled().Resolve(new LocalDate(2024, 3, 1), "Opgelost.");

        var escalating = Assert.Throws<BottleneckResolvedException>(() => resolved.EscalateTo(EscalationLevel.National, new(2024, 4, 1)));
        var resolving = Assert.Throws<BottleneckResolvedException>(() => resolved.Resolve(new LocalDate(2024, 4, 1), "Nog eens."));

        Assert.Equal(new LocalDate(2024, 3, 1), escalating.ResolvedOn);
        Assert.Contains("2024-03-01", resolving.Message, StringComparison.Ordinal);
        Assert.Equal("Opgelost.", resolved.Resolution!.Outcome);
    }
}
