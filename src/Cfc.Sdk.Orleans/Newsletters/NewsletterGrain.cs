using System.Buffers.Text;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The <see cref="INewsletterGrain"/>, keeping a <see cref="NewsletterState"/> in the default grain storage as <c>newsletter</c>.</summary>
/// <param name="newsletter">The stored state.</param>
/// <param name="clock">The clock "today" is read from.</param>
/// <param name="zones">The zone provider Europe/Amsterdam is taken from.</param>
internal sealed class NewsletterGrain(
    [PersistentState("newsletter")] IPersistentState<NewsletterState> newsletter,
    IClock clock,
    IDateTimeZoneProvider zones) : Grain, INewsletterGrain
{
    // The domain's Newsletter keeps the rules of its subscribers; its name is the network's, which no rule reads.
    private const string NewsletterName = "Nieuwsbrief Kindvriendelijke Gemeenten";

    private NewsletterState State => newsletter.State;

    /// <inheritdoc/>
    public Task<NewsletterSchedule?> GetScheduleAsync() => Task.FromResult(State.Schedule);

    /// <inheritdoc/>
    public Task SetScheduleAsync(NewsletterSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return WriteAsync(State with { Schedule = schedule });
    }

    /// <inheritdoc/>
    public Task<LocalDate?> GetNextDateAsync()
    {
        var today = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
        return Task.FromResult(State.Schedule is { } schedule ? schedule.NextIssueAfter(today.PlusDays(-1)) : (LocalDate?)null);
    }

    /// <inheritdoc/>
    public async Task<NewsletterSubscription> SubscribeAsync(string address)
    {
        var subscribed = Current().Subscribe(address);
        var isNew = await SaveSubscribersAsync(subscribed);
        return new(subscribed.FindSubscriber(address)!, isNew);
    }

    /// <inheritdoc/>
    public Task<bool> UnsubscribeAsync(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return State.Schedule is null ? Task.FromResult(false) : SaveSubscribersAsync(Current().Unsubscribe(address));
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<string>> GetSubscribersAsync() => Task.FromResult(State.Subscribers);

    /// <inheritdoc/>
    public Task ImportAsync(NewsletterSchedule? schedule, ImmutableArray<string> subscribers)
    {
        if (schedule is null && !subscribers.IsEmpty)
        {
            throw new InvalidOperationException("A newsletter with subscribers has a schedule: the subscribers cannot be taken over without it.");
        }

        // A newsletter with a schedule has been taken over already, or set up since: what it holds stays.
        if (schedule is null || State.Schedule is not null)
        {
            return Task.CompletedTask;
        }

        // The subscribers were kept by an earlier release, which took domains without a dot: they are restored, not subscribed anew.
        var imported = Newsletter.Restore(NewsletterName, schedule, subscribers);
        return WriteAsync(State with { Schedule = schedule, Subscribers = [.. imported.Subscribers] });
    }

    /// <inheritdoc/>
    public Task RecordEditionAsync(LocalDate edition) =>
        State.Editions.Contains(edition)
            ? Task.CompletedTask
            : WriteAsync(State with { Editions = [.. State.Editions.Add(edition).Order()] });

    /// <inheritdoc/>
    public Task<ImmutableArray<LocalDate>> GetEditionsAsync() => Task.FromResult(State.Editions);

    /// <inheritdoc/>
    public async Task<string> GetUnsubscribeTokenAsync(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (State.UnsubscribeKey is null)
        {
            await WriteAsync(State with { UnsubscribeKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        }

        return TokenOf(address);
    }

    /// <inheritdoc/>
    public Task<string?> FindByUnsubscribeTokenAsync(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Task.FromResult(SubscriberOf(token));
    }

    /// <inheritdoc/>
    public async Task<string?> UnsubscribeByTokenAsync(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (SubscriberOf(token) is not { } address)
        {
            return null;
        }

        await UnsubscribeAsync(address);
        return address;
    }

    // The subscriber with this token: each subscriber's token is computed and compared in constant time, so that
    // neither the answer's time nor a URL shows an address. Without a key no token was ever handed out.
    private string? SubscriberOf(string token)
    {
        if (State.UnsubscribeKey is null)
        {
            return null;
        }

        var asked = Encoding.ASCII.GetBytes(token);
        string? found = null;
        foreach (var address in State.Subscribers)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenOf(address)), asked))
            {
                found = address;
            }
        }

        return found;
    }

    private string TokenOf(string address) => Base64Url.EncodeToString(
        HMACSHA256.HashData(Convert.FromBase64String(State.UnsubscribeKey!), Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant())));

    // The newsletter exists once it has a schedule. Its stored subscribers are restored, not subscribed anew: earlier
    // releases took domains without a dot, and such a subscriber must neither be lost nor block changes to the others.
    private Newsletter Current() =>
        State.Schedule is { } schedule
            ? Newsletter.Restore(NewsletterName, schedule, State.Subscribers)
            : throw new InvalidOperationException("The network's newsletter has no schedule yet: set it with SetScheduleAsync first.");

    // Writes the subscribers of the changed newsletter when they differ from the stored ones; whether they did.
    private async Task<bool> SaveSubscribersAsync(Newsletter changed)
    {
        if (changed.Subscribers.SequenceEqual(State.Subscribers, StringComparer.Ordinal))
        {
            return false;
        }

        await WriteAsync(State with { Subscribers = [.. changed.Subscribers] });
        return true;
    }

    // The new state is complete before it is assigned; if the write fails, the previous state is put back.
    private Task WriteAsync(NewsletterState next) => newsletter.StoreAsync(next);
}
