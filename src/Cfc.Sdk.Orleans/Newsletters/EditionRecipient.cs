using NodaTime;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>
/// A recipient of an edition still to be sent to, in its delivery ledger: the address and, while a sender holds it, the
/// sender's id and the end of its lease. Dealt-with recipients leave the ledger and are only counted.
/// </summary>
/// <param name="Address">The e-mail address, as the newsletter kept it at publication.</param>
/// <param name="Holder">The sender that claimed it; <see langword="null"/> while unclaimed.</param>
/// <param name="LeaseUntil">When the claim ends by the silo's clock, after which another sender may claim it.</param>
[GenerateSerializer, Immutable, Alias("cfc.newsletter-edition-recipient")]
public sealed record EditionRecipient(
    [property: Id(0)] string Address,
    [property: Id(1)] string? Holder = null,
    [property: Id(2)] Instant? LeaseUntil = null);
