using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Programmes;
using Cfc.Testing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The draft of the next edition, on a host of its own whose whole state the tests know. The schedule is every six
/// weeks from 5 January 2026 and today is 1 March: the edition is 30 March, its news runs from 16 February up to
/// 29 March, and its planned meetings from 30 March up to 10 May (a cancelled one in between is left out).
/// </summary>
public sealed class NewsletterDraftTests(NewsletterDraftTests.Network network) : IClassFixture<NewsletterDraftTests.Network>
{
    [Fact]
    public async Task The_draft_has_the_editions_dates_and_a_section_per_kind_of_news()
    {
        var draft = await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next");

        Assert.Equal(["edition", "since", "until", "meetings", "practices", "nationalBottlenecks", "bottlenecks", "issues", "deadlines", "openThemes", "names"], draft.Names());
        Assert.Equal("2026-03-30", (string?)draft["edition"]);
        Assert.Equal("2026-02-16", (string?)draft["since"]);
        Assert.Equal("2026-05-11", (string?)draft["until"]);
    }

    [Fact]
    public async Task Planned_meetings_from_the_edition_to_the_next_one_have_each_participants_local_time()
    {
        var meetings = (await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next"))["meetings"]!.AsArray();

        Assert.Equal(["Armoede in de Caribische gemeenten", "Spelen in de wijk"], meetings.Select(m => (string?)m!["title"]));
        var meeting = meetings[0]!;
        Assert.Equal(["title", "kind", "format", "start", "end", "localTimes"], meeting.Names());
        Assert.Equal("Thematic", (string?)meeting["kind"]);
        Assert.Equal("Online", (string?)meeting["format"]);
        Assert.Equal("2026-04-02T13:00:00Z", (string?)meeting["start"]);
        Assert.Equal("2026-04-02T14:30:00Z", (string?)meeting["end"]);
        var times = meeting["localTimes"]!.AsArray();
        Assert.Equal(["member", "name", "timeZone", "start", "end"], times[0]!.Names());
        Assert.Equal(["GM0518", "GM9002"], times.Select(t => (string?)t!["member"]));
        Assert.Equal("'s-Gravenhage", (string?)times[0]!["name"]);
        Assert.Equal("2026-04-02T15:00:00+02:00", (string?)times[0]!["start"]);
        Assert.Equal("America/Kralendijk", (string?)times[1]!["timeZone"]);
        Assert.Equal("2026-04-02T09:00:00-04:00", (string?)times[1]!["start"]);
        Assert.Equal("2026-04-02T10:30:00-04:00", (string?)times[1]!["end"]);
    }

    [Fact]
    public async Task Practices_and_issues_are_those_since_the_previous_edition_and_issues_carry_their_best_matches()
    {
        var draft = await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next");

        var practice = Assert.Single(draft["practices"]!.AsArray())!;
        Assert.Equal(["id", "member", "name", "title", "sharedOn", "goalAreas", "articles"], practice.Names());
        Assert.Equal("Kinderraad", (string?)practice["title"]);
        Assert.Equal("Gooise Meren", (string?)practice["name"]);
        Assert.Equal("2026-02-20", (string?)practice["sharedOn"]);

        var issues = draft["issues"]!.AsArray();
        Assert.Equal(["GM0518", "GM0599"], issues.Select(i => (string?)i!["member"]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Oud vraagstuk", issues.Select(i => (string?)i!["title"]));
        var hague = issues.Single(i => (string?)i!["member"] == "GM0518")!;
        Assert.Equal(["id", "member", "name", "title", "opened", "matches", "experts"], hague.Names());
        Assert.Equal("2026-03-01", (string?)hague["opened"]);
        var matches = hague["matches"]!.AsArray();
        Assert.InRange(matches.Count, 1, 3);
        Assert.Equal("GM0599", (string?)matches[0]!["member"]);
        Assert.Equal(["issue", "member", "title", "score", "relevance", "reasons", "language"], matches[0]!.Names());
        var experts = hague["experts"]!.AsArray();
        Assert.InRange(experts.Count, 1, 3);
        Assert.Equal("armoedefonds", (string?)experts[0]!["organisation"]);
    }

    [Fact]
    public async Task Bottlenecks_put_on_the_national_agenda_since_the_previous_edition_are_news_and_no_others()
    {
        var draft = await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next");

        var bottleneck = Assert.Single(draft["nationalBottlenecks"]!.AsArray())!;
        Assert.Equal(["id", "signalledBy", "name", "title", "signalledOn", "nationalOn", "note", "status"], bottleneck.Names());
        Assert.Equal(("Wachtlijst jeugdzorg", "'s-Gravenhage", "2026-02-20", "VNG", "Open"), ((string?)bottleneck["title"], (string?)bottleneck["name"], (string?)bottleneck["nationalOn"], (string?)bottleneck["note"], (string?)bottleneck["status"]));
        Assert.Equal("Wachtlijst jeugdzorg", (string?)(await network.Host.Anonymous.GetJsonAsync($"/api/bottlenecks/{(int)bottleneck["id"]!}"))["title"]);
    }

    [Fact]
    public async Task Deadlines_are_the_renewals_due_and_overdue_programmes_on_the_edition_date()
    {
        var deadlines = (await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next"))["deadlines"]!.AsArray();

        Assert.Equal(["GM0344", "GM0599"], deadlines.Select(d => (string?)d!["member"]));
        var utrecht = deadlines[0]!;
        Assert.Equal(["member", "name", "phase", "kind", "on", "overdue"], utrecht.Names());
        Assert.Equal("Recognised", (string?)utrecht["phase"]);
        Assert.Equal("RenewalDue", (string?)utrecht["kind"]);
        Assert.False((bool)utrecht["overdue"]!);
        var rotterdam = deadlines[1]!;
        Assert.Equal("Agreement", (string?)rotterdam["phase"]);
        Assert.True((bool)rotterdam["overdue"]!);
    }

    [Fact]
    public async Task The_theme_proposals_open_for_votes_are_in_the_draft_newest_first_with_their_votes_and_no_closed_ones()
    {
        var draft = await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next");

        var themes = draft["openThemes"]!.AsArray();
        Assert.Equal(["Spelen in de wijk", "Veilig naar school"], themes.Select(t => (string?)t!["title"]));
        Assert.Equal(("GM9002", "Sint Eustatius", 15), ((string?)themes[1]!["proposedBy"], (string?)themes[1]!["name"], (int)themes[1]!["votes"]!));
        Assert.Null(themes[0]!["proposedBy"]);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletters/next");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        var lines = (await (await network.Host.Anonymous.SendAsync(request)).Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("- **Veilig naar school**, voorgesteld door Sint Eustatius op 1 maart 2026: 15 stemmen tot nu toe", lines);
        Assert.Contains("- **Spelen in de wijk**, voorgesteld door de coördinator op 1 maart 2026: 0 stemmen tot nu toe", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Ingetrokken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bottlenecks_signalled_or_escalated_to_any_agenda_since_the_previous_edition_are_news_with_those_steps()
    {
        var bottlenecks = (await network.Host.Anonymous.GetJsonAsync("/api/newsletters/next"))["bottlenecks"]!.AsArray();

        Assert.Equal(["Regionaal", "Wachtlijst jeugdzorg", "Opgeschaald in de regio"], bottlenecks.Select(b => (string?)b!["title"]));
        Assert.Equal(["id", "signalledBy", "name", "title", "level", "status", "steps"], bottlenecks[0]!.Names());
        Assert.Equal(
            ["Local 2026-02-16 ", "Regional 2026-02-17 "],
            bottlenecks[0]!["steps"]!.AsArray().Select(s => $"{(string?)s!["level"]} {(string?)s["on"]} {(string?)s["note"]}"));
        // Signalled before the previous edition: only the step since then is news.
        Assert.Equal(["National 2026-02-20 VNG"], bottlenecks[1]!["steps"]!.AsArray().Select(s => $"{(string?)s!["level"]} {(string?)s["on"]} {(string?)s["note"]}"));
        Assert.Equal(("GM0344", "Utrecht", "Regional"), ((string?)bottlenecks[2]!["signalledBy"], (string?)bottlenecks[2]!["name"], (string?)bottlenecks[2]!["level"]));

        var lines = (await MarkdownAsync()).Split('\n');
        Assert.Contains("- **Regionaal**, Rotterdam: gesignaleerd op 16 februari 2026; op de regionale agenda gezet op 17 februari 2026", lines);
        Assert.Contains("- **Wachtlijst jeugdzorg**, 's\\-Gravenhage: op de landelijke agenda gezet op 20 februari 2026 (VNG)", lines);
        Assert.Contains("- **Opgeschaald in de regio**, Utrecht: op de regionale agenda gezet op 25 februari 2026", lines);
    }

    [Fact]
    public async Task A_meetings_time_is_written_once_in_words_per_zone_of_its_participants_with_the_zones_name()
    {
        var lines = (await MarkdownAsync()).Split('\n');

        Assert.Contains("donderdag 2 april 2026, 15.00–16.30 uur (Nederland), 09.00–10.30 uur (Caribisch Nederland).", lines);
        Assert.Contains("Met 's\\-Gravenhage en Sint Eustatius.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Europe/Amsterdam", StringComparison.Ordinal) || l.Contains("UTC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_are_named_never_given_by_code()
    {
        var markdown = await MarkdownAsync();

        Assert.DoesNotMatch(new Regex(@"\bGM\d{4}\b"), markdown);
        Assert.Contains("- Rotterdam: Armoede en sport (", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_edition_is_approved_and_parses_as_Markdown_with_a_heading_per_section_and_its_lists()
    {
        var markdown = await MarkdownAsync();

        Approvals.VerifyText(markdown);
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var headings = document.OfType<HeadingBlock>().Select(h => (h.Level, Text: TextOf(h))).ToList();
        Assert.Equal((1, "Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-30"), headings[0]);
        Assert.Equal(
            ["Bijeenkomsten", "Goede praktijken", "Knelpunten gesignaleerd of opgeschaald", "Nieuwe lokale vraagstukken", "Termijnen", "Thema's om op te stemmen"],
            headings.Where(h => h.Level == 2).Select(h => h.Text));
        Assert.Equal(["Armoede in de Caribische gemeenten", "Spelen in de wijk", "Kinderarmoede in de wijk", "Armoede en sport"], headings.Where(h => h.Level == 3).Select(h => h.Text));

        // The entries of the sections without sub-headings are one list each.
        var blocks = document.ToList();
        int ItemsUnder(string heading) => blocks
            .SkipWhile(b => b is not HeadingBlock { Level: 2 } h || TextOf(h) != heading).Skip(1)
            .TakeWhile(b => b is not HeadingBlock { Level: 2 })
            .OfType<ListBlock>().Sum(l => l.Count);
        Assert.Equal((1, 3, 2, 2), (ItemsUnder("Goede praktijken"), ItemsUnder("Knelpunten gesignaleerd of opgeschaald"), ItemsUnder("Termijnen"), ItemsUnder("Thema's om op te stemmen")));

        static string TextOf(HeadingBlock heading) => string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
    }

    [Fact]
    public async Task Accept_text_markdown_gives_a_document_with_a_heading_per_section()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletters/next");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));

        var response = await network.Host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n');
        Assert.Equal("# Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-30", lines[0]);
        Assert.Equal(
            ["## Bijeenkomsten", "## Goede praktijken", "## Knelpunten gesignaleerd of opgeschaald", "## Nieuwe lokale vraagstukken", "## Termijnen", "## Thema's om op te stemmen"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("### Armoede in de Caribische gemeenten", lines);
        Assert.Contains("- **Kinderraad**, Gooise Meren, gedeeld op 20 februari 2026", lines);
        Assert.Contains(lines, l => l.StartsWith("- Armoedefonds (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Utrecht (fase erkend): verlenging uiterlijk ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Rotterdam (fase convenant): erkenning uiterlijk ", StringComparison.Ordinal) && l.EndsWith(", verlopen", StringComparison.Ordinal));
        Assert.Contains("Thematische bijeenkomst, online.", lines);
        // The domain's values are in Dutch: no English name of a phase, deadline or meeting kind or format is left.
        string[] english = [.. Enum.GetNames<ProgrammePhase>(), .. Enum.GetNames<ProgrammeDeadlineKind>(), .. Enum.GetNames<MeetingKind>(), .. Enum.GetNames<MeetingFormat>()];
        Assert.DoesNotContain(english, name => Regex.IsMatch(text, $@"\b{name}\b"));
        Assert.DoesNotContain("### Oud vraagstuk", lines);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    private async Task<string> MarkdownAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletters/next");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        return await (await network.Host.Anonymous.SendAsync(request)).Content.ReadAsStringAsync();
    }

    /// <summary>A host with a schedule, members, programmes, issues, practices and meetings in and out of the edition.</summary>
    public sealed class Network : IAsyncLifetime
    {
        public HostFixture Host { get; } = new();

        public async Task InitializeAsync()
        {
            await Host.InitializeAsync();
            var client = Host.Client;
            await PutAsync(client, "/api/newsletters/schedule", """{"anchor": "2026-01-05"}""");
            await PutAsync(client, "/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""");
            await PutAsync(client, "/api/municipalities/GM9002", """{"name": "Sint Eustatius"}""");
            await PutAsync(client, "/api/municipalities/GM1942", """{"name": "Gooise Meren"}""");
            await PutAsync(client, "/api/municipalities/GM0599", """{"name": "Rotterdam"}""");
            await PutAsync(client, "/api/municipalities/GM0344", """{"name": "Utrecht"}""");
            await PutAsync(client, "/api/organisations/armoedefonds", """{"name": "Armoedefonds", "expertise": {"description": "Armoede onder kinderen: sport, schoolreisjes en meedoen.", "themes": ["armoede"], "articles": [27]}}""");

            // Rotterdam's first recognition was due five years after its agreement: overdue. Utrecht's recognition ends
            // within six months of the edition: its renewal is due.
            await PostAsync(client, "/api/municipalities/GM0599/programme/transitions", """{"phase": "Agreement", "on": "2020-01-10"}""");
            foreach (var step in (string[])[
                """{"phase": "Agreement", "on": "2019-01-10"}""",
                """{"phase": "SituationAnalysis", "on": "2019-06-01"}""",
                """{"phase": "ActionPlan", "on": "2020-01-01"}""",
                """{"phase": "Implementation", "on": "2021-06-01"}""",
                """{"phase": "Evaluation", "on": "2022-06-01"}""",
                """{"phase": "Recognised", "on": "2023-06-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": "Erkend zonder dossier in deze test."}"""])
            {
                await PostAsync(client, "/api/municipalities/GM0344/programme/transitions", step);
            }

            // An issue opened before the previous edition, then two opened today (1 March).
            Host.Factory.Clock.Reset(Instant.FromUtc(2026, 2, 10, 12, 0));
            await PostAsync(client, "/api/municipalities/GM1942/issues", """{"title": "Oud vraagstuk", "text": "Armoede onder kinderen.", "themes": ["armoede"]}""");
            Host.Factory.Clock.Reset(HostFactory.Now);
            await PostAsync(client, "/api/municipalities/GM0518/issues", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"], "articles": [27]}""");
            await PostAsync(client, "/api/municipalities/GM0599/issues", """{"title": "Armoede en sport", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede"]}""");

            // Two theme proposals open for votes, one withdrawn.
            var proposed = await client.PostJsonAsync("/api/themes", """{"title": "Veilig naar school", "text": "Kinderen fietsen over drukke wegen.", "member": "GM9002"}""");
            var open = (int)(await proposed.JsonAsync(HttpStatusCode.Created))["id"]!;
            await PostAsync(client, $"/api/themes/{open}/votes", """{"member": "GM9002", "votes": 12}""");
            await PostAsync(client, $"/api/themes/{open}/votes", """{"member": "GM0518", "votes": 3}""");
            var withdrawn = (int)(await (await client.PostJsonAsync("/api/themes", """{"title": "Ingetrokken", "text": "T."}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
            await PostAsync(client, $"/api/themes/{withdrawn}/withdrawal", "{}");
            await PostAsync(client, "/api/themes", """{"title": "Spelen in de wijk", "text": "Meer speelplekken."}""");

            var grains = Host.Factory.Services.GetRequiredService<IGrainFactory>();
            var network = grains.GetGrain<INetworkGrain>(INetworkGrain.DefaultNetworkId);
            foreach (var (title, on) in ((string, string)[])[("Te vroeg", "2026-02-10"), ("Kinderraad", "2026-02-20"), ("Te laat", "2026-03-30")])
            {
                await PostAsync(client, "/api/practices", $$"""{"member": "GM1942", "title": "{{title}}", "goalAreas": ["VoiceHeard"], "whatWasDone": "Gedaan.", "challenges": "Uitdagingen.", "lessonsLearned": "Lessen.", "sharedOn": "{{on}}"}""");
            }

            // Put on the national agenda before the previous edition, within this one's news, and on the edition's day.
            foreach (var (title, national) in ((string, string)[])[("Te vroeg landelijk", "2026-02-15"), ("Wachtlijst jeugdzorg", "2026-02-20"), ("Te laat landelijk", "2026-03-30")])
            {
                var signalled = await client.PostJsonAsync("/api/bottlenecks", $$"""{"signalledBy": "GM0518", "title": "{{title}}", "description": "Kinderen wachten.", "on": "2026-01-10"}""");
                var id = (int)(await signalled.JsonAsync(HttpStatusCode.Created))["id"]!;
                await PostAsync(client, $"/api/bottlenecks/{id}/escalations", $$"""{"level": "National", "on": "{{national}}", "note": "VNG"}""");
            }

            // Signalled before the previous edition and put on the regional agenda in this one's news.
            var utrecht = (int)(await (await client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM0344", "title": "Opgeschaald in de regio", "description": "D", "on": "2026-01-10"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
            await PostAsync(client, $"/api/bottlenecks/{utrecht}/escalations", """{"level": "Regional", "on": "2026-02-25"}""");

            // Only regional: no national news.
            var regional = (int)(await (await client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM0599", "title": "Regionaal", "description": "D", "on": "2026-02-16"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
            await PostAsync(client, $"/api/bottlenecks/{regional}/escalations", """{"level": "Regional", "on": "2026-02-17"}""");

            var zones = DateTimeZoneProviders.Tzdb;
            var hague = MeetingParticipant.For(MemberCode.Parse("GM0518"), zones);
            var statia = MeetingParticipant.For(MemberCode.Parse("GM9002"), zones);
            var amsterdam = zones["Europe/Amsterdam"];
            foreach (var (title, start) in ((string, LocalDateTime)[])[
                ("Voor de editie", new(2026, 3, 20, 15, 0)),
                ("Armoede in de Caribische gemeenten", new(2026, 4, 2, 15, 0)),
                ("Afgelast in de editie", new(2026, 4, 9, 15, 0)),
                ("Spelen in de wijk", new(2026, 5, 10, 10, 0)),
                ("Na de volgende editie", new(2026, 5, 11, 10, 0))])
            {
                var number = await grains.CreateMeetingAsync(INetworkGrain.DefaultNetworkId, new Meeting(
                    title, MeetingFormat.Online, MeetingKind.Thematic, [new MeetingTheme("armoede")], hague,
                    Meeting.StartAt(start, amsterdam), Duration.FromMinutes(90), [statia]));
                if (title.StartsWith("Afgelast", StringComparison.Ordinal))
                {
                    await grains.GetMeeting(INetworkGrain.DefaultNetworkId, number).CancelAsync("Te weinig aanmeldingen.");
                }
            }
        }

        public Task DisposeAsync() => Host.DisposeAsync();

        private static async Task PutAsync(HttpClient client, string uri, string json) =>
            Assert.True((await client.PutJsonAsync(uri, json)).IsSuccessStatusCode, uri);

        private static async Task PostAsync(HttpClient client, string uri, string json)
        {
            var response = await client.PostJsonAsync(uri, json);
            Assert.True(response.IsSuccessStatusCode, $"{uri} {json}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
