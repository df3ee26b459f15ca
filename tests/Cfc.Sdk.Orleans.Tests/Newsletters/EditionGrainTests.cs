using System.Collections.Concurrent;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Tests.Network;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Newsletters;

/// <summary>
/// Editions and their delivery ledger on the network tests' silo: each edition reaches each subscriber once, whichever
/// senders claim it, also when one stops in the middle. Every test uses its own network.
/// </summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class EditionGrainTests(NetworkClusterFixture cluster)
{
    private static readonly LocalDate Day = new(2024, 3, 1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Publication_is_first_writer_wins_and_records_the_date_in_the_newsletter()
    {
        var newsletter = await NewsletterAsync("edition-publish", 2);
        var edition = cluster.Client.GetEdition("edition-publish", Day);

        var published = await Task.WhenAll(
            edition.PublishAsync(new("Eerste", "# Eerste", "<h1>Eerste</h1>")),
            edition.PublishAsync(new("Tweede", "# Tweede", "<h1>Tweede</h1>")));
        await newsletter.SubscribeAsync("later@example.org");
        await cluster.DeactivateAsync(edition);
        var again = await edition.PublishAsync(new("Derde", "# Derde", "<h1>Derde</h1>"));

        Assert.Equal(published[0], published[1]);
        Assert.Equal(published[0], again);
        Assert.Equal(published[0], await edition.GetAsync());
        Assert.Equal(2, again.Recipients);
        Assert.Equal(Day, again.Date);
        Assert.Equal([Day], (await newsletter.GetEditionsAsync()).AsEnumerable());
    }

    [Fact]
    public async Task A_sender_that_stops_mid_sending_leaves_its_claims_to_another_after_the_lease_and_every_address_is_sent_once()
    {
        await NewsletterAsync("edition-restart", 10);
        var edition = cluster.Client.GetEdition("edition-restart", Day);
        await edition.PublishAsync(new("Editie", "tekst", "<p>tekst</p>"));
        var sent = new List<string>();

        // The first sender claims four, has three accepted and confirmed, and stops before confirming the fourth.
        var first = await edition.ClaimAsync("host-a/1", 4, Lease);
        foreach (var address in first.Take(3))
        {
            sent.Add(address);
            Assert.True(await edition.ConfirmAsync("host-a/1", address));
        }

        await cluster.DeactivateAsync(edition);

        // The restarted host claims what nobody holds; the stopped sender's fourth waits for its lease.
        var second = await edition.ClaimAsync("host-a/2", 100, Lease);
        Assert.Equal(6, second.Length);
        Assert.DoesNotContain(first[3], second);
        await SendAllAsync(edition, "host-a/2", second, sent);
        Assert.Empty(await edition.ClaimAsync("host-a/2", 100, Lease));
        Assert.False((await edition.GetDeliveryAsync()).Complete);

        cluster.Clock.Advance(Duration.FromTimeSpan(Lease));
        var third = await edition.ClaimAsync("host-a/2", 100, Lease);
        Assert.Equal([first[3]], third.AsEnumerable());
        await SendAllAsync(edition, "host-a/2", third, sent);

        Assert.Equal(sent.Distinct().Count(), sent.Count);
        Assert.Equal(10, sent.Count);
        Assert.Equal(new EditionDelivery(10, 10, 0, 0), await edition.GetDeliveryAsync());
        Assert.True((await edition.GetDeliveryAsync()).Complete);
        Assert.DoesNotContain("example.org", cluster.StoredState("newsletter-edition", "edition-restart/2024-03-01"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_senders_at_once_send_every_address_once()
    {
        await NewsletterAsync("edition-two", 60);
        var edition = cluster.Client.GetEdition("edition-two", Day);
        await edition.PublishAsync(new("Editie", "tekst", "<p>tekst</p>"));
        var sent = new ConcurrentBag<string>();

        async Task SenderAsync(string holder)
        {
            while ((await edition.ClaimAsync(holder, 7, Lease)) is { IsEmpty: false } claimed)
            {
                foreach (var address in claimed)
                {
                    sent.Add(address);
                    await edition.ConfirmAsync(holder, address);
                }
            }
        }

        await Task.WhenAll(SenderAsync("host-a"), SenderAsync("host-b"));

        Assert.Equal(60, sent.Count);
        Assert.Equal(60, sent.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(new EditionDelivery(60, 60, 0, 0), await edition.GetDeliveryAsync());
    }

    [Fact]
    public async Task An_address_unsubscribed_before_its_turn_is_skipped_and_a_rejected_one_is_not_claimed_again()
    {
        var newsletter = await NewsletterAsync("edition-skip", 3);
        var edition = cluster.Client.GetEdition("edition-skip", Day);
        await edition.PublishAsync(new("Editie", "tekst", "<p>tekst</p>"));

        Assert.True(await newsletter.UnsubscribeAsync("LEZER1@example.org"));
        var claimed = await edition.ClaimAsync("host-a", 100, Lease);
        Assert.Equal(["lezer0@example.org", "lezer2@example.org"], claimed.AsEnumerable());
        Assert.True(await edition.RejectAsync("host-a", "lezer0@example.org"));
        Assert.True(await edition.ConfirmAsync("host-a", "lezer2@example.org"));
        Assert.False(await edition.ConfirmAsync("host-b", "lezer2@example.org"));
        cluster.Clock.Advance(Duration.FromTimeSpan(Lease));

        Assert.Empty(await edition.ClaimAsync("host-b", 100, Lease));
        Assert.Equal(new EditionDelivery(3, 1, 1, 1), await edition.GetDeliveryAsync());
    }

    [Fact]
    public async Task An_unpublished_edition_has_nothing_to_claim()
    {
        var edition = cluster.Client.GetEdition("edition-unpublished", Day);

        await Assert.ThrowsAsync<InvalidOperationException>(() => edition.ClaimAsync("host-a", 1, Lease));
        Assert.Null(await edition.GetAsync());
        Assert.Equal(new EditionDelivery(0, 0, 0, 0), await edition.GetDeliveryAsync());
    }

    // A newsletter with a schedule and subscribers lezer0@example.org, lezer1@… in network `network`.
    private async Task<INewsletterGrain> NewsletterAsync(string network, int subscribers)
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>(network);
        await newsletter.SetScheduleAsync(new NewsletterSchedule(Day));
        for (var i = 0; i < subscribers; i++)
        {
            await newsletter.SubscribeAsync($"lezer{i}@example.org");
        }

        return newsletter;
    }

    private static async Task SendAllAsync(IEditionGrain edition, string holder, IEnumerable<string> claimed, List<string> sent)
    {
        foreach (var address in claimed)
        {
            sent.Add(address);
            Assert.True(await edition.ConfirmAsync(holder, address));
        }
    }
}
