using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cfc.Sample.Host.Tests;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NodaTime.Text;

namespace Cfc.Sample.Host.Pages.Tests.Browser;

/// <summary>
/// Walks the pages of the real host in headless chromium and checks what a reader would, then runs axe on each page:
/// no serious or critical violation, and no breach of the host's Content-Security-Policy (chromium reports each on the
/// console). With <c>CFC_SCREENSHOTS=DIR</c> it also writes a screenshot of each page there.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class PageWalkTests(BrowserHost fixture)
{
    /// <summary>What chromium said on each page's console about the Content-Security-Policy.</summary>
    private readonly Dictionary<IPage, List<string>> _policyBreaches = [];

    /// <summary>The variable that asks for screenshots, and the folder they go to.</summary>
    public const string ScreenshotsVariable = "CFC_SCREENSHOTS";

    [ChromiumFact]
    public async Task The_network_page_shows_the_members_every_programme_the_meetings_the_newest_issues_and_the_next_newsletter()
    {
        var (page, response) = await OpenAsync("/");

        Assert.Equal(200, response.Status);
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Het netwerk in één oogopslag", await page.Locator("h1").TextContentAsync());
        var members = await page.Locator("section[aria-labelledby=members]").InnerTextAsync();
        Assert.Contains("Gooise Meren", members, StringComparison.Ordinal);
        Assert.Contains("Nederlands Jeugdinstituut", members, StringComparison.Ordinal);
        Assert.Equal(["GM0518", "GM1942", "GM9002"], await Attributes(page.Locator("g.timeline-row"), "data-member"));
        Assert.Equal(1, await page.Locator("g.timeline-row[data-member=GM1942] g.phase[data-phase=ActionPlan]").CountAsync());
        Assert.Equal(1, await page.Locator("g.today").CountAsync());

        var meeting = page.Locator("article.meeting", new() { HasText = BrowserHost.MeetingTitle });
        var times = await meeting.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(4, times.Count);
        var table = string.Join("\n", times);
        Assert.True(times.Any(t => t.Contains("America/Kralendijk", StringComparison.Ordinal) && t.Contains("(UTC-04:00)", StringComparison.Ordinal)), table);
        Assert.True(times.Any(t => t.StartsWith("'s-Gravenhage", StringComparison.Ordinal) && Regex.IsMatch(t, @"15:00 \(UTC\+0[12]:00\)")), table);

        // Seeded on the host's first start: the first edition a week after that day, the meeting three days later still,
        // at 15:00 in The Hague, 10:00 (or 9:00 in Dutch summer time) on Sint Eustatius.
        using var schedule = JsonDocument.Parse(await fixture.Host.Client.GetStringAsync(new Uri("/api/newsletters/schedule", UriKind.Relative)));
        var anchor = LocalDatePattern.Iso.Parse(schedule.RootElement.GetProperty("anchor").GetString()!).Value;
        var day = anchor.PlusDays(3).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        Assert.True(times.Any(t => t.StartsWith("'s-Gravenhage", StringComparison.Ordinal) && t.Contains($"{day} 15:00", StringComparison.Ordinal)), table);
        Assert.True(times.Any(t => t.StartsWith("Sint Eustatius", StringComparison.Ordinal) && Regex.IsMatch(t, $"{day} (09|10):00")), table);

        Assert.Equal(5, await page.Locator("ul.issues li").CountAsync());
        var newsletter = Squeeze(await page.Locator("section[aria-labelledby=newsletter]").InnerTextAsync());
        Assert.Contains("Editie van", newsletter, StringComparison.Ordinal);
        Assert.Contains(BrowserHost.MeetingTitle, newsletter, StringComparison.Ordinal);

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "network");
    }

    [ChromiumFact]
    public async Task The_Gooise_Meren_timeline_shows_its_phases_and_dates_and_the_date_picker_shows_an_earlier_day()
    {
        var (page, _) = await OpenAsync("/municipalities/GM1942");

        Assert.Equal("Gooise Meren GM1942", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Gemeente", await page.Locator("dl.profile dd").First.InnerTextAsync());
        var phases = await page.Locator("table.timeline-table ol.phases li").AllInnerTextsAsync();
        Assert.Equal(
            ["Convenant 30 november 2023 – 30 april 2024", "Situatieanalyse 1 mei 2024 – 28 februari 2025", "Actieplan 1 maart 2025"],
            phases.Select(Squeeze));
        Assert.Equal(["Agreement", "SituationAnalysis", "ActionPlan"], await Attributes(page.Locator("svg.timeline-svg g.phase"), "data-phase"));
        Assert.Equal("2026-11-30", await page.Locator("g.marker.minimum").GetAttributeAsync("data-date"));
        Assert.Equal("2028-11-30", await page.Locator("g.marker.deadline").GetAttributeAsync("data-date"));

        await page.Locator("#on").FillAsync("2024-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("on=2024-03-01"));
        Assert.Contains("Op 1 maart 2024: Convenant sinds 30 november 2023.", Squeeze(await page.Locator("p.status").InnerTextAsync()), StringComparison.Ordinal);
        Assert.Equal(["Agreement"], await Attributes(page.Locator("svg.timeline-svg g.phase"), "data-phase"));
        Assert.Equal(0, await page.Locator("svg.timeline-svg g.today").CountAsync());
        Assert.Equal("1 maart 2024", await page.Locator("svg.timeline-svg g.shown-day text").TextContentAsync());
        Assert.DoesNotContain("vandaag", await page.Locator("figure.timeline").InnerTextAsync(), StringComparison.Ordinal);

        var (english, _) = await OpenAsync("/municipalities/GM1942?on=2024-03-01", locale: "en-GB");
        Assert.Equal("1 March 2024", await english.Locator("svg.timeline-svg g.shown-day text").TextContentAsync());
        Assert.Contains("date shown (1 March 2024)", Squeeze(await english.Locator("figure.timeline figcaption").InnerTextAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("today", await english.Locator("figure.timeline").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await AssertAccessibleAsync(page);
    }

    [ChromiumFact]
    public async Task An_indicator_chart_has_its_points_and_its_gaps_with_the_reason_and_never_the_suppressed_number()
    {
        var (page, _) = await OpenAsync("/municipalities/GM1942");

        var poverty = page.Locator("section[data-indicator='poverty.low-income-minors']");
        Assert.Equal(["2021", "2022", "2023", "2024"], await Attributes(poverty.Locator("g.point"), "data-period"));
        Assert.Equal(1, await poverty.Locator("g.point.provisional").CountAsync());
        Assert.Equal(1, await poverty.Locator("g.trend").CountAsync());
        // The seeded target: 2.5 points below Gooise Meren's 2021 figure of 10.6% by the end of 2028.
        var target = poverty.Locator("g.target");
        Assert.Equal("2028-12-31", await target.GetAttributeAsync("data-date"));
        Assert.Matches(@"^doel: 8,1\s?% op 31 december 2028$", await target.GetAttributeAsync("aria-label"));
        // With its assessment: the provisional 9.1% of 2024 and the trend reach 8.1% in time, until the date has passed.
        Assert.Matches(@"^doel 31 december 2028 8,1\s?% (op koers|niet op koers)$", Squeeze(await poverty.Locator("tr.target-row").InnerTextAsync()));

        var cyclists = page.Locator("section[data-indicator='road-safety.injured-young-cyclists']");
        Assert.Equal(["2021", "2023"], await Attributes(cyclists.Locator("g.point"), "data-period"));
        Assert.Equal(["2020", "2022"], await Attributes(cyclists.Locator("g.gap"), "data-period"));
        var row = Squeeze(await cyclists.Locator("tr[data-period='2022']").InnerTextAsync());
        Assert.Equal("2022 onderdrukt: te klein om te publiceren zonder personen herkenbaar te maken (onthullingscontrole) definitief", row);
        Assert.Contains("niet gepubliceerd door de bron", await cyclists.Locator("tr[data-period='2020']").InnerTextAsync(), StringComparison.Ordinal);

        // The chart's points are reached with the keyboard, each saying its figure.
        var label = await TabToAsync(page, "g.point");
        Assert.Matches(@"^[\d-]+: \S+ \((definitief|voorlopig|herzien)\)$", label);

        await ScreenshotAsync(page, "municipality");
    }

    [ChromiumFact]
    public async Task An_indicator_chart_shows_its_forecast_and_its_peers_in_words_in_dutch_and_english()
    {
        var (page, _) = await OpenAsync("/municipalities/GM1942");

        // The five peers' 2024 figures 5.2, 5.8, 6.4, 6.9 and 7.1: median 6.4, quartiles 5.8 and 6.9.
        var poverty = page.Locator("section[data-indicator='poverty.low-income-minors']");
        Assert.Matches(
            @"^gemeenten van 50\.000–100\.000 inwoners \(5 gemeenten, 2024\): mediaan 6,4\s?%, kwartielen 5,8\s?% tot 6,9\s?%$",
            await poverty.Locator("g.peers").GetAttributeAsync("aria-label"));
        Assert.StartsWith("vergelijkbare gemeenten: mediaan en kwartielen", Squeeze(await poverty.Locator("tr.peers-row").InnerTextAsync()), StringComparison.Ordinal);
        Assert.StartsWith("verwachting: ", Squeeze(await poverty.Locator("tr.forecast-row td").InnerTextAsync()), StringComparison.Ordinal);
        Assert.Contains("verwachting: ", await poverty.Locator("svg > desc").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        var (english, _) = await OpenAsync("/municipalities/GM1942?culture=en");
        var englishPoverty = english.Locator("section[data-indicator='poverty.low-income-minors']");
        Assert.Matches(
            @"^municipalities of 50,000–100,000 inhabitants \(5 municipalities, 2024\): median 6\.4\s?%, quartiles 5\.8\s?% to 6\.9\s?%$",
            await englishPoverty.Locator("g.peers").GetAttributeAsync("aria-label"));
        Assert.StartsWith("forecast: ", Squeeze(await englishPoverty.Locator("tr.forecast-row td").InnerTextAsync()), StringComparison.Ordinal);
        await AssertAccessibleAsync(english);
        await ScreenshotAsync(english, "municipality-peers");
    }

    [ChromiumFact]
    public async Task A_municipalitys_charts_say_yes_and_no_their_unit_and_only_their_marks_and_break_the_trend_in_a_dutch_and_an_english_browser()
    {
        // Groningen's own figures: a children's council from 2024, and young cyclists with two years disclosure control suppresses.
        var client = fixture.Host.Client;
        using (var groningen = await client.PutAsJsonAsync("/api/municipalities/GM0014", new { name = "Groningen" }))
        {
            groningen.EnsureSuccessStatusCode();
        }

        foreach (var (indicator, period, value, status) in new[]
        {
            ("participation.childrens-council", "2023-01-01", 0.0, "Final"), ("participation.childrens-council", "2024-01-01", 1, "Final"),
            ("road-safety.injured-young-cyclists", "2020", 4, "Final"), ("road-safety.injured-young-cyclists", "2021", 25, "Final"),
            ("road-safety.injured-young-cyclists", "2022", 3, "Final"), ("road-safety.injured-young-cyclists", "2023", 20, "Final"),
            ("road-safety.injured-young-cyclists", "2024", 15, "Provisional"),
        })
        {
            using var created = await client.PostAsJsonAsync("/api/municipalities/GM0014/observations", new { indicator, period, value, status });
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"{indicator} {period}: {await created.Content.ReadAsStringAsync()}");
        }

        using var playwright = await Playwright.CreateAsync();
        foreach (var (language, accept, lang, yesNo, count, cyclistsMarks) in new[]
        {
            ("nl-NL", "nl-NL,nl", "nl", new[] { "nee", "ja" }, "aantal", "definitief voorlopig trend niet getoond (onderdrukt)"),
            ("en-US", "en-US,en", "en", new[] { "no", "yes" }, "number", "final provisional trend not shown (suppressed)"),
        })
        {
            // The browser's language as a reader sets it, not a context's locale.
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = [.. BrowserHost.Arguments, $"--lang={language}", $"--accept-lang={accept}"],
            });
            var (page, _) = await OpenAsync("/municipalities/GM0014", locale: null, browser: browser);
            Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));

            var council = page.Locator("section[data-indicator='participation.childrens-council']");
            Assert.Equal(yesNo, await council.Locator("text.axis-value").AllTextContentsAsync());
            Assert.Equal(yesNo, await council.Locator("tbody tr td:first-of-type").AllTextContentsAsync());
            Assert.Equal($"{yesNo[1]}/{yesNo[0]}", await council.Locator("text.axis-unit").TextContentAsync());
            Assert.Equal(["final"], await Attributes(council.Locator("figcaption span"), "data-mark"));
            Assert.Equal(0, await council.Locator("g.trend, polyline.series").CountAsync());

            var cyclists = page.Locator("section[data-indicator='road-safety.injured-young-cyclists']");
            Assert.Equal(count, await cyclists.Locator("text.axis-unit").TextContentAsync());
            Assert.Equal(cyclistsMarks, Squeeze(await cyclists.Locator("figcaption").InnerTextAsync()));
            Assert.Equal(["2020", "2022"], await Attributes(cyclists.Locator("g.gap"), "data-period"));
            // As drawn: no piece of the trend lies over a gap (a slanted line's stroke reaches a pixel or two past its end).
            var gaps = new List<LocatorBoundingBoxResult>();
            foreach (var gap in await cyclists.Locator("g.gap rect").AllAsync())
            {
                gaps.Add((await gap.BoundingBoxAsync())!);
            }

            var pieces = await cyclists.Locator("g.trend line").AllAsync();
            Assert.Equal(2, pieces.Count);
            foreach (var piece in pieces)
            {
                var box = (await piece.BoundingBoxAsync())!;
                Assert.All(gaps, gap => Assert.True(box.X + box.Width <= gap.X + 2 || box.X >= gap.X + gap.Width - 2, $"the trend {box.X}–{box.X + box.Width} crosses the gap {gap.X}–{gap.X + gap.Width}"));
            }

            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"municipality-charts-{lang}");
        }
    }

    [ChromiumFact]
    public async Task The_network_page_lists_the_open_bottlenecks_with_their_level_each_linking_to_its_page()
    {
        var (page, _) = await OpenAsync("/");

        var links = page.Locator("ul.bottlenecks a");
        Assert.Equal(["/bottlenecks/3", "/bottlenecks/1"], await Attributes(links, "href"));
        Assert.Equal(["Lokaal", "Landelijk"], await page.Locator("ul.bottlenecks .level").AllInnerTextsAsync());

        await links.First.ClickAsync();
        Assert.EndsWith("/bottlenecks/3", page.Url, StringComparison.Ordinal);
        Assert.Equal("Geen kinderopvang na schooltijd", await page.Locator("h1").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_practice_page_shows_what_was_done_the_challenges_and_the_lessons_and_links_its_member()
    {
        var (page, response) = await OpenAsync("/practices/1");

        Assert.Equal(200, response.Status);
        Assert.Equal("Speelplekken samen met kinderen ontworpen", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Wat is er gedaan", "Uitdagingen", "Lessen"], await page.Locator("article.practice h2").AllInnerTextsAsync());
        Assert.Contains("Elk kind wordt gehoord", await page.Locator("article.practice dd").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/municipalities/GM1942", await page.Locator("article.practice a", new() { HasText = "Gooise Meren" }).GetAttributeAsync("href"));

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "practice");
    }

    [ChromiumFact]
    public async Task A_participation_page_shows_the_groups_reached_and_the_feedback_and_the_member_page_lists_the_records_with_small_counts_hidden()
    {
        var (page, response) = await OpenAsync("/participation/1");

        Assert.Equal(200, response.Status);
        Assert.Equal("Kinder- of jongerenraad GM1942", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("kinderen in de jeugdzorg, kinderen in armoede", await page.Locator("article.participation dd.groups").InnerTextAsync());
        Assert.Equal("25", await page.Locator("article.participation dd.participants").InnerTextAsync());
        Assert.Contains("filmpje op school", await page.Locator("p.feedback").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "participation");

        var (english, _) = await OpenAsync("/participation/1", locale: "en-GB");
        Assert.Equal("Children's or youth council GM1942", await english.Locator("h1").InnerTextAsync());
        Assert.Equal("Feedback to the children", await english.Locator("article.participation h2").InnerTextAsync());
        await AssertAccessibleAsync(english);

        var (member, _) = await OpenAsync("/municipalities/GM1942");
        var section = member.Locator("section[aria-labelledby=participation]");
        Assert.Equal(["/participation/2", "/participation/1"], await Attributes(section.Locator("a"), "href"));
        Assert.Equal(["een kleine groep (niet getoond)", "25 kinderen"], await section.Locator("span.participants").AllInnerTextsAsync());
        await AssertAccessibleAsync(member);
        var (englishMember, _) = await OpenAsync("/municipalities/GM1942", locale: "en-GB");
        Assert.Equal("Children's participation", await englishMember.Locator("h2#participation").InnerTextAsync());
        await AssertAccessibleAsync(englishMember);

        var (_, notFound) = await OpenAsync("/participation/999");
        Assert.Equal(404, notFound.Status);
    }

    [ChromiumFact]
    public async Task A_bottleneck_page_shows_its_levels_with_dates_and_notes_and_its_outcome()
    {
        var (page, response) = await OpenAsync("/bottlenecks/2");

        Assert.Equal(200, response.Status);
        Assert.Equal(["Lokaal", "Regionaal"], await page.Locator("article.bottleneck tbody th").AllInnerTextsAsync());
        Assert.Contains("Provincie Noord-Holland", await page.Locator("article.bottleneck tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Opgelost", await page.Locator("article.bottleneck .status").InnerTextAsync());
        Assert.Contains("vrijliggend fietspad", await page.Locator("section.resolution").InnerTextAsync(), StringComparison.Ordinal);
        var (missing, notFound) = await OpenAsync("/bottlenecks/999");
        Assert.Equal(404, notFound.Status);
        Assert.NotEqual(0, await missing.Locator("h1").CountAsync());

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "bottleneck");
    }

    [ChromiumFact]
    public async Task An_issue_page_shows_the_other_members_similar_issues_and_the_organisations_with_the_shared_words_marked()
    {
        var (page, response) = await OpenAsync("/issues/GM0518-seed-armoede");

        Assert.Equal(200, response.Status);
        var matches = await Attributes(page.Locator("li.match"), "data-issue");
        Assert.True(matches.Count >= 2, string.Join(", ", matches));
        Assert.All(matches.Take(2), id => Assert.EndsWith("-seed-armoede", id, StringComparison.Ordinal));
        Assert.DoesNotContain(matches, id => id.StartsWith("GM0518-", StringComparison.Ordinal));
        Assert.NotEqual(0, await page.Locator("li.expert").CountAsync());
        Assert.NotEqual(0, await page.Locator("h1 mark, p.text mark").CountAsync());

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "issue");
    }

    [ChromiumFact]
    public async Task A_concept_shared_across_languages_reads_in_the_browsers_language_with_both_carriers_and_relevance_in_words_and_the_issue_names_its_language()
    {
        // A Dutch issue and a Spanish one of another member, seeded through the API, that share the concept of school absence.
        var client = fixture.Host.Client;
        foreach (var (code, name) in new[] { ("GM0050", "Zeewolde"), ("ES-41091", "Sevilla") })
        {
            using var member = await client.PutAsJsonAsync($"/api/municipalities/{code}", new { name });
            Assert.True(member.IsSuccessStatusCode, await member.Content.ReadAsStringAsync());
        }

        var dutch = await IssueAsync(client, "GM0050", new { title = "Schoolverzuim in Zeewolde", text = "Steeds meer leerlingen spijbelen." });
        var spanish = await IssueAsync(client, "ES-41091", new { title = "Absentismo escolar en Sevilla", text = "Cada vez más alumnos faltan a clase." });

        using var playwright = await Playwright.CreateAsync();
        foreach (var (language, accept, lang, label, dutchName, spanishName, relevances) in new[]
        {
            ("nl-NL", "nl-NL,nl", "nl", "schoolverzuim", "Nederlands", "Spaans", new[] { "waarschijnlijk niet relevant", "mogelijk relevant", "waarschijnlijk relevant", "zeer waarschijnlijk relevant" }),
            ("en-US", "en-US,en", "en", "absence", "Dutch", "Spanish", new[] { "unlikely to be relevant", "possibly relevant", "likely relevant", "very likely relevant" }),
        })
        {
            // The browser's language as a reader sets it, not a context's locale.
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = [.. BrowserHost.Arguments, $"--lang={language}", $"--accept-lang={accept}"],
            });
            var (page, _) = await OpenAsync($"/issues/{dutch}", locale: null, browser: browser);
            Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
            // The issue's own language (detected: it was given none), named in the page's language.
            Assert.Equal(dutchName, await page.Locator("article.whole > p.meta .language").InnerTextAsync());

            // The Spanish match says its language in the page's, and its title is marked as Spanish for a screen reader.
            var match = page.Locator($"li.match[data-issue='{spanish}']");
            Assert.Equal(spanishName, await match.Locator(".language").InnerTextAsync());
            Assert.Equal("es", await match.Locator("a[lang]").GetAttributeAsync("lang"));
            var concepts = Squeeze(await match.Locator(".concepts").InnerTextAsync());
            var reason = Regex.Match(concepts, @"(?<label>[^:;(]+) \((?<query>[^)]*) ↔ (?<match>[^)]*)\)");
            Assert.True(reason.Success, concepts);
            Assert.Equal(label, reason.Groups["label"].Value.Trim());
            Assert.Contains("Schoolverzuim", reason.Groups["query"].Value, StringComparison.Ordinal);
            Assert.Contains("Absentismo escolar", reason.Groups["match"].Value, StringComparison.Ordinal);
            Assert.Contains(Squeeze(await match.Locator(".relevance").InnerTextAsync()), relevances);

            // Relevance in words only: neither the score nor the relevance is shown as a number (12,64 or 0.8).
            Assert.DoesNotMatch(@"\d[.,]\d", Squeeze(await match.InnerTextAsync()));

            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"issue-concepts-{lang}");
        }

        static async Task<string> IssueAsync(HttpClient client, string code, object issue)
        {
            using var created = await client.PostAsJsonAsync($"/api/municipalities/{code}/issues", issue);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
    }

    [ChromiumFact]
    public async Task The_draft_form_matches_a_description_without_a_title_with_and_without_script()
    {
        const string Description = "Veel gezinnen leven in armoede; kinderen kunnen niet meedoen aan sport en cultuur.";
        var (english, _) = await OpenAsync("/match", locale: "en-GB");
        Assert.Equal("Type a title or a description to see the best matches.", await english.Locator("#results p.empty").TextContentAsync());

        await english.Locator("#text").FillAsync(Description);
        await Assertions.Expect(english.Locator("#results")).ToHaveAttributeAsync("data-query", new Regex("text="));
        var typed = await Attributes(english.Locator("#results li.match"), "data-issue");

        var (dutch, _) = await OpenAsync($"/match?title=&text={Uri.EscapeDataString(Description)}", javaScript: false);
        var submitted = await Attributes(dutch.Locator("#results li.match"), "data-issue");
        foreach (var matches in new[] { typed, submitted })
        {
            Assert.True(matches.Count >= 3, string.Join(", ", matches));
            Assert.All(matches.Take(3), id => Assert.EndsWith("-seed-armoede", id, StringComparison.Ordinal));
        }

        Assert.Equal(0, await dutch.Locator("#results p.error").CountAsync());
        Assert.Contains("armoede", await dutch.Locator("#results mark").AllInnerTextsAsync());
    }

    [ChromiumFact]
    public async Task The_draft_form_finds_the_right_neighbours_as_one_types_and_stores_nothing()
    {
        var before = await fixture.Host.Client.GetStringAsync(new Uri("/api/municipalities/GM1942/issues", UriKind.Relative));
        var (page, _) = await OpenAsync("/match");
        Assert.Equal("Typ een titel of een beschrijving om de beste overeenkomsten te zien.", await page.Locator("#results p.empty").TextContentAsync());

        await page.Locator("#title").PressSequentiallyAsync("Kinderen in armoede", new() { Delay = 15 });
        await page.Locator("#text").FillAsync("Veel gezinnen hebben weinig geld; kinderen kunnen niet meedoen aan sport en cultuur.");
        await page.Locator("#themes").FillAsync("armoede");
        await page.Locator("#member").SelectOptionAsync("GM1942");
        await Assertions.Expect(page.Locator("#results")).ToHaveAttributeAsync("data-query", new Regex("member=GM1942"));

        var matches = await Attributes(page.Locator("#results li.match"), "data-issue");
        Assert.True(matches.Count >= 3, string.Join(", ", matches));
        Assert.All(matches.Take(3), id => Assert.EndsWith("-seed-armoede", id, StringComparison.Ordinal));
        Assert.DoesNotContain(matches, id => id.StartsWith("GM1942-", StringComparison.Ordinal));
        var experts = await Attributes(page.Locator("#results li.expert"), "data-organisation");
        Assert.Contains(experts[0], new[] { "nji", "kinderrechtencollectief" });
        Assert.Contains("armoede", await page.Locator("#results mark").AllInnerTextsAsync());

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "match");
        Assert.Equal(before, await fixture.Host.Client.GetStringAsync(new Uri("/api/municipalities/GM1942/issues", UriKind.Relative)));
    }

    [ChromiumFact]
    public async Task Without_script_the_draft_form_is_a_GET_form_that_answers_with_the_matches()
    {
        var (page, _) = await OpenAsync("/match", javaScript: false);

        await page.Locator("#title").FillAsync("Veilige routes naar school");
        await page.Locator("#themes").FillAsync("schoolroutes, verkeersveiligheid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek overeenkomsten" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("title=Veilige"));

        var matches = await Attributes(page.Locator("#results li.match"), "data-issue");
        Assert.NotEmpty(matches);
        Assert.EndsWith("-seed-schoolroutes", matches[0], StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_member_page_links_its_dossier_which_shows_each_criterion_with_its_status_and_is_accessible_in_Dutch_and_English()
    {
        var (member, _) = await OpenAsync("/municipalities/GM1942");
        await member.Locator("p.dossier-link a").ClickAsync();
        await member.WaitForURLAsync(new Regex("/municipalities/GM1942/dossier$"));

        Assert.Equal("Erkenningsdossier van Gooise Meren GM1942", Squeeze(await member.Locator("h1").InnerTextAsync()));
        Assert.Equal(["Results", "Participation", "NonDiscrimination"], await Attributes(member.Locator("section.criterion"), "data-criterion"));
        Assert.Equal("false", await member.Locator("p.readiness").GetAttributeAsync("data-ready"));
        Assert.Contains("Uitgesplitste cijfers.", await member.Locator("section[data-criterion=NonDiscrimination] ul.missing").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["Agreement", "SituationAnalysis", "ActionPlan"], await Attributes(member.Locator("table.dossier-history tbody tr"), "data-phase"));
        await AssertAccessibleAsync(member);
        await ScreenshotAsync(member, "dossier");

        var (english, _) = await OpenAsync("/municipalities/GM1942/dossier?culture=en", locale: "en-GB");
        Assert.Equal("Recognition dossier of Gooise Meren GM1942", Squeeze(await english.Locator("h1").InnerTextAsync()));
        Assert.Contains("Disaggregated figures.", await english.Locator("section[data-criterion=NonDiscrimination] ul.missing").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(english);
    }

    [ChromiumFact]
    public async Task The_dossier_prints_on_A4_with_its_criteria_and_without_navigation_or_buttons()
    {
        var (page, _) = await OpenAsync("/municipalities/GM1942/dossier");
        var session = await page.Context.NewCDPSessionAsync(page);

        var printed = await session.SendAsync("Page.printToPDF", new Dictionary<string, object> { ["preferCSSPageSize"] = true });

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Convert.FromBase64String(printed!.Value.GetProperty("data").GetString()!));
        Assert.All(pdf.GetPages(), p =>
        {
            // A4 is 595.28 × 841.89 pt; chromium sizes the page in whole CSS pixels, so allow a point either way.
            Assert.InRange(p.MediaBox.Bounds.Width, 594.3, 596.3);
            Assert.InRange(p.MediaBox.Bounds.Height, 840.9, 842.9);
        });
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Erkenningsdossier van Gooise Meren", text, StringComparison.Ordinal);
        Assert.Contains("Resultaten voor kinderen in meerdere doelgebieden", text, StringComparison.Ordinal);
        Assert.Contains("Betekenisvolle en inclusieve participatie van kinderen", text, StringComparison.Ordinal);
        Assert.Contains("Non-discriminatie", text, StringComparison.Ordinal);
        // The site's navigation, the date form's button and the way back are not printed.
        Assert.DoesNotContain(Squeeze(await page.Locator("header.site nav a").First.InnerTextAsync()), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Toon", text.Split(' '));
        Assert.DoesNotContain("Terug naar", text, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task English_is_asked_for_with_culture_or_Accept_Language()
    {
        var (page, _) = await OpenAsync("/?culture=en");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("The network at a glance", await page.Locator("h1").TextContentAsync());
        Assert.Equal("/municipalities/GM1942?culture=en", await page.Locator("table.timeline-table a", new() { HasText = "Gooise Meren" }).GetAttributeAsync("href"));

        var (english, _) = await OpenAsync("/municipalities/GM1942", locale: "en-GB");
        Assert.Equal("en", await english.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Agreement 30 November 2023", Squeeze(await english.Locator("table.timeline-table").InnerTextAsync()), StringComparison.Ordinal);
        await AssertAccessibleAsync(english);
    }

    [ChromiumFact]
    public async Task The_network_pages_meeting_leads_to_its_own_page_with_its_organiser_status_and_local_times()
    {
        var (home, _) = await OpenAsync("/");
        await home.Locator("article.meeting h3 a", new() { HasText = BrowserHost.MeetingTitle }).ClickAsync();
        await home.WaitForURLAsync(new Regex(@"/meetings/\d+$"));

        Assert.Equal(BrowserHost.MeetingTitle, await home.Locator("h1").TextContentAsync());
        Assert.Equal("Gepland", await home.Locator("article.meeting .status").TextContentAsync());
        Assert.Equal("/municipalities/GM0518", await home.Locator("article.meeting p.meta a").GetAttributeAsync("href"));
        Assert.Equal(4, await home.Locator("article.meeting tbody tr").CountAsync());
        Assert.Equal(0, await home.Locator("p.cancellation").CountAsync());

        await AssertAccessibleAsync(home);
        await ScreenshotAsync(home, "meeting");
    }

    [ChromiumFact]
    public async Task A_cancelled_meeting_is_shown_as_cancelled_with_its_reason_on_its_page_and_the_network_page()
    {
        var client = fixture.Host.Client;
        using var created = await client.PostAsJsonAsync("/api/meetings", new { title = "Afgelaste bijeenkomst", format = "Online", kind = "LocalIssue", organiser = "GM1942", start = "2030-01-15T10:00:00", duration = "PT1H" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var cancelled = await client.PostAsJsonAsync($"/api/meetings/{id}/cancellation", new { reason = "Te weinig aanmeldingen." });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());

        var (page, response) = await OpenAsync($"/meetings/{id}");

        Assert.Equal(200, response.Status);
        Assert.Contains("cancelled", await page.Locator("article.meeting").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Equal("Afgelast", await page.Locator("article.meeting .status").TextContentAsync());
        Assert.Equal("Afgelast: Te weinig aanmeldingen.", await page.Locator("p.cancellation").TextContentAsync());
        await AssertAccessibleAsync(page);

        var (home, _) = await OpenAsync("/");
        var listed = home.Locator($"article.meeting[data-meeting='{id}']");
        Assert.Contains("cancelled", await listed.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Equal("Afgelast", await listed.Locator(".status").TextContentAsync());
    }

    [ChromiumFact]
    public async Task Weesps_page_leads_to_amsterdam_which_lists_it_as_its_predecessor_in_dutch_and_english()
    {
        var client = fixture.Host.Client;
        using (var weesp = await client.PutAsJsonAsync("/api/municipalities/GM0457", new { name = "Weesp" }))
        using (var amsterdam = await client.PutAsJsonAsync("/api/municipalities/GM0363", new { name = "Amsterdam" }))
        using (var merged = await client.PostAsJsonAsync("/api/municipalities/GM0457/succession", new { successor = "GM0363", on = "2022-03-24" }))
        {
            Assert.True(merged.IsSuccessStatusCode, await merged.Content.ReadAsStringAsync());
        }

        var (page, response) = await OpenAsync("/municipalities/GM0457");

        Assert.Equal(200, response.Status);
        Assert.EndsWith("/municipalities/GM0363", page.Url, StringComparison.Ordinal);
        Assert.Equal("Amsterdam GM0363", await page.Locator("h1").InnerTextAsync());
        var predecessors = page.Locator("section[aria-labelledby=predecessors]");
        Assert.Equal("Voorgangers", await predecessors.Locator("h2").InnerTextAsync());
        Assert.Equal("Weesp (GM0457), opgegaan op 24 maart 2022", Squeeze(await predecessors.Locator("li").InnerTextAsync()));
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "successor");

        var (english, _) = await OpenAsync("/municipalities/GM0457", locale: "en-GB");
        var listed = english.Locator("section[aria-labelledby=predecessors]");
        Assert.Equal("Predecessors", await listed.Locator("h2").InnerTextAsync());
        Assert.Equal("Weesp (GM0457), merged in on 24 March 2022", Squeeze(await listed.Locator("li").InnerTextAsync()));
        await AssertAccessibleAsync(english);
    }

    [ChromiumFact]
    public async Task The_member_page_leads_to_its_checklist_and_action_plan_and_the_overview_lists_the_point_in_Dutch_and_English()
    {
        var client = fixture.Host.Client;
        using var created = await client.PostAsJsonAsync("/api/municipalities/GM1942/actions", new { title = "Speelplekken in elke wijk", goalArea = "FamilyPlayLeisure", owner = "Team Openbare Ruimte", due = "2030-06-30" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var answered = await client.PutAsJsonAsync("/api/municipalities/GM1942/checklist/voice-01", new { answer = "partly", evidence = "https://example.org/jongerenraad" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var (member, _) = await OpenAsync("/municipalities/GM1942");
        await member.Locator("p.plans a", new() { HasText = "Actieplan" }).ClickAsync();
        await member.WaitForURLAsync(new Regex("/municipalities/GM1942/actions$"));
        var row = member.Locator("table.actions tbody tr", new() { HasText = "Speelplekken in elke wijk" });
        Assert.Equal("Gepland", await row.Locator(".status").TextContentAsync());
        await AssertAccessibleAsync(member);
        await ScreenshotAsync(member, "action-plan");

        var (checklist, response) = await OpenAsync("/municipalities/GM1942/checklist");
        Assert.Equal(200, response.Status);
        Assert.Equal("deels", await checklist.Locator("tr[data-question='voice-01'] .answer").TextContentAsync());
        Assert.Contains("voorbeeld", await checklist.Locator("p.example").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(checklist);

        var (english, _) = await OpenAsync("/municipalities/GM1942/checklist?culture=en");
        Assert.Equal("partly", await english.Locator("tr[data-question='voice-01'] .answer").TextContentAsync());
        Assert.Equal("Is there a children's or youth council the municipality consults as a matter of course?", await english.Locator("tr[data-question='voice-01'] th").TextContentAsync());
        await AssertAccessibleAsync(english);

        var (overview, _) = await OpenAsync("/actions?culture=en");
        var listed = overview.Locator("table.actions tbody tr", new() { HasText = "Speelplekken in elke wijk" });
        Assert.Equal("Planned", await listed.Locator(".status").TextContentAsync());
        Assert.Equal("/municipalities/GM1942/actions?culture=en", await listed.Locator("a").GetAttributeAsync("href"));
        await AssertAccessibleAsync(overview);

        var (overdue, _) = await OpenAsync("/actions?overdue=true");
        Assert.Equal(0, await overdue.Locator("table.actions tbody tr", new() { HasText = "Speelplekken in elke wijk" }).CountAsync());
        await AssertAccessibleAsync(overdue);
    }

    [ChromiumFact]
    public async Task An_unknown_municipality_issue_or_meeting_gets_a_friendly_404_page()
    {
        var (page, response) = await OpenAsync("/municipalities/GM0001");
        Assert.Equal(404, response.Status);
        Assert.Equal("Het netwerk heeft geen gemeente GM0001.", await page.Locator("p.not-found").TextContentAsync());
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "not-found");

        var (issue, missing) = await OpenAsync("/issues/GM0518-bestaat-niet");
        Assert.Equal(404, missing.Status);
        Assert.Equal("Er is geen lokaal vraagstuk GM0518-bestaat-niet.", await issue.Locator("p.not-found").TextContentAsync());

        var (meeting, unknown) = await OpenAsync("/meetings/999999");
        Assert.Equal(404, unknown.Status);
        Assert.Equal("Er is geen bijeenkomst 999999.", await meeting.Locator("p.not-found").TextContentAsync());
    }

    [ChromiumFact]
    public async Task The_API_reference_runs_under_its_own_policy_and_loads_nothing_from_elsewhere()
    {
        var requests = new List<string>();
        var (page, response) = await OpenAsync("/scalar", onRequest: requests.Add);

        Assert.Equal(200, response.Status);
        // The reference renders the whole document in the browser: on a loaded machine that can take longer than the default 5 s.
        await Assertions.Expect(page.GetByText("Cfc.Sample.Host").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        AssertWithinPolicy(page);
        Assert.All(requests, url => Assert.StartsWith(fixture.Host.Address.ToString(), url, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task A_coordinator_signs_in_to_the_dashboard_with_a_token_and_its_page_then_loads_its_data_within_the_policy()
    {
        var (page, _) = await OpenAsync("/dashboard/signin");
        await AssertAccessibleAsync(page);

        await page.Locator("#token").FillAsync(Tokens.Coordinator());
        var counters = page.WaitForResponseAsync(r => r.Url.EndsWith("/dashboard/DashboardCounters", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Dashboard openen" }).ClickAsync();

        Assert.Equal(200, (await counters).Status);
        Assert.EndsWith("/dashboard/", page.Url, StringComparison.Ordinal);
        // The page polls its data: a second answer means it has rendered the first.
        await page.WaitForResponseAsync(r => r.Url.EndsWith("/dashboard/DashboardCounters", StringComparison.Ordinal));
        AssertWithinPolicy(page);
    }

    [ChromiumFact]
    public async Task Every_page_names_the_newsletter_and_practices_feeds_in_its_head_for_feed_readers()
    {
        foreach (var (path, locale, practices) in new[] { ("/", "nl-NL", "Child Friendly Cities: goede praktijken"), ("/municipalities/GM1942", "en-GB", "Child Friendly Cities: good practices") })
        {
            var (page, _) = await OpenAsync(path, locale);
            var feeds = page.Locator("head link[rel=alternate][type='application/atom+xml']");

            Assert.Equal(["/feeds/newsletter.atom", "/feeds/practices.atom"], await Attributes(feeds, "href"));
            Assert.Equal(practices, await feeds.Nth(1).GetAttributeAsync("title"));
            Assert.All(await Attributes(feeds, "title"), title => Assert.False(string.IsNullOrWhiteSpace(title)));
        }
    }

    /// <summary>Opens <paramref name="path"/> in <paramref name="browser"/> (the shared one when omitted) as <paramref name="locale"/>, or in the browser's own language when that is <see langword="null"/>.</summary>
    private async Task<(IPage Page, IResponse Response)> OpenAsync(string path, string? locale = "nl-NL", bool javaScript = true, Action<string>? onRequest = null, IBrowser? browser = null)
    {
        var context = await (browser ?? fixture.Browser).NewContextAsync(new()
        {
            Locale = locale,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var breaches = _policyBreaches[page] = [];
        if (onRequest is not null)
        {
            page.Request += (_, request) => onRequest(request.Url);
        }

        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (breaches)
                {
                    breaches.Add(message.Text);
                }
            }
        };
        var response = await page.GotoAsync(new Uri(fixture.Host.Address, path).ToString());
        Assert.NotNull(response);
        return (page, response);
    }

    private async Task AssertAccessibleAsync(IPage page)
    {
        AssertWithinPolicy(page);
        var results = await page.RunAxe();
        var violations = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            violations.Count == 0,
            string.Join("\n", violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    private void AssertWithinPolicy(IPage page)
    {
        var breaches = _policyBreaches[page];
        lock (breaches)
        {
            Assert.True(breaches.Count == 0, $"{page.Url}:\n{string.Join("\n", breaches)}");
        }
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Presses Tab until an element matching <paramref name="selector"/> has the focus; its accessible label.</summary>
    private static async Task<string> TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>($"document.activeElement && document.activeElement.matches('{selector}') ? document.activeElement.getAttribute('aria-label') : null") is { } label)
            {
                return label;
            }
        }

        Assert.Fail($"Tab never reached {selector}.");
        return "";
    }

    private static async Task<List<string>> Attributes(ILocator locator, string name)
    {
        var values = new List<string>();
        foreach (var element in await locator.AllAsync())
        {
            values.Add(await element.GetAttributeAsync(name) ?? "");
        }

        return values;
    }

    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
