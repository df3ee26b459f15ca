using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Tests.Entities;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Participation;

/// <summary>A grain per participation record, numbered by the network's sequence, filed in the network's and the member's lists.</summary>
[Collection(EntityClusterDefinition.Name)]
public sealed class ParticipationGrainTests(EntityClusterFixture cluster)
{
    private static ParticipationRecord Held(MemberCode member, LocalDate on, int participants = 14, ParticipationFeedback? feedback = null) =>
        new(member, ParticipationKind.Council, on, ProgrammePhase.SituationAnalysis, participants, ["12-17"], [ReachedGroup.Poverty], ["spelen"], null, feedback);

    private static async Task<ListEntry[]> ReadAsync(EntityList list, bool newestFirst = false)
    {
        var entries = new List<ListEntry>();
        await foreach (var entry in list.ReadAsync(newestFirst: newestFirst))
        {
            entries.Add(entry);
        }

        return [.. entries];
    }

    [Fact]
    public async Task Records_are_numbered_kept_through_deactivation_and_filed_for_the_network_and_their_member()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var first = await grains.RecordParticipationAsync(network, Held(MemberCode.DenHaag, new LocalDate(2026, 3, 12)));
        var second = await grains.RecordParticipationAsync(network, Held(MemberCode.Saba, new LocalDate(2026, 4, 1)));
        await cluster.DeactivateAsync(grains.GetParticipation(network, first));

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(Held(MemberCode.DenHaag, new LocalDate(2026, 3, 12)), await grains.GetParticipation(network, first).GetAsync());
        Assert.Equal(["2", "1"], (await ReadAsync(grains.ParticipationList(network), newestFirst: true)).Select(e => e.Id));
        var entry = Assert.Single(await ReadAsync(grains.MemberParticipationList(network, MemberCode.DenHaag)));
        Assert.Equal(("1", "Council", new LocalDate(2026, 3, 12), MemberId.For(MemberCode.DenHaag), "AwaitingFeedback"), (entry.Id, entry.Title, entry.Day, entry.Member, entry.Status));
        Assert.Equal(["2"], (await ReadAsync(grains.MemberParticipationList(network, MemberCode.Saba))).Select(e => e.Id));
    }

    [Fact]
    public async Task A_correction_moves_the_entries_to_the_new_day_and_shows_the_feedback()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var number = await grains.RecordParticipationAsync(network, Held(MemberCode.DenHaag, new LocalDate(2026, 3, 12)));
        var corrected = Held(MemberCode.DenHaag, new LocalDate(2026, 3, 19), 16, new ParticipationFeedback(new LocalDate(2026, 4, 2), "Brief."));

        Assert.Equal(corrected, await grains.GetParticipation(network, number).CorrectAsync(corrected));

        var entry = Assert.Single(await ReadAsync(grains.MemberParticipationList(network, MemberCode.DenHaag)));
        Assert.Equal((new LocalDate(2026, 3, 19), "FeedbackGiven"), (entry.Day, entry.Status));
        Assert.Equal(new LocalDate(2026, 3, 19), Assert.Single(await ReadAsync(grains.ParticipationList(network))).Day);
    }

    [Fact]
    public async Task A_correction_to_another_member_or_of_an_unknown_record_changes_nothing()
    {
        var grains = cluster.Client;
        var network = EntityClusterFixture.NewNetwork();
        var original = Held(MemberCode.DenHaag, new LocalDate(2026, 3, 12));
        var number = await grains.RecordParticipationAsync(network, original);

        await Assert.ThrowsAsync<ArgumentException>(() => grains.GetParticipation(network, number).CorrectAsync(Held(MemberCode.Saba, new LocalDate(2026, 3, 12))));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => grains.GetParticipation(network, 9).CorrectAsync(original));
        await Assert.ThrowsAsync<InvalidOperationException>(() => grains.GetParticipation(network, number).CreateAsync(Held(MemberCode.DenHaag, new LocalDate(2026, 5, 1))));

        Assert.Equal(original, await grains.GetParticipation(network, number).GetAsync());
        Assert.Empty(await ReadAsync(grains.MemberParticipationList(network, MemberCode.Saba)));
        Assert.Null(await grains.GetParticipation(network, 9).GetAsync());
    }

    [Fact]
    public void A_member_list_is_named_by_the_kind_and_the_code() =>
        Assert.Throws<ArgumentException>(() => cluster.Client.MemberParticipationList("nl", default));
}
