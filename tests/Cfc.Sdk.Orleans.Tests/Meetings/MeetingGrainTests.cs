using System.Globalization;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Tests.Entities;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Meetings;

/// <summary>A grain per meeting, numbered by the network's sequence, keeping its entry in the network's meetings list.</summary>
[Collection(EntityClusterDefinition.Name)]
public sealed class MeetingGrainTests(EntityClusterFixture cluster)
{
    private static Meeting At(LocalDateTime start, string title = "Kinderparticipatie op de eilanden") => new(
        title,
        MeetingFormat.Online,
        MeetingKind.Thematic,
        [new MeetingTheme("participatie", chosenWithYoungPeople: true)],
        MeetingParticipant.For(DenHaag),
        Meeting.StartAt(start, Amsterdam),
        Duration.FromMinutes(90),
        [MeetingParticipant.For(SintEustatius)]);

    private async Task<ListEntry[]> ListAsync(string network, LocalDate? from = null, bool newestFirst = false)
    {
        var entries = new List<ListEntry>();
        await foreach (var entry in cluster.Client.MeetingList(network).ReadAsync(from, newestFirst))
        {
            entries.Add(entry);
        }

        return [.. entries];
    }

    [Fact]
    public async Task Created_meetings_are_numbered_from_one_and_kept_through_deactivation()
    {
        var network = EntityClusterFixture.NewNetwork();

        var first = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var second = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 9, 15, 0), "Spelen"));
        var grain = cluster.Client.GetMeeting(network, second);
        await cluster.DeactivateAsync(grain);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(At(new(2026, 4, 9, 15, 0), "Spelen"), await grain.GetAsync());
        Assert.Equal(MeetingStatus.Planned, (await grain.GetAsync())!.Status);
        Assert.Equal(2, await cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(network, "meetings")).LastAsync());
    }

    [Fact]
    public async Task A_created_meeting_files_its_entry_under_its_start_date_in_amsterdam()
    {
        var network = EntityClusterFixture.NewNetwork();

        // 00:30 in Amsterdam is the evening before in UTC: the day is Amsterdam's.
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 0, 30)));

        var entry = Assert.Single(await ListAsync(network));
        Assert.Equal(number.ToString(CultureInfo.InvariantCulture), entry.Id);
        Assert.Equal("Kinderparticipatie op de eilanden", entry.Title);
        Assert.Equal(new LocalDate(2026, 4, 2), entry.Day);
        Assert.Equal(Instant.FromUtc(2026, 4, 1, 22, 30), entry.Start);
        Assert.Equal(DenHaag.Id, entry.Member);
        Assert.Equal("Planned", entry.Status);
    }

    [Fact]
    public async Task A_rescheduled_meeting_moves_to_its_new_day_in_the_list()
    {
        var network = EntityClusterFixture.NewNetwork();
        var moved = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 20, 15, 0), "Spelen"));

        var changed = await cluster.Client.GetMeeting(network, moved).ChangeAsync(At(new(2026, 5, 7, 10, 0), "Participatie, verzet"));

        Assert.Equal("Participatie, verzet", changed.Title);
        var entries = await ListAsync(network);
        Assert.Equal(["2", "1"], entries.Select(e => e.Id));
        Assert.Equal((new LocalDate(2026, 5, 7), "Participatie, verzet"), (entries[1].Day, entries[1].Title));
        Assert.Equal(["1"], (await ListAsync(network, new LocalDate(2026, 5, 1))).Select(e => e.Id));
        Assert.Equal(["2"], (await ListAsync(network, new LocalDate(2026, 4, 30), newestFirst: true)).Select(e => e.Id));
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_readable_and_is_listed_as_cancelled()
    {
        var network = EntityClusterFixture.NewNetwork();
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var grain = cluster.Client.GetMeeting(network, number);

        var cancelled = await grain.CancelAsync("Te weinig aanmeldingen.");
        await cluster.DeactivateAsync(grain);

        Assert.Equal((MeetingStatus.Cancelled, "Te weinig aanmeldingen."), (cancelled.Status, cancelled.CancellationReason));
        Assert.Equal(cancelled, await grain.GetAsync());
        Assert.Equal("Cancelled", Assert.Single(await ListAsync(network)).Status);
    }

    [Fact]
    public async Task A_cancelled_meeting_refuses_to_change_or_be_cancelled_again_and_stays_as_it_was()
    {
        var network = EntityClusterFixture.NewNetwork();
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var grain = cluster.Client.GetMeeting(network, number);
        var cancelled = await grain.CancelAsync("Te weinig aanmeldingen.");

        await Assert.ThrowsAsync<MeetingCancelledException>(() => grain.CancelAsync("Nog een keer."));
        await Assert.ThrowsAsync<MeetingCancelledException>(() => grain.ChangeAsync(At(new(2026, 5, 7, 10, 0))));

        Assert.Equal(cancelled, await grain.GetAsync());
        var entry = Assert.Single(await ListAsync(network));
        Assert.Equal((new LocalDate(2026, 4, 2), "Cancelled"), (entry.Day, entry.Status));
    }

    [Fact]
    public async Task A_refused_reason_changes_nothing()
    {
        var network = EntityClusterFixture.NewNetwork();
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var grain = cluster.Client.GetMeeting(network, number);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => grain.CancelAsync(" "));

        Assert.Equal("reason", refused.ParamName);
        Assert.Equal(MeetingStatus.Planned, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task An_unknown_number_holds_no_meeting_and_cannot_change_or_be_cancelled()
    {
        var network = EntityClusterFixture.NewNetwork();
        var unknown = cluster.Client.GetMeeting(network, 7);

        Assert.Null(await unknown.GetAsync());
        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => unknown.ChangeAsync(At(new(2026, 4, 2, 15, 0))));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => unknown.CancelAsync("Ziek."));

        Assert.Equal(("meeting", NetworkKey.Of(network, 7)), (missing.Kind, missing.Key));
        Assert.Null(await unknown.GetAsync());
        Assert.Empty(await ListAsync(network));
    }

    [Fact]
    public async Task Creating_again_with_the_same_meeting_is_harmless_and_with_another_is_refused()
    {
        var network = EntityClusterFixture.NewNetwork();
        var grain = cluster.Client.GetMeeting(network, 1);
        await grain.CreateAsync(At(new(2026, 4, 2, 15, 0)));

        await grain.CreateAsync(At(new(2026, 4, 2, 15, 0)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.CreateAsync(At(new(2026, 4, 2, 15, 0), "Spelen")));

        Assert.Equal(At(new(2026, 4, 2, 15, 0)), await grain.GetAsync());
        Assert.Single(await ListAsync(network));
    }

    [Fact]
    public async Task A_cancelled_meeting_cannot_be_created()
    {
        var network = EntityClusterFixture.NewNetwork();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)).Cancel("Ziek.")));

        Assert.Equal("meeting", refused.ParamName);
        Assert.Equal(0, await cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(network, "meetings")).LastAsync());
    }

    [Fact]
    public async Task An_import_stores_the_old_meeting_once_and_files_it_again_when_repeated()
    {
        var network = EntityClusterFixture.NewNetwork();
        var grain = cluster.Client.GetMeeting(network, 3);

        await grain.ImportAsync(At(new(2026, 4, 2, 15, 0)));
        await grain.ImportAsync(At(new(2026, 6, 2, 15, 0), "Anders"));

        Assert.Equal(At(new(2026, 4, 2, 15, 0)), await grain.GetAsync());
        var entry = Assert.Single(await ListAsync(network));
        Assert.Equal(("3", new LocalDate(2026, 4, 2)), (entry.Id, entry.Day));
    }

    [Fact]
    public async Task The_sequence_starts_at_zero_and_rises_with_each_change_and_the_cancellation()
    {
        var network = EntityClusterFixture.NewNetwork();
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var grain = cluster.Client.GetMeeting(network, number);
        var created = await grain.GetRevisionAsync();

        await grain.ChangeAsync(At(new(2026, 4, 2, 16, 0)));
        var changed = await grain.GetRevisionAsync();
        await grain.ChangeAsync(At(new(2026, 4, 2, 16, 0), "Spelen"));
        var cancelled = await grain.CancelAsync("Te weinig aanmeldingen.");
        await cluster.DeactivateAsync(grain);

        Assert.Equal(new MeetingRevision(At(new(2026, 4, 2, 15, 0)), 0), created);
        Assert.Equal(new MeetingRevision(At(new(2026, 4, 2, 16, 0)), 1), changed);
        Assert.Equal(new MeetingRevision(cancelled, 3), await grain.GetRevisionAsync());
    }

    [Fact]
    public async Task A_change_to_an_equal_meeting_and_a_repeated_create_keep_the_sequence()
    {
        var network = EntityClusterFixture.NewNetwork();
        var number = await cluster.Client.CreateMeetingAsync(network, At(new(2026, 4, 2, 15, 0)));
        var grain = cluster.Client.GetMeeting(network, number);
        await grain.ChangeAsync(At(new(2026, 4, 2, 16, 0)));

        await grain.ChangeAsync(At(new(2026, 4, 2, 16, 0)));
        await grain.CreateAsync(At(new(2026, 4, 2, 16, 0)));

        Assert.Equal(1, (await grain.GetRevisionAsync())!.Sequence);
    }

    [Fact]
    public async Task An_unknown_number_has_no_revision() =>
        Assert.Null(await cluster.Client.GetMeeting(EntityClusterFixture.NewNetwork(), 7).GetRevisionAsync());

    [Fact]
    public async Task Meetings_of_two_networks_stay_apart()
    {
        var (one, other) = (EntityClusterFixture.NewNetwork(), EntityClusterFixture.NewNetwork());

        await cluster.Client.CreateMeetingAsync(one, At(new(2026, 4, 2, 15, 0), "Een"));
        var number = await cluster.Client.CreateMeetingAsync(other, At(new(2026, 4, 2, 15, 0), "Ander"));

        Assert.Equal(1, number);
        Assert.Equal("Een", (await cluster.Client.GetMeeting(one, 1).GetAsync())!.Title);
        Assert.Equal(["Ander"], (await ListAsync(other)).Select(e => e.Title));
    }
}
