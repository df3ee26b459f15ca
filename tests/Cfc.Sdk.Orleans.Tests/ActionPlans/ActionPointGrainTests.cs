using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.ActionPlans;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Tests.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.ActionPlans;

/// <summary>Action point grains on the network tests' silo (today 2024-03-01); every test uses a network of its own.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class ActionPointGrainTests(NetworkClusterFixture cluster)
{
    private static ActionPoint Planned(string title = "Speelplekken in elke wijk", int dueMonth = 6, MemberCode? member = null, GoalArea area = GoalArea.FamilyPlayLeisure) =>
        new(member ?? MemberCode.DenHaag, title, area, "Team Openbare Ruimte", new LocalDate(2024, dueMonth, 30), new LocalDate(2024, 1, 15));

    [Fact]
    public async Task A_point_is_created_changed_and_its_entries_in_both_lists_follow_its_status()
    {
        var grains = cluster.Client;
        var number = await grains.CreateActionPointAsync("actions-life", Planned());
        var grain = grains.GetActionPoint("actions-life", number);

        var changed = await grain.ChangeStatusAsync(ActionPointStatus.InProgress, new LocalDate(2024, 2, 1), "Eerste wijk.");
        await cluster.DeactivateAsync(grain);

        Assert.Equal(1, number);
        Assert.Equal(changed, await grain.GetAsync());
        var entry = Assert.Single(await grains.ActionPointList("actions-life").ReadAsync().ToListAsync());
        Assert.Equal(("1", new LocalDate(2024, 6, 30), "InProgress", GoalArea.FamilyPlayLeisure), (entry.Id, entry.Day, entry.Status, entry.GoalArea));
        var own = Assert.Single(await grains.MemberActionPointList("actions-life", MemberCode.DenHaag).ReadAsync().ToListAsync());
        Assert.Equal(entry, own);
    }

    [Fact]
    public async Task A_member_list_holds_only_its_own_points_filed_by_due_date()
    {
        var grains = cluster.Client;
        await grains.CreateActionPointAsync("actions-own", Planned("Later", dueMonth: 9));
        await grains.CreateActionPointAsync("actions-own", Planned("Elders", member: MemberCode.GooiseMeren));
        await grains.CreateActionPointAsync("actions-own", Planned("Eerder", dueMonth: 4));

        var own = await grains.MemberActionPointList("actions-own", MemberCode.DenHaag).ReadAsync().ToListAsync();
        var all = await grains.ActionPointList("actions-own").ReadAsync().ToListAsync();

        Assert.Equal(["Eerder", "Later"], own.Select(e => e.Title));
        Assert.Equal(["Eerder", "Elders", "Later"], all.Select(e => e.Title));
    }

    [Fact]
    public async Task A_change_after_the_members_today_is_refused_and_nothing_changes()
    {
        var grains = cluster.Client;
        var grain = grains.GetActionPoint("actions-today", await grains.CreateActionPointAsync("actions-today", Planned()));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.ChangeStatusAsync(ActionPointStatus.InProgress, new LocalDate(2024, 3, 2)));

        Assert.Equal(ActionPointStatus.Planned, (await grain.GetAsync())!.Status);
        Assert.Equal("Planned", Assert.Single(await grains.ActionPointList("actions-today").ReadAsync().ToListAsync()).Status);
    }

    [Fact]
    public async Task A_closed_point_is_refused_a_change_across_the_wire_and_reopened_with_a_reason()
    {
        var grains = cluster.Client;
        var grain = grains.GetActionPoint("actions-closed", await grains.CreateActionPointAsync("actions-closed", Planned()));
        await grain.ChangeStatusAsync(ActionPointStatus.Done, new LocalDate(2024, 2, 1));

        await Assert.ThrowsAsync<ActionPointChangeException>(() => grain.ChangeStatusAsync(ActionPointStatus.InProgress, new LocalDate(2024, 2, 2)));
        var reopened = await grain.ReopenAsync(ActionPointStatus.InProgress, new LocalDate(2024, 2, 2), "Nog twee wijken.");

        Assert.Equal(ActionPointStatus.InProgress, reopened.Status);
        Assert.Equal("InProgress", Assert.Single(await grains.ActionPointList("actions-closed").ReadAsync().ToListAsync()).Status);
    }

    [Fact]
    public async Task A_number_without_a_point_is_not_found()
    {
        var grain = cluster.Client.GetActionPoint("actions-none", 7);

        Assert.Null(await grain.GetAsync());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => grain.ChangeStatusAsync(ActionPointStatus.Done, new LocalDate(2024, 2, 1)));
    }
}
