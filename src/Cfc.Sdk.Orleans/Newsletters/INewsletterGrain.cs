using System.Collections.Immutable;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Resilience;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>
/// A network's newsletter, keyed by the network's id (<c>nl</c>): when it appears and who receives it. The newsletter
/// exists once it has a schedule; it takes subscribers from then on.
/// </summary>
/// <remarks>
/// Every change goes through the domain's <see cref="Newsletter"/>; a change it refuses reaches the caller as the
/// domain's exception and stores nothing. "Today" is the date in Europe/Amsterdam by the silo's <see cref="IClock"/>.
/// </remarks>
[Alias("cfc.INewsletterGrain")]
public interface INewsletterGrain : IGrainWithStringKey
{
    /// <summary>The newsletter schedule.</summary>
    /// <returns>The schedule, or <see langword="null"/> when none is set.</returns>
    [ReadOnly]
    [Alias("GetScheduleAsync")]
    Task<NewsletterSchedule?> GetScheduleAsync();

    /// <summary>Sets the newsletter schedule, replacing any earlier one.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("SetScheduleAsync")]
    Task SetScheduleAsync(NewsletterSchedule schedule);

    /// <summary>The date of the next edition on or after today (in Europe/Amsterdam, by the silo's clock).</summary>
    /// <returns>The date, or <see langword="null"/> when no schedule is set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next edition falls beyond the calendar.</exception>
    [ReadOnly]
    [Alias("GetNextDateAsync")]
    Task<LocalDate?> GetNextDateAsync();

    /// <summary>Subscribes an e-mail address (see <see cref="Newsletter.Subscribe"/>).</summary>
    /// <param name="address">A plain e-mail address, e.g. <c>jeugd@gooisemeren.nl</c>.</param>
    /// <returns>The address as the newsletter keeps it, and whether this call subscribed it (not when it already was, ignoring case).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not a single plain e-mail address.</exception>
    /// <exception cref="InvalidOperationException">No schedule is set: the newsletter does not exist yet.</exception>
    [Idempotent]
    [Alias("SubscribeAsync")]
    Task<NewsletterSubscription> SubscribeAsync(string address);

    /// <summary>Unsubscribes an e-mail address (see <see cref="Newsletter.Unsubscribe"/>).</summary>
    /// <param name="address">The e-mail address, in any case.</param>
    /// <returns><see langword="true"/> when unsubscribed now, <see langword="false"/> when it was not subscribed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("UnsubscribeAsync")]
    Task<bool> UnsubscribeAsync(string address);

    /// <summary>The subscribers' e-mail addresses, sorted ignoring case.</summary>
    /// <returns>The addresses; empty when none.</returns>
    [ReadOnly]
    [Alias("GetSubscribersAsync")]
    Task<ImmutableArray<string>> GetSubscribersAsync();

    /// <summary>
    /// Takes over a newsletter of release 0.1, kept by its network grain: its schedule and subscribers, when this
    /// newsletter has neither yet. Calling it again changes nothing.
    /// </summary>
    /// <param name="schedule">The schedule; <see langword="null"/> when none was set.</param>
    /// <param name="subscribers">The subscribers' addresses, as that newsletter kept them.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentException">An address is not a plain e-mail address.</exception>
    /// <exception cref="InvalidOperationException">There are subscribers but no schedule.</exception>
    [Idempotent]
    [Alias("ImportAsync")]
    Task ImportAsync(NewsletterSchedule? schedule, ImmutableArray<string> subscribers);

    /// <summary>Records that the edition of <paramref name="edition"/> is published; calling it again changes nothing.</summary>
    /// <param name="edition">The edition's date.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    [Idempotent]
    [Alias("RecordEditionAsync")]
    Task RecordEditionAsync(LocalDate edition);

    /// <summary>The dates of the published editions, oldest first.</summary>
    /// <returns>The dates; empty when none is published.</returns>
    [ReadOnly]
    [Alias("GetEditionsAsync")]
    Task<ImmutableArray<LocalDate>> GetEditionsAsync();

    /// <summary>
    /// The token that unsubscribes <paramref name="address"/> (<see cref="UnsubscribeByTokenAsync"/>): the HMAC-SHA256 of
    /// the lower-cased address with the newsletter's random key (made with the first token), in base64url. It names the
    /// address without showing it, and stays the same as long as the newsletter does.
    /// </summary>
    /// <param name="address">The e-mail address, in any case.</param>
    /// <returns>The token, 43 characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    [Alias("GetUnsubscribeTokenAsync")]
    Task<string> GetUnsubscribeTokenAsync(string address);

    /// <summary>The subscriber whose unsubscribe token is <paramref name="token"/>.</summary>
    /// <param name="token">A token from <see cref="GetUnsubscribeTokenAsync"/>.</param>
    /// <returns>The address as kept, or <see langword="null"/> when no subscriber has that token (any more).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    [ReadOnly]
    [Alias("FindByUnsubscribeTokenAsync")]
    Task<string?> FindByUnsubscribeTokenAsync(string token);

    /// <summary>Unsubscribes the subscriber whose unsubscribe token is <paramref name="token"/>.</summary>
    /// <param name="token">A token from <see cref="GetUnsubscribeTokenAsync"/>.</param>
    /// <returns>The address unsubscribed, or <see langword="null"/> when no subscriber has that token: nothing changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("UnsubscribeByTokenAsync")]
    Task<string?> UnsubscribeByTokenAsync(string token);
}
