using Cfc.Sdk.Orleans.Entities;

namespace Cfc.Sdk.Orleans.Tests.Entities;

/// <summary>The one source of entity numbers: 1, 2, 3 per network and kind, each once, kept through deactivation.</summary>
[Collection(EntityClusterDefinition.Name)]
public sealed class SequenceGrainTests(EntityClusterFixture cluster)
{
    [Fact]
    public async Task Numbers_start_at_one_and_go_up_by_one()
    {
        var sequence = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(EntityClusterFixture.NewNetwork(), "meetings"));

        Assert.Equal(0, await sequence.LastAsync());
        var (first, second, third) = (await sequence.NextAsync(), await sequence.NextAsync(), await sequence.NextAsync());

        Assert.Equal((1, 2, 3), (first, second, third));
        Assert.Equal(3, await sequence.LastAsync());
    }

    [Fact]
    public async Task A_number_is_never_given_twice_after_deactivation()
    {
        var key = NetworkKey.Of(EntityClusterFixture.NewNetwork(), "meetings");
        var sequence = cluster.Client.GetGrain<ISequenceGrain>(key);
        await sequence.NextAsync();
        await sequence.NextAsync();

        await cluster.DeactivateAsync(sequence);

        Assert.Equal(3, await sequence.NextAsync());
    }

    [Fact]
    public async Task Concurrent_callers_each_get_their_own_number()
    {
        var sequence = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(EntityClusterFixture.NewNetwork(), "practices"));

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sequence.NextAsync()));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Order());
    }

    [Fact]
    public async Task Kinds_and_networks_count_apart()
    {
        var network = EntityClusterFixture.NewNetwork();
        var meetings = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(network, "meetings"));
        var practices = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(network, "practices"));
        var elsewhere = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(EntityClusterFixture.NewNetwork(), "meetings"));

        await meetings.NextAsync();
        await meetings.NextAsync();

        Assert.Equal(1, await practices.NextAsync());
        Assert.Equal(1, await elsewhere.NextAsync());
    }

    [Fact]
    public async Task Reserving_moves_the_next_number_past_the_taken_ones_and_never_back()
    {
        var sequence = cluster.Client.GetGrain<ISequenceGrain>(NetworkKey.Of(EntityClusterFixture.NewNetwork(), "bottlenecks"));

        await sequence.ReserveThroughAsync(30);
        Assert.Equal(31, await sequence.NextAsync());
        await sequence.ReserveThroughAsync(5);
        await sequence.ReserveThroughAsync(31);
        Assert.Equal(32, await sequence.NextAsync());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sequence.ReserveThroughAsync(-1));
        Assert.Equal(32, await sequence.LastAsync());
    }
}
