using System.Net;
using System.Text.RegularExpressions;

namespace Cfc.Sample.Host.Tests.Pages;

/// <summary>The pages point feed readers to the network's feeds and calendar applications to the meetings' calendars.</summary>
[Collection(HostDefinition.Name)]
public sealed partial class FeedLinkTests(HostFixture host)
{
    [GeneratedRegex("""<link rel="alternate" type="application/atom\+xml" title="([^"]+)" href="([^"]+)"\s*/?>""")]
    private static partial Regex FeedLink();

    [Fact]
    public async Task The_head_names_the_newsletter_and_practices_feeds_in_the_pages_language()
    {
        // As a browser reads the attributes: Razor writes the '+' of the media type as a character reference.
        var dutch = WebUtility.HtmlDecode(await host.Anonymous.GetStringAsync(new Uri("/", UriKind.Relative)));
        var english = WebUtility.HtmlDecode(await host.Anonymous.GetStringAsync(new Uri("/?culture=en", UriKind.Relative)));

        var head = dutch[..dutch.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Equal(
            [("Child Friendly Cities: nieuwsbrief", "/feeds/newsletter.atom"), ("Child Friendly Cities: goede praktijken", "/feeds/practices.atom")],
            FeedLink().Matches(head).Select(m => (m.Groups[1].Value, m.Groups[2].Value)));
        Assert.Equal(
            ["Child Friendly Cities: newsletter", "Child Friendly Cities: good practices"],
            FeedLink().Matches(english).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_meeting_page_and_the_member_page_link_their_calendars()
    {
        Assert.True((await host.Client.PutJsonAsync("/api/municipalities/GM0934", """{"name": "Agendadorp"}""")).IsSuccessStatusCode);
        var meeting = await (await host.Client.PostJsonAsync("/api/meetings", """
            {"title": "Agendalink", "format": "Online", "kind": "LocalIssue", "organiser": "GM0934", "start": "2033-04-04T10:00:00", "duration": "PT1H"}
            """)).JsonAsync(HttpStatusCode.Created);

        var meetingPage = await host.Anonymous.GetStringAsync(new Uri($"/meetings/{(int)meeting["id"]!}", UriKind.Relative));
        var memberPage = await host.Anonymous.GetStringAsync(new Uri("/municipalities/GM0934", UriKind.Relative));

        Assert.Contains("""<a href="/api/meetings.ics" type="text/calendar">""", meetingPage, StringComparison.Ordinal);
        Assert.Contains("""<a href="/api/municipalities/GM0934/meetings.ics" type="text/calendar">""", memberPage, StringComparison.Ordinal);
    }
}
