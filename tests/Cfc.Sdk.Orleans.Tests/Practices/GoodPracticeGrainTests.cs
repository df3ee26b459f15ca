using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Tests.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Practices;

/// <summary>Good practice grains on the network tests' silo; every test uses a network of its own.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class GoodPracticeGrainTests(NetworkClusterFixture cluster)
{
    private static readonly MemberId GooiseMeren = MemberId.For(MemberCode.GooiseMeren);

    private static GoodPractice Practice(string title, LocalDate sharedOn, MemberId? member = null) => new(
        member ?? GooiseMeren, title, [GoalArea.VoiceHeard], "Een kinderraad opgericht.", "Werving.", "Vroeg beginnen.", sharedOn, [CrcArticle.ViewsOfTheChild]);

    [Fact]
    public async Task Sharing_numbers_practices_from_one_and_files_each_under_the_day_it_was_shared()
    {
        var grains = cluster.Client;

        var later = await grains.ShareGoodPracticeAsync("share", Practice("Kinderraad", new LocalDate(2024, 5, 1)));
        var earlier = await grains.ShareGoodPracticeAsync("share", Practice("Speelplekken", new LocalDate(2024, 4, 1)));
        await cluster.DeactivateAsync(grains.GetGoodPractice("share", later));

        Assert.Equal((1, 2), (later, earlier));
        Assert.Equal(Practice("Kinderraad", new LocalDate(2024, 5, 1)), await grains.GetGoodPractice("share", 1).GetAsync());
        var entries = await grains.GoodPracticeList("share").ReadAsync().ToListAsync();
        Assert.Equal(["2", "1"], entries.Select(e => e.Id));
        Assert.Equal(GoodPracticeGrains.EntryOf(1, Practice("Kinderraad", new LocalDate(2024, 5, 1))), entries[1]);
        Assert.Null(await grains.GetGoodPractice("other-network", 1).GetAsync());
    }

    [Fact]
    public async Task A_correction_replaces_the_practice_and_moves_its_entry_to_the_corrected_day()
    {
        var grains = cluster.Client;
        var number = await grains.ShareGoodPracticeAsync("correct", Practice("Kinderraad", new LocalDate(2024, 5, 1)));

        var corrected = await grains.GetGoodPractice("correct", number).ChangeAsync(Practice("Kinderraad Gooise Meren", new LocalDate(2024, 6, 1)));
        await cluster.DeactivateAsync(grains.GetGoodPractice("correct", number));

        Assert.Equal("Kinderraad Gooise Meren", corrected.Title);
        Assert.Equal(corrected, await grains.GetGoodPractice("correct", number).GetAsync());
        var entry = Assert.Single(await grains.GoodPracticeList("correct").ReadAsync().ToListAsync());
        Assert.Equal((new LocalDate(2024, 6, 1), "Kinderraad Gooise Meren"), (entry.Day, entry.Title));
    }

    [Fact]
    public async Task A_correction_naming_another_member_is_refused_and_changes_nothing()
    {
        var grains = cluster.Client;
        var number = await grains.ShareGoodPracticeAsync("other-member", Practice("Kinderraad", new LocalDate(2024, 5, 1)));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            grains.GetGoodPractice("other-member", number).ChangeAsync(Practice("Kinderraad", new LocalDate(2024, 6, 1), MemberId.For(MemberCode.DenHaag))));

        Assert.Equal("corrected", refused.ParamName);
        Assert.Equal(Practice("Kinderraad", new LocalDate(2024, 5, 1)), await grains.GetGoodPractice("other-member", number).GetAsync());
        Assert.Equal([new LocalDate(2024, 5, 1)], (await grains.GoodPracticeList("other-member").ReadAsync().ToListAsync()).Select(e => e.Day));
    }

    [Fact]
    public async Task Correcting_a_number_without_a_practice_is_not_found_and_stores_nothing()
    {
        var refused = await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            cluster.Client.GetGoodPractice("missing", 7).ChangeAsync(Practice("Kinderraad", new LocalDate(2024, 5, 1))));

        Assert.Equal("missing/7", refused.Key);
        Assert.Null(await cluster.Client.GetGoodPractice("missing", 7).GetAsync());
        Assert.Empty(await cluster.Client.GoodPracticeList("missing").ReadAsync().ToListAsync());
    }

    [Fact]
    public async Task An_import_stores_the_practice_once_and_files_its_entry()
    {
        var grain = cluster.Client.GetGoodPractice("import", 3);

        await grain.ImportAsync(Practice("Kinderraad", new LocalDate(2023, 5, 1)));
        await grain.ChangeAsync(Practice("Kinderraad, verbeterd", new LocalDate(2023, 5, 1)));
        await grain.ImportAsync(Practice("Kinderraad", new LocalDate(2023, 5, 1)));

        Assert.Equal("Kinderraad, verbeterd", (await grain.GetAsync())!.Title);
        Assert.Equal(["3"], (await cluster.Client.GoodPracticeList("import").ReadAsync().ToListAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task A_number_that_holds_a_practice_takes_no_other()
    {
        var grain = cluster.Client.GetGoodPractice("taken", 1);
        await grain.CreateAsync(Practice("Kinderraad", new LocalDate(2024, 5, 1)));

        await grain.CreateAsync(Practice("Kinderraad", new LocalDate(2024, 5, 1)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.CreateAsync(Practice("Speelplekken", new LocalDate(2024, 5, 1))));

        Assert.Equal("Kinderraad", (await grain.GetAsync())!.Title);
    }
}
