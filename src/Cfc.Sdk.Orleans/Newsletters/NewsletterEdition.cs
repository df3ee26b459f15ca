using NodaTime;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>A published edition of a network's newsletter: what every recipient receives, fixed at publication.</summary>
/// <param name="Date">The edition's date (in Europe/Amsterdam).</param>
/// <param name="Subject">The e-mail's subject.</param>
/// <param name="Markdown">The edition as Markdown, which is also the plain-text body of the e-mail.</param>
/// <param name="Html">The edition as HTML, the other body of the e-mail.</param>
/// <param name="Published">When it was published.</param>
/// <param name="Recipients">How many subscribers it was published to (the recipients snapshot taken at publication).</param>
[GenerateSerializer, Immutable, Alias("cfc.newsletter-edition")]
public sealed record NewsletterEdition(
    [property: Id(0)] LocalDate Date,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Markdown,
    [property: Id(3)] string Html,
    [property: Id(4)] Instant Published,
    [property: Id(5)] int Recipients);

/// <summary>What a sender composed for an edition, to publish it with <see cref="IEditionGrain.PublishAsync"/>.</summary>
/// <param name="Subject">The e-mail's subject.</param>
/// <param name="Markdown">The edition as Markdown, also the plain-text body.</param>
/// <param name="Html">The edition as HTML.</param>
[GenerateSerializer, Immutable, Alias("cfc.newsletter-edition-content")]
public sealed record EditionContent(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Markdown,
    [property: Id(2)] string Html);
