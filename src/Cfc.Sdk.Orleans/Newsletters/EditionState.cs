using System.Collections.Immutable;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>The stored state of an <see cref="IEditionGrain"/>: the published edition and its delivery ledger.</summary>
/// <remarks>
/// The default value is an edition not yet published. The ledger keeps only the recipients still to be sent to; the
/// others are counted, so that a complete edition stores its counts alone. Properties may be added later but never renamed.
/// </remarks>
[GenerateSerializer, Alias("cfc.newsletter-edition-state")]
public sealed record EditionState
{
    /// <summary>The edition; <see langword="null"/> until it is published.</summary>
    [Id(0)]
    public NewsletterEdition? Edition { get; init; }

    /// <summary>The recipients still to be sent to, in the order of the recipients snapshot.</summary>
    [Id(1)]
    public ImmutableArray<EditionRecipient> Pending { get; init; } = [];

    /// <summary>How many recipients the SMTP server accepted.</summary>
    [Id(2)]
    public int Delivered { get; init; }

    /// <summary>How many recipients were skipped because they unsubscribed before their turn.</summary>
    [Id(3)]
    public int Skipped { get; init; }

    /// <summary>How many recipients the SMTP server refused permanently.</summary>
    [Id(4)]
    public int Rejected { get; init; }
}
