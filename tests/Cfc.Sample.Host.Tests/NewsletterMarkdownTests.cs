using Cfc.Sdk.Bottlenecks;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cfc.Sample.Host.Issues;
using Cfc.Sample.Host.Meetings;
using Cfc.Sample.Host.Newsletters;
using Cfc.Sample.Host.Organisations;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Programmes;
using CsCheck;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The newsletter's Markdown with hostile values: titles, names, codes, ids and zones that try to be links, images,
/// autolinks, HTML, entities or blocks of their own. A real Markdown parser (Markdig, with every extension of its
/// advanced pipeline) reads the document; nothing in it may come from the data but text.
/// </summary>
public sealed partial class NewsletterMarkdownTests
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The fragments hostile values are made of: Markdown's and HTML's syntax, and its extensions'.</summary>
    private static readonly string[] s_fragments =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[Klik hier](https://evil.example/login)",
        "![x](https://evil.example/x.png)", "https://evil.example/login", "<https://evil.example>", "www.evil.example",
        "mailto:a@evil.example", "a@evil.example", "&lt;script&gt;", "&#60;", "&amp;", "\\", "\\<b>", "`", "```", "~~~",
        "#", "# ", "## ", ">", "> [!NOTE]", "- ", "* ", "+ ", "1. ", "1) ", "===", "---", "***", "    ", "\t", "\n",
        "\r\n", "\r", "\u2028", "\u0085", "\0", "|", "| a | b |", "{onclick=alert(1)}", "{#id .class}", "**", "__", "_",
        "*", "[", "]", "(", ")", "!", "<!-- ", " -->", "<div>", "</div>", "[x]: https://evil.example", "[^1]", "[^1]: x",
        "$$", "$x$", ":::", "^", "~", "=", "+", "@", "\"", "'s-Gravenhage", "Gooise Meren", "a", "1", " ", ":", ".",
        "*[HTML]: x", "[ ]", "[x]", "<", "&", "%", "/",
    ];

    private static readonly Gen<string> s_value =
        Gen.OneOf(Gen.OneOf(s_fragments), Gen.String[Gen.Char["<>[]()!`*_#-+.=:&;\\|{}~^$@\"' \n\tawh/1"], 1, 6])
            .Array[1, 8]
            .Select(parts => string.Concat(parts))
            .Where(value => value.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));

    [Fact]
    public void No_link_image_HTML_or_block_of_a_hostile_value_reaches_the_document_and_every_value_reads_as_written()
    {
        var benign = Parse(NewsletterMarkdown.Write(Draft(i => $"waarde{i}"), ZoneNames.Default));
        var shape = Shape(benign);

        s_value.Array[Slots].Sample(
            values =>
            {
                var markdown = NewsletterMarkdown.Write(Draft(i => values[i]), ZoneNames.Default);
                var document = Parse(markdown);

                var fromData = document.Descendants().FirstOrDefault(node => node is LinkInline or AutolinkInline or HtmlInline or HtmlBlock);
                Assert.True(fromData is null, $"{fromData?.GetType().Name} in:\n{markdown}");
                Assert.Equal(shape, Shape(document));
                Assert.DoesNotContain('<', markdown);

                var html = document.ToHtml(s_pipeline);
                Assert.All(Tags().Matches(html), tag => Assert.Matches(AllowedTag(), tag.Value));

                var text = Squeeze(Markdown.ToPlainText(markdown, s_pipeline));
                Assert.All(values.Where((_, i) => !NotShown.Contains(i)), value => Assert.True(text.Contains(Squeeze(value), StringComparison.Ordinal), $"{value} not in:\n{text}\nfrom:\n{markdown}"));
            },
            iter: 500,
            print: values => string.Join(" | ", values.Select(v => v.ReplaceLineEndings("⏎"))));
    }

    [Fact]
    public void A_title_in_a_heading_a_link_an_autolink_and_an_entity_are_written_as_text()
    {
        var markdown = NewsletterMarkdown.Write(Draft(i => i switch
        {
            0 => "<script>alert(1)</script> {onclick=alert(1)}",
            2 => "# Kop\n> citaat",
            13 => "[Klik hier](https://evil.example/login) www.evil.example <https://evil.example>",
            15 => "&lt;img src=x onerror=alert(1)&gt;",
            _ => $"waarde{i}",
        }), ZoneNames.Default);

        var html = Markdown.ToHtml(markdown, s_pipeline);

        Assert.Contains(">&lt;script&gt;alert(1)&lt;/script&gt; {onclick=alert(1)}</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Met # Kop &gt; citaat.</p>", html, StringComparison.Ordinal);
        Assert.Contains("[Klik hier](https://evil.example/login) www.evil.example &lt;https://evil.example&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;lt;img src=x onerror=alert(1)&amp;gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_route_writes_a_hostile_issue_title_and_member_name_as_text()
    {
        var host = new HostFixture();
        await host.InitializeAsync();
        try
        {
            await WriteAndReadAsync(host);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task WriteAndReadAsync(HostFixture host)
    {
        const string title = "<img src=x onerror=alert(1)> [Klik hier](https://evil.example/login) armoede";
        const string name = "<script>alert(1)</script> https://evil.example";
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).EnsureSuccessStatusCode();
        (await host.Client.PutJsonAsync("/api/municipalities/GM0518", $$"""{"name": {{System.Text.Json.JsonSerializer.Serialize(name)}}}""")).EnsureSuccessStatusCode();
        (await host.Client.PostJsonAsync("/api/municipalities/GM0518/issues", $$"""{"title": {{System.Text.Json.JsonSerializer.Serialize(title)}}}""")).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletters/next");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));

        var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        var document = Parse(markdown);
        Assert.DoesNotContain(document.Descendants(), node => node is LinkInline or AutolinkInline or HtmlInline or HtmlBlock);
        var text = Markdown.ToPlainText(markdown, s_pipeline);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_and_an_expert_show_their_relevance_in_words_never_their_score()
    {
        var markdown = NewsletterMarkdown.Write(Draft(i => $"waarde{i}"), ZoneNames.Default);

        Assert.Contains("- waarde12: waarde13 (waarschijnlijk relevant)", markdown, StringComparison.Ordinal);
        Assert.Contains("- waarde15 (mogelijk relevant)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.50", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.40", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relevance_below_a_quarter_is_worded_unlikely_and_one_not_known_is_not_worded_at_all()
    {
        var draft = Draft(i => $"waarde{i}");
        var issue = draft.Issues[0];
        var reasons = new ReasonsResponse([], []);
        var markdown = NewsletterMarkdown.Write(draft with
        {
            Names = new Dictionary<string, string> { ["GM0518"] = "Den Haag" },
            Issues =
            [
                issue with
                {
                    Matches = [new MatchResponse("GM0518-1", "GM0518", "Onbekend", 2.5, null, reasons, "nl"), new MatchResponse("GM0518-2", "GM0518", "Laag", 1.5, 0.1, reasons, "nl")],
                    Experts = [new ExpertResponse("fonds", "Fonds", 1.5, null, reasons, "nl")],
                },
            ],
        }, ZoneNames.Default);

        Assert.Contains("- Den Haag: Onbekend\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Den Haag: Laag (waarschijnlijk niet relevant)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Fonds\n", markdown, StringComparison.Ordinal);
    }

    /// <summary>
    /// How many values a draft has; <see cref="NotShown"/> are the values the Markdown leaves out: the issues' ids and
    /// the members' codes, which it names instead (the code of a member without a name, slot 12, is its name).
    /// </summary>
    private const int Slots = 26;

    private static readonly int[] NotShown = [1, 4, 7, 8, 11, 14, 16, 18, 23, 25];

    /// <summary>A draft with one of each kind of news, every value from <paramref name="value"/> by its slot.</summary>
    private static NewsletterDraft Draft(Func<int, string> value)
    {
        var start = Instant.FromUtc(2026, 4, 2, 13, 0);
        var offset = Offset.FromHours(2);
        var reasons = new ReasonsResponse([], []);
        return new NewsletterDraft(
            new LocalDate(2026, 3, 30),
            new LocalDate(2026, 2, 16),
            new LocalDate(2026, 5, 11),
            [new DraftMeeting(value(0), MeetingKind.Thematic, MeetingFormat.Online, start, start.Plus(Duration.FromMinutes(90)),
                [new LocalTimeResponse(value(1), value(2), value(3), start.WithOffset(offset), start.Plus(Duration.FromMinutes(90)).WithOffset(offset))])],
            [new DraftPractice(1, value(4), value(5), value(6), new LocalDate(2026, 2, 20), [], [])],
            [new DraftBottleneck(2, value(18), value(19), value(20), new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 2), value(21), BottleneckStatus.Open)],
            [new DraftBottleneckNews(2, value(25), value(19), value(20), EscalationLevel.National, BottleneckStatus.Open,
                [new DraftBottleneckStep(EscalationLevel.Regional, new LocalDate(2026, 2, 20), null), new DraftBottleneckStep(EscalationLevel.National, new LocalDate(2026, 3, 2), value(21))])],
            [new DraftIssue(value(7), value(8), value(9), value(10), new LocalDate(2026, 3, 1),
                [new MatchResponse(value(11), value(12), value(13), 0.5, 0.5, reasons, "nl")],
                [new ExpertResponse(value(14), value(15), 0.4, 0.4, reasons, "nl")])],
            [new DraftDeadline(value(16), value(17), ProgrammePhase.Agreement, ProgrammeDeadlineKind.RecognitionDue, new LocalDate(2028, 11, 30), Overdue: false)],
            [new DraftTheme(3, value(22), value(23), value(24), new LocalDate(2026, 3, 2), 12)],
            new Dictionary<string, string> { ["GM0518"] = "onbekend" });
    }

    private static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, s_pipeline);

    /// <summary>The document's blocks and inlines but text: what the Markdown itself makes of the values.</summary>
    private static string Shape(MarkdownDocument document) => string.Join(
        " ",
        document.Descendants()
            .Where(node => node is not (LiteralInline or HtmlEntityInline))
            .Select(node => node is HeadingBlock heading ? $"h{heading.Level}" : node.GetType().Name));

    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>The elements the edition itself writes, with a heading's generated id as the one attribute.</summary>
    [GeneratedRegex("""^</?(h1|h2|h3|p|ul|li|strong)( id="[^"<>]*")?>$""")]
    private static partial Regex AllowedTag();
}
