using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>
/// A change the domain refuses reaches the client as the domain's own exception, with the same message, and leaves
/// the stored state as it was (read back after deactivation).
/// </summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class RefusedChangeTests(NetworkClusterFixture cluster)
{
    [Fact]
    public async Task Leaving_before_joining_is_refused_with_the_domains_exception_and_changes_nothing()
    {
        var network = await SeedAsync(cluster.Client, "refused-leave");
        var before = await network.GetRegisterAsync();
        var nji = MemberId.For(OrganisationId.Parse("nji"));

        await AssertRefusedLikeTheDomainAsync<InvalidOperationException>(
            () => before.Leave(nji, Joined),
            () => network.LeaveAsync(nji, Joined));
        await AssertRefusedLikeTheDomainAsync<ArgumentOutOfRangeException>(
            () => before.Leave(DenHaag.Id, Joined.PlusDays(-1)),
            () => network.LeaveAsync(DenHaag.Id, Joined.PlusDays(-1)));
        await cluster.DeactivateAsync(network);

        Assert.Equal(before, await network.GetRegisterAsync());
        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id], (await network.MembersOnAsync(Joined)).AsEnumerable());
    }

    [Fact]
    public async Task Joining_twice_is_refused_with_the_domains_exception_and_changes_nothing()
    {
        var network = await SeedAsync(cluster.Client, "refused-join");
        var before = await network.GetRegisterAsync();

        await AssertRefusedLikeTheDomainAsync<InvalidOperationException>(
            () => before.Join(GooiseMeren.Id, new LocalDate(2024, 6, 1)),
            () => network.JoinAsync(GooiseMeren.Id, new LocalDate(2024, 6, 1)));
        await AssertRefusedLikeTheDomainAsync<ArgumentException>(
            () => before.Join(default, new LocalDate(2024, 6, 1)),
            () => network.JoinAsync(default, new LocalDate(2024, 6, 1)));
        await cluster.DeactivateAsync(network);

        Assert.Equal(before, await network.GetRegisterAsync());
    }

    [Fact]
    public async Task An_address_the_newsletter_refuses_is_the_domains_exception_and_changes_nothing()
    {
        var network = cluster.Client.GetGrain<INewsletterGrain>("refused-subscriber");
        var schedule = new Cfc.Sdk.Newsletters.NewsletterSchedule(new LocalDate(2024, 1, 10));
        await network.SetScheduleAsync(schedule);
        await network.SubscribeAsync("jeugd@gooisemeren.nl");
        var newsletter = new Cfc.Sdk.Newsletters.Newsletter("Nieuwsbrief", schedule);

        foreach (var address in new[] { "geen adres", "Jeugd <jeugd@gooisemeren.nl>", "a@b.nl, c@d.nl" })
        {
            var refused = await AssertRefusedLikeTheDomainAsync<ArgumentException>(() => newsletter.Subscribe(address), () => network.SubscribeAsync(address));
            Assert.Equal("address", refused.ParamName);
        }

        await cluster.DeactivateAsync(network);

        Assert.Equal(["jeugd@gooisemeren.nl"], (await network.GetSubscribersAsync()).AsEnumerable());
    }

    [Fact]
    public async Task A_municipality_in_the_wrong_zone_cannot_be_made_so_the_network_never_sees_it()
    {
        var network = await SeedAsync(cluster.Client, "refused-zone");

        var refused = Assert.Throws<ArgumentException>(() => Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Amsterdam));
        await cluster.DeactivateAsync(network);

        Assert.Contains("America/Kralendijk", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Kralendijk.Id, (await network.GetMemberAsync(SintEustatius.Id))!.TimeZoneId);
    }

    [Fact]
    public async Task A_null_argument_is_refused_with_ArgumentNullException()
    {
        var network = cluster.Client.GetGrain<INetworkGrain>("refused-null");

        var refused = await Assert.ThrowsAsync<ArgumentNullException>(() => network.SaveMemberAsync(null!));

        Assert.Equal(new ArgumentNullException("member").Message, refused.Message);
        Assert.Equal("member", refused.ParamName);
        Assert.Empty(await network.GetMembersAsync());
    }

    // Orleans sends the exception's type and message back to the caller; the grain neither wraps nor rewrites them.
    private static async Task<TException> AssertRefusedLikeTheDomainAsync<TException>(Action domain, Func<Task> grain)
        where TException : Exception
    {
        var expected = Assert.Throws<TException>(domain);
        var actual = await Assert.ThrowsAsync<TException>(grain);
        Assert.Equal(expected.Message, actual.Message);
        return actual;
    }
}
