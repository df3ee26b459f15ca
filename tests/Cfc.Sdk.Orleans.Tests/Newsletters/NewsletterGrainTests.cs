using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Tests.Network;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Newsletters;

/// <summary>A network's newsletter grain on the network tests' silo; every test uses its own network key.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class NewsletterGrainTests(NetworkClusterFixture cluster)
{
    [Fact]
    public async Task The_next_edition_is_the_first_on_or_after_today_in_Amsterdam()
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("newsletter");
        Assert.Null(await newsletter.GetNextDateAsync());
        var schedule = new NewsletterSchedule(new LocalDate(2024, 1, 10));

        await newsletter.SetScheduleAsync(schedule);
        await cluster.DeactivateAsync(newsletter);

        Assert.Equal(schedule, await newsletter.GetScheduleAsync());
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 1, 12, 0));
        Assert.Equal(new LocalDate(2024, 2, 21), await newsletter.GetNextDateAsync());
        // 23:30 UTC on 20 February is already the 21st in Amsterdam: the edition of that day is the next one.
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 20, 23, 30));
        Assert.Equal(new LocalDate(2024, 2, 21), await newsletter.GetNextDateAsync());
        cluster.Clock.Reset(Instant.FromUtc(2024, 2, 21, 23, 30));
        Assert.Equal(new LocalDate(2024, 4, 3), await newsletter.GetNextDateAsync());
    }

    [Fact]
    public async Task Subscribers_are_kept_once_ignoring_case_and_removed()
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("subscribers");
        await newsletter.SetScheduleAsync(new NewsletterSchedule(new LocalDate(2024, 1, 10)));

        Assert.Equal(new NewsletterSubscription("jeugd@gooisemeren.nl", IsNew: true), await newsletter.SubscribeAsync(" jeugd@gooisemeren.nl "));
        Assert.Equal(new NewsletterSubscription("Kindvriendelijk@DenHaag.nl", IsNew: true), await newsletter.SubscribeAsync("Kindvriendelijk@DenHaag.nl"));
        Assert.Equal(new NewsletterSubscription("jeugd@gooisemeren.nl", IsNew: false), await newsletter.SubscribeAsync("JEUGD@gooisemeren.nl"));
        Assert.True((await newsletter.SubscribeAsync("raad@statia.example")).IsNew);
        Assert.True(await newsletter.UnsubscribeAsync("RAAD@statia.example"));
        Assert.False(await newsletter.UnsubscribeAsync("raad@statia.example"));
        await cluster.DeactivateAsync(newsletter);

        Assert.Equal(["jeugd@gooisemeren.nl", "Kindvriendelijk@DenHaag.nl"], (await newsletter.GetSubscribersAsync()).AsEnumerable());
    }

    [Fact]
    public async Task A_newsletter_without_a_schedule_takes_no_subscribers()
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("subscribers-unscheduled");

        await Assert.ThrowsAsync<InvalidOperationException>(() => newsletter.SubscribeAsync("jeugd@gooisemeren.nl"));
        Assert.False(await newsletter.UnsubscribeAsync("jeugd@gooisemeren.nl"));
        Assert.Empty(await newsletter.GetSubscribersAsync());
    }

    [Fact]
    public async Task A_newsletter_taken_over_keeps_what_it_holds_when_taken_over_again()
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("imported");
        var schedule = new NewsletterSchedule(new LocalDate(2024, 1, 10));

        await newsletter.ImportAsync(schedule, ["lezer@example.org"]);
        await newsletter.SubscribeAsync("nieuw@example.org");
        await newsletter.ImportAsync(schedule, ["lezer@example.org"]);

        Assert.Equal(["lezer@example.org", "nieuw@example.org"], (await newsletter.GetSubscribersAsync()).AsEnumerable());
        await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Client.GetGrain<INewsletterGrain>("imported-unscheduled").ImportAsync(null, ["lezer@example.org"]));
    }

    [Fact]
    public async Task An_unsubscribe_token_names_its_subscriber_in_any_case_and_unsubscribes_it_once()
    {
        var newsletter = cluster.Client.GetGrain<INewsletterGrain>("unsubscribe-tokens");
        await newsletter.SetScheduleAsync(new NewsletterSchedule(new LocalDate(2024, 1, 10)));
        await newsletter.SubscribeAsync("Jeugd@GooiseMeren.nl");
        await newsletter.SubscribeAsync("raad@statia.example");

        var token = await newsletter.GetUnsubscribeTokenAsync("jeugd@gooisemeren.nl");
        await cluster.DeactivateAsync(newsletter);

        Assert.Equal(token, await newsletter.GetUnsubscribeTokenAsync(" JEUGD@gooisemeren.nl"));
        Assert.NotEqual(token, await newsletter.GetUnsubscribeTokenAsync("raad@statia.example"));
        Assert.Equal(43, token.Length);
        Assert.Null(await newsletter.FindByUnsubscribeTokenAsync(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await newsletter.UnsubscribeByTokenAsync("kein-token"));
        Assert.Equal("Jeugd@GooiseMeren.nl", await newsletter.FindByUnsubscribeTokenAsync(token));
        Assert.Equal("Jeugd@GooiseMeren.nl", await newsletter.UnsubscribeByTokenAsync(token));
        Assert.Null(await newsletter.UnsubscribeByTokenAsync(token));
        Assert.Equal(["raad@statia.example"], (await newsletter.GetSubscribersAsync()).AsEnumerable());
        // Another newsletter has a key of its own: the token is worth nothing there.
        var other = cluster.Client.GetGrain<INewsletterGrain>("unsubscribe-tokens-other");
        await other.SetScheduleAsync(new NewsletterSchedule(new LocalDate(2024, 1, 10)));
        await other.SubscribeAsync("jeugd@gooisemeren.nl");
        await other.GetUnsubscribeTokenAsync("jeugd@gooisemeren.nl");
        Assert.Null(await other.UnsubscribeByTokenAsync(token));
    }
}
