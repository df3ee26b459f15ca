namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The answer to <see cref="INewsletterGrain.SubscribeAsync"/>: the subscriber's address as the newsletter keeps it, and whether it is new.</summary>
/// <param name="Address">The address as kept: trimmed, in the spelling first subscribed (which may differ in case from the one asked for).</param>
/// <param name="IsNew"><see langword="true"/> when subscribed by this call, <see langword="false"/> when it already was (ignoring case).</param>
[GenerateSerializer, Immutable, Alias("cfc.newsletter-subscription")]
public sealed record NewsletterSubscription([property: Id(0)] string Address, [property: Id(1)] bool IsNew);
