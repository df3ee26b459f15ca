using System.Collections.Immutable;
using Cfc.Sdk.Newsletters;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The stored state of a network's newsletter grain: its schedule and subscribers.</summary>
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
}
