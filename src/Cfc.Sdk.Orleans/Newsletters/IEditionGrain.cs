using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>
/// One edition of a network's newsletter, keyed <c>{network}/{yyyy-MM-dd}</c> (<see cref="EditionGrains.GetEdition"/>):
/// the edition as published and its delivery ledger, so that each recipient is sent it once by whichever sender of
/// the cluster gets there first.
/// </summary>
/// <remarks>
/// <para>
/// Publication is first writer wins: two senders composing at once store one edition, and the second is answered the
/// stored one. The recipients are the newsletter's subscribers at publication.
/// </para>
/// <para>
/// A sender <see cref="ClaimAsync">claims</see> a batch of recipients with a lease (its id and an end by the silo's
/// <see cref="NodaTime.IClock"/>), sends to each and <see cref="ConfirmAsync">confirms</see> each right after the SMTP
/// server accepted it. A claim whose sender stops (a crash, a restart) ends with its lease, and another sender claims
/// those recipients again. A recipient who unsubscribed before being claimed is skipped. What remains: a sender that
/// stops between the server's acceptance and the confirmation has that one message sent again by the next sender.
/// </para>
/// </remarks>
[Alias("cfc.IEditionGrain")]
public interface IEditionGrain : IGrainWithStringKey
{
    /// <summary>The edition as published.</summary>
    /// <returns>The edition, or <see langword="null"/> while it is not published.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<NewsletterEdition?> GetAsync();

    /// <summary>
    /// Publishes the edition to the newsletter's subscribers of this moment, unless it is published already: then nothing
    /// changes and the stored edition is the answer. The newsletter records the edition's date.
    /// </summary>
    /// <param name="content">The composed edition.</param>
    /// <returns>The edition as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("PublishAsync")]
    Task<NewsletterEdition> PublishAsync(EditionContent content);

    /// <summary>
    /// Claims up to <paramref name="count"/> recipients still to be sent to for <paramref name="lease"/>: those no sender
    /// holds, or whose lease has ended. Recipients who are no longer subscribed are skipped on the way.
    /// </summary>
    /// <param name="holder">The sender's id, unique per sender and run.</param>
    /// <param name="count">The most recipients to claim, from 1.</param>
    /// <param name="lease">How long the claim holds, more than 0.</param>
    /// <returns>The claimed addresses; empty when none is left to claim now.</returns>
    /// <exception cref="ArgumentException"><paramref name="holder"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="lease"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The edition is not published.</exception>
    [Alias("ClaimAsync")]
    Task<ImmutableArray<string>> ClaimAsync(string holder, int count, TimeSpan lease);

    /// <summary>Records that the SMTP server accepted the edition for <paramref name="address"/>; calling it again changes nothing.</summary>
    /// <param name="holder">The sender's id.</param>
    /// <param name="address">A claimed address.</param>
    /// <returns><see langword="true"/> when recorded now, <see langword="false"/> when the address was dealt with already.</returns>
    [Idempotent]
    [Alias("ConfirmAsync")]
    Task<bool> ConfirmAsync(string holder, string address);

    /// <summary>Records that the SMTP server refused <paramref name="address"/> permanently: it is not tried again.</summary>
    /// <param name="holder">The sender's id.</param>
    /// <param name="address">A claimed address.</param>
    /// <returns><see langword="true"/> when recorded now, <see langword="false"/> when the address was dealt with already.</returns>
    [Idempotent]
    [Alias("RejectAsync")]
    Task<bool> RejectAsync(string holder, string address);

    /// <summary>How far the sending has come.</summary>
    /// <returns>The counts; all 0 while the edition is not published.</returns>
    [ReadOnly]
    [Alias("GetDeliveryAsync")]
    Task<EditionDelivery> GetDeliveryAsync();
}
