using Cfc.Sdk.Orleans.Newsletters;
using Markdig;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>
/// An edition as published, from the draft of the next edition (<see cref="NewsletterDraft"/>): its Markdown
/// (<see cref="NewsletterMarkdown"/>), which is also the plain-text body, and that Markdown as HTML by Markdig.
/// </summary>
internal static class EditionComposer
{
    // Markdig's extensions, as the Markdown's escaping expects them; raw HTML is not passed through, so that no markup
    // in the data (which the Markdown escapes anyway) can reach the e-mail.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>The edition of <paramref name="draft"/>.</summary>
    /// <param name="draft">The draft, whose edition date is today's.</param>
    /// <param name="zoneNames">The names of the meetings' time zones.</param>
    /// <returns>The subject, Markdown and HTML.</returns>
    public static EditionContent Compose(NewsletterDraft draft, ZoneNames zoneNames)
    {
        var markdown = NewsletterMarkdown.Write(draft, zoneNames);
        return new EditionContent(NewsletterMarkdown.Title(draft.Edition), markdown, Markdown.ToHtml(markdown, s_pipeline));
    }
}
