using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Tests.Network;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Bottlenecks;

/// <summary>Bottleneck grains on the network tests' silo; every test uses a network of its own.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class BottleneckGrainTests(NetworkClusterFixture cluster)
{
    private static Bottleneck Signalled(string title = "Wachtlijst jeugdzorg", int day = 1) =>
        new(MemberId.For(MemberCode.DenHaag), title, "Maanden wachten.", new LocalDate(2024, 2, day));

    [Fact]
    public async Task A_bottleneck_is_signalled_escalated_and_resolved_and_its_entry_shows_status_and_level()
    {
        var grains = cluster.Client;
        var number = await grains.SignalBottleneckAsync("lifecycle", Signalled());
        var grain = grains.GetBottleneck("lifecycle", number);

        await grain.EscalateAsync(EscalationLevel.National, new LocalDate(2024, 3, 1), "VNG");
        var open = Assert.Single(await grains.BottleneckList("lifecycle").ReadAsync().ToListAsync());
        var resolved = await grain.ResolveAsync(new LocalDate(2024, 6, 1), "Extra plaatsen ingekocht.");
        await cluster.DeactivateAsync(grain);

        Assert.Equal(1, number);
        Assert.Equal(("Open", "National"), (open.Status, open.Level));
        Assert.Equal(BottleneckStatus.Resolved, resolved.Status);
        Assert.Equal(resolved, await grain.GetAsync());
        var entry = Assert.Single(await grains.BottleneckList("lifecycle").ReadAsync().ToListAsync());
        Assert.Equal(("1", new LocalDate(2024, 2, 1), "Resolved", "National"), (entry.Id, entry.Day, entry.Status, entry.Level));
        var national = Assert.Single(await grains.NationalBottleneckList("lifecycle").ReadAsync().ToListAsync());
        Assert.Equal(("1", new LocalDate(2024, 3, 1), "Resolved"), (national.Id, national.Day, national.Status));
    }

    [Fact]
    public async Task Only_bottlenecks_on_the_national_agenda_are_in_the_national_list()
    {
        var grains = cluster.Client;
        var regional = grains.GetBottleneck("national", await grains.SignalBottleneckAsync("national", Signalled("Regionaal")));
        await regional.EscalateAsync(EscalationLevel.Regional, new LocalDate(2024, 3, 1));
        var national = grains.GetBottleneck("national", await grains.SignalBottleneckAsync("national", Signalled("Landelijk", day: 2)));
        await national.EscalateAsync(EscalationLevel.Regional, new LocalDate(2024, 3, 1));
        await national.EscalateAsync(EscalationLevel.National, new LocalDate(2024, 4, 1));

        var entry = Assert.Single(await grains.NationalBottleneckList("national").ReadAsync().ToListAsync());

        Assert.Equal(("2", "Landelijk", new LocalDate(2024, 4, 1)), (entry.Id, entry.Title, entry.Day));
    }

    [Fact]
    public async Task An_escalated_bottleneck_is_in_the_escalated_list_under_each_escalations_day_and_one_only_signalled_is_not()
    {
        var grains = cluster.Client;
        await grains.SignalBottleneckAsync("escalated", Signalled("Lokaal"));
        var twice = grains.GetBottleneck("escalated", await grains.SignalBottleneckAsync("escalated", Signalled("Twee keer", day: 2)));
        await twice.EscalateAsync(EscalationLevel.Regional, new LocalDate(2024, 3, 1));
        await twice.EscalateAsync(EscalationLevel.National, new LocalDate(2024, 4, 1));
        await twice.ResolveAsync(new LocalDate(2024, 5, 1), "Opgelost.");

        var entries = await grains.EscalatedBottleneckList("escalated").ReadAsync().ToListAsync();

        Assert.Equal(
            [("2", new LocalDate(2024, 3, 1)), ("2", new LocalDate(2024, 4, 1))],
            entries.Select(e => (e.Id, e.Day)));
        Assert.Equal(["Resolved", "Resolved"], entries.Select(e => e.Status));
        Assert.Equal(
            [("2", new LocalDate(2024, 4, 1))],
            (await grains.EscalatedBottleneckList("escalated").ReadAsync(new LocalDate(2024, 3, 2)).ToListAsync()).Select(e => (e.Id, e.Day)));
    }

    [Fact]
    public async Task A_resolved_bottleneck_is_neither_escalated_nor_resolved_again_and_nothing_changes()
    {
        var grains = cluster.Client;
        var grain = grains.GetBottleneck("resolved", await grains.SignalBottleneckAsync("resolved", Signalled()));
        var resolved = await grain.ResolveAsync(new LocalDate(2024, 6, 1), "Extra plaatsen ingekocht.");

        var escalating = await Assert.ThrowsAsync<BottleneckResolvedException>(() => grain.EscalateAsync(EscalationLevel.Regional, new LocalDate(2024, 7, 1)));
        var resolving = await Assert.ThrowsAsync<BottleneckResolvedException>(() => grain.ResolveAsync(new LocalDate(2024, 7, 1), "Nog eens."));

        Assert.Equal(new LocalDate(2024, 6, 1), escalating.ResolvedOn);
        Assert.Contains("2024-06-01", resolving.Message, StringComparison.Ordinal);
        Assert.Equal(resolved, await grain.GetAsync());
    }

    [Fact]
    public async Task A_step_the_history_refuses_keeps_its_field_and_changes_nothing()
    {
        var grains = cluster.Client;
        var grain = grains.GetBottleneck("refused", await grains.SignalBottleneckAsync("refused", Signalled()));

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.ResolveAsync(new LocalDate(2024, 1, 1), "Opgelost."));

        Assert.Equal("on", refused.ParamName);
        Assert.Equal(BottleneckStatus.Open, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task Changing_a_number_without_a_bottleneck_is_not_found()
    {
        var refused = await Assert.ThrowsAsync<EntityNotFoundException>(() => cluster.Client.GetBottleneck("missing", 4).ResolveAsync(new LocalDate(2024, 1, 1), "Opgelost."));

        Assert.Equal(("bottleneck", "missing/4"), (refused.Kind, refused.Key));
        Assert.Empty(await cluster.Client.BottleneckList("missing").ReadAsync().ToListAsync());
    }

    [Fact]
    public async Task An_import_keeps_the_number_and_history_and_does_not_undo_later_changes()
    {
        var escalated = Signalled().EscalateTo(EscalationLevel.Regional, new LocalDate(2024, 3, 1));
        var grain = cluster.Client.GetBottleneck("import", 5);

        await grain.ImportAsync(escalated);
        await grain.ResolveAsync(new LocalDate(2024, 6, 1), "Opgelost.");
        await grain.ImportAsync(escalated);

        Assert.Equal(BottleneckStatus.Resolved, (await grain.GetAsync())!.Status);
        Assert.Equal(escalated.History, (await grain.GetAsync())!.History);
        Assert.Equal(["5"], (await cluster.Client.BottleneckList("import").ReadAsync().ToListAsync()).Select(e => e.Id));
    }
}
