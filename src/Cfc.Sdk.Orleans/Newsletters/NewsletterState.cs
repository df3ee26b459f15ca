using System.Collections.Immutable;
using Cfc.Sdk.Newsletters;
using NodaTime;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The stored state of a network's newsletter grain: its schedule, subscribers, published editions and unsubscribe key.</summary>
/// <remarks>The default value is a newsletter without schedule or subscribers. Properties may be added later but never renamed.</remarks>
[GenerateSerializer, Alias("cfc.newsletter-state")]
public sealed record NewsletterState
{
    /// <summary>When the newsletter appears; <see langword="null"/> until it is set.</summary>
    [Id(0)]
    public NewsletterSchedule? Schedule { get; init; }

    /// <summary>The subscribers' e-mail addresses, as <see cref="Newsletter.Subscribers"/> keeps them.</summary>
    [Id(1)]
    public ImmutableArray<string> Subscribers { get; init; } = [];

    /// <summary>The dates of the published editions, oldest first (see <see cref="IEditionGrain"/>).</summary>
    [Id(2)]
    public ImmutableArray<LocalDate> Editions { get; init; } = [];

    /// <summary>
    /// The random key of the subscribers' unsubscribe tokens (HMAC-SHA256 of the lower-cased address), in base64; made
    /// with the first token and kept, so that every host checks a token without a key of its own. <see langword="null"/> until then.
    /// </summary>
    [Id(3)]
    public string? UnsubscribeKey { get; init; }
}
