using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Participation;

public sealed class ParticipationJsonTests
{
    private static ParticipationRecord Full() =>
        new(MemberCode.DenHaag, ParticipationKind.Consultation, new LocalDate(2026, 3, 12), ProgrammePhase.ActionPlan, 23, ["12-17", "8-11"],
            [ReachedGroup.Disability, ReachedGroup.Parse("young-carers")], ["veilig naar school", "spelen"], "Actieplan 2027",
            new ParticipationFeedback(new LocalDate(2026, 4, 2), "Brief en een filmpje op school."));

    [Fact]
    public void The_stored_form_of_a_participation_record_is_approved() => Approvals.VerifyJson(Full());

    [Fact]
    public void A_record_without_optional_parts_round_trips_without_them()
    {
        var json = JsonRoundTrip.AssertRoundTrips(new ParticipationRecord(MemberCode.Saba, ParticipationKind.Survey, new LocalDate(2026, 5, 1), ProgrammePhase.Applied, 0));

        Assert.Equal("""{"member":"GM9003","kind":"Survey","heldOn":"2026-05-01","phase":"Applied","ageGroups":[],"participants":0,"groupsReached":[],"topics":[]}""", json);
        Assert.Equal(0, JsonSerializer.Deserialize<ParticipationRecord>("""{"member":"GM9003","kind":"Survey","heldOn":"2026-05-01","phase":"Applied","participants":0}""", JsonRoundTrip.Web)!.Participants);
    }

    [Fact]
    public void Personal_fields_in_the_json_are_neither_read_nor_written_back()
    {
        var json = """
            {"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"SituationAnalysis","participants":14,
             "name":"Jan de Vries","birthDate":"2014-05-01","children":[{"name":"Fatima","birthDate":"2013-02-02","address":"Dorpsstraat 1"}]}
            """;

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize<ParticipationRecord>(json, JsonRoundTrip.Web), JsonRoundTrip.Web);

        Assert.DoesNotContain("Jan", written, StringComparison.Ordinal);
        Assert.DoesNotContain("2014-05-01", written, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima", written, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Withdrawn","participants":1}""", "phase")]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Applied","participants":-1}""", "participants")]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Applied"}""", "participants")]
    [InlineData("""{"member":"GM0518","kind":"Meeting","heldOn":"2026-03-12","phase":"Applied","participants":1}""", "Meeting")]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Applied","participants":1,"ageGroups":["twelve"]}""", "twelve")]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Applied","participants":1,"groupsReached":["In Care"]}""", "In Care")]
    [InlineData("""{"member":"GM0518","kind":"Council","heldOn":"2026-03-12","phase":"Applied","participants":1,"feedback":{"givenOn":"2026-03-11","how":"Brief."}}""", "2026-03-12")]
    public void A_stored_record_the_rules_refuse_is_a_json_exception(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<ParticipationRecord>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Any_valid_record_round_trips() =>
        Gen.Select(
                Gen.Int[1, 6], Gen.Int[1, 7], Gen.Int[0, ParticipationRecord.MaxParticipants], Gen.Int[0, 120].Array[0, 4],
                Gen.Int[0, 3].Select(i => ReachedGroup.BuiltIn[i]).Array[0, 4], Gen.String[Gen.Char.AlphaNumeric, 1, 20].Array[0, 4], Gen.Int[-1, 400])
            .Sample((kind, phase, count, ages, groups, topics, feedbackDays) =>
            {
                var heldOn = new LocalDate(2026, 3, 12);
                var record = new ParticipationRecord(
                    MemberCode.DenHaag, (ParticipationKind)kind, heldOn, (ProgrammePhase)phase, count, ages.Select(a => $"{a}-{Math.Min(a + 5, 120)}"), groups, topics,
                    feedbackDays % 2 == 0 ? "Raadsbesluit" : null, feedbackDays < 0 ? null : new ParticipationFeedback(heldOn.PlusDays(feedbackDays), "Brief."));
                JsonRoundTrip.AssertRoundTrips(record);
            });

    [Fact]
    public void The_stored_form_of_a_theme_proposal_with_votes_is_approved() =>
        Approvals.VerifyJson(new ThemeProposal("Veilig naar school", "Kinderen fietsen over drukke wegen.", new LocalDate(2026, 2, 1), MemberCode.DenHaag)
            .Vote(MemberCode.Saba, 3).Vote(MemberCode.DenHaag, 12).TakeUp(7));

    [Fact]
    public void An_open_proposal_of_the_coordinator_round_trips_without_proposer_or_meeting() =>
        Assert.Equal(
            """{"title":"Spelen","text":"Meer speelplekken.","proposedOn":"2026-02-01","status":"Open","votes":{"GM0518":4}}""",
            JsonRoundTrip.AssertRoundTrips(new ThemeProposal("Spelen", "Meer speelplekken.", new LocalDate(2026, 2, 1)).Vote(MemberCode.DenHaag, 4)));

    [Theory]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"TakenUp"}""", "meeting")]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"Open","meeting":3}""", "meeting")]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"Open","votes":{"GM0518":0}}""", "above 0")]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"Open","votes":{"GM0518":-2}}""", "-2")]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"Open","votes":{"Jan":2}}""", "Jan")]
    [InlineData("""{"title":"T","text":"X","proposedOn":"2026-02-01","status":"Closed"}""", "Closed")]
    [InlineData("""{"title":" ","text":"X","proposedOn":"2026-02-01","status":"Open"}""", "blank")]
    public void A_stored_proposal_the_rules_refuse_is_a_json_exception(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<ThemeProposal>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Kinds_and_statuses_round_trip_by_name()
    {
        Assert.All(Enum.GetValues<ParticipationKind>(), kind => Assert.Equal($"\"{kind}\"", JsonRoundTrip.AssertRoundTrips(kind)));
        Assert.All(Enum.GetValues<ThemeProposalStatus>(), status => Assert.Equal($"\"{status}\"", JsonRoundTrip.AssertRoundTrips(status)));
    }
}
