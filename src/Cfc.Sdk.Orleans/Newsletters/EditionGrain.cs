using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The <see cref="IEditionGrain"/>, keeping an <see cref="EditionState"/> in the default grain storage as <c>newsletter-edition</c>.</summary>
/// <param name="edition">The stored state.</param>
/// <param name="clock">The clock the leases run by.</param>
internal sealed class EditionGrain(
    [PersistentState("newsletter-edition")] IPersistentState<EditionState> edition,
    IClock clock) : Grain, IEditionGrain
{
    private EditionState State => edition.State;

    private INewsletterGrain Newsletter => GrainFactory.GetGrain<INewsletterGrain>(EditionGrains.Split(this.GetPrimaryKeyString()).Network);

    /// <inheritdoc/>
    public Task<NewsletterEdition?> GetAsync() => Task.FromResult(State.Edition);

    /// <inheritdoc/>
    public async Task<NewsletterEdition> PublishAsync(EditionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (State.Edition is not { } published)
        {
            var subscribers = await Newsletter.GetSubscribersAsync();
            published = new NewsletterEdition(
                EditionGrains.Split(this.GetPrimaryKeyString()).Date,
                content.Subject,
                content.Markdown,
                content.Html,
                clock.GetCurrentInstant(),
                subscribers.Length);
            await edition.StoreAsync(new EditionState { Edition = published, Pending = [.. subscribers.Select(a => new EditionRecipient(a))] });
        }

        // Also when it was published before: a publication stopped after its own write records the date now.
        await Newsletter.RecordEditionAsync(published.Date);
        return published;
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<string>> ClaimAsync(string holder, int count, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        if (State.Edition is null)
        {
            throw new InvalidOperationException("The edition is not published: publish it with PublishAsync first.");
        }

        if (State.Pending.IsEmpty)
        {
            return [];
        }

        var subscribed = (await Newsletter.GetSubscribersAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetCurrentInstant();
        var until = now + Duration.FromTimeSpan(lease);
        var pending = ImmutableArray.CreateBuilder<EditionRecipient>(State.Pending.Length);
        var claimed = ImmutableArray.CreateBuilder<string>();
        var skipped = 0;
        foreach (var recipient in State.Pending)
        {
            if (claimed.Count < count && (recipient.LeaseUntil is not { } end || end <= now))
            {
                // Only an address about to be sent to is checked: one claimed before its unsubscription has its turn already.
                if (!subscribed.Contains(recipient.Address))
                {
                    skipped++;
                    continue;
                }

                claimed.Add(recipient.Address);
                pending.Add(recipient with { Holder = holder, LeaseUntil = until });
            }
            else
            {
                pending.Add(recipient);
            }
        }

        if (claimed.Count > 0 || skipped > 0)
        {
            await edition.StoreAsync(State with { Pending = pending.ToImmutable(), Skipped = State.Skipped + skipped });
        }

        return claimed.ToImmutable();
    }

    /// <inheritdoc/>
    public Task<bool> ConfirmAsync(string holder, string address) =>
        SettleAsync(holder, address, state => state with { Delivered = state.Delivered + 1 });

    /// <inheritdoc/>
    public Task<bool> RejectAsync(string holder, string address) =>
        SettleAsync(holder, address, state => state with { Rejected = state.Rejected + 1 });

    /// <inheritdoc/>
    public Task<EditionDelivery> GetDeliveryAsync() => Task.FromResult(new EditionDelivery(
        State.Edition?.Recipients ?? 0, State.Delivered, State.Skipped, State.Rejected));

    // Takes the address out of the ledger and counts it. Any sender's word counts, also one whose lease has ended: the
    // message went out, and the sender that claimed it since may not have sent it yet.
    private async Task<bool> SettleAsync(string holder, string address, Func<EditionState, EditionState> count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentNullException.ThrowIfNull(address);
        var index = -1;
        for (var i = 0; i < State.Pending.Length && index < 0; i++)
        {
            index = StringComparer.OrdinalIgnoreCase.Equals(State.Pending[i].Address, address) ? i : -1;
        }

        if (index < 0)
        {
            return false;
        }

        await edition.StoreAsync(count(State with { Pending = State.Pending.RemoveAt(index) }));
        return true;
    }
}
