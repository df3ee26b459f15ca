using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class MeetingDetailsTests : BunitContext
{
    private static readonly IDateTimeZoneProvider Zones = DateTimeZoneProviders.Tzdb;

    private static readonly Meeting s_planned = new(
        "Spelen in de wijk",
        MeetingFormat.Online,
        MeetingKind.Thematic,
        [new MeetingTheme("spelen")],
        MeetingParticipant.For(MemberCode.DenHaag, Zones),
        Meeting.StartAt(new LocalDateTime(2026, 4, 2, 15, 0), Zones["Europe/Amsterdam"]),
        Duration.FromMinutes(90),
        [MeetingParticipant.For(MemberCode.SintEustatius, Zones), new MeetingParticipant(MemberId.Parse("org:nji"), Zones["Europe/Amsterdam"])]);

    private static readonly Dictionary<string, string> s_names = new(StringComparer.Ordinal)
    {
        ["GM0518"] = "'s-Gravenhage",
        ["GM9002"] = "Sint Eustatius",
        ["org:nji"] = "Nederlands Jeugdinstituut",
    };

    public MeetingDetailsTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void A_meeting_that_takes_up_a_theme_proposal_names_it_and_one_without_does_not()
    {
        var taking = new Meeting(
            s_planned.Title, s_planned.Format, s_planned.Kind, s_planned.Themes, s_planned.Organiser, s_planned.Start, s_planned.Duration, s_planned.Participants.Skip(1), proposal: 3);

        var cut = Render<MeetingDetails>(p => p.Add(c => c.Id, 12).Add(c => c.Meeting, taking).Add(c => c.Names, s_names).Add(c => c.ProposalTitle, "Veilig naar school"));

        Assert.Equal("Thema gekozen met jongeren: Veilig naar school", cut.Find("p.proposal").TextContent);
        Assert.Empty(Render(s_planned).FindAll("p.proposal"));
    }

    private IRenderedComponent<MeetingDetails> Render(Meeting meeting, int headingLevel = 3) =>
        Render<MeetingDetails>(p => p.Add(c => c.Id, 12).Add(c => c.Meeting, meeting).Add(c => c.Names, s_names).Add(c => c.HeadingLevel, headingLevel));

    [Fact]
    public void On_the_network_page_the_title_links_to_the_meetings_page()
    {
        var cut = Render(s_planned);

        Assert.Equal("/meetings/12", cut.Find("h3 a").GetAttribute("href"));
        Assert.Equal("12", cut.Find("article").GetAttribute("data-meeting"));
        Assert.Empty(cut.FindAll("h1"));
    }

    [Fact]
    public void On_its_own_page_the_title_is_the_heading_and_the_organiser_links_to_its_page()
    {
        var cut = Render(s_planned, headingLevel: 1);

        Assert.Equal("Spelen in de wijk", cut.Find("h1").TextContent);
        Assert.Equal("/municipalities/GM0518", cut.Find("p.meta a").GetAttribute("href"));
        Assert.Equal("'s-Gravenhage", cut.Find("p.meta a").TextContent);
        Assert.Contains("Online", cut.Find("p.meta").TextContent, StringComparison.Ordinal);
        Assert.Equal("Gepland", cut.Find(".status").TextContent);
        Assert.DoesNotContain("cancelled", cut.Find("article").ClassList);
        Assert.Empty(cut.FindAll("p.cancellation"));
    }

    [Fact]
    public void Each_participant_has_the_start_and_end_on_its_own_clock()
    {
        var rows = Render(s_planned, headingLevel: 1).FindAll("tbody tr");

        Assert.Equal(["'s-Gravenhage", "Sint Eustatius", "Nederlands Jeugdinstituut"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Contains("America/Kralendijk", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("15:00", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_meeting_is_shown_as_cancelled_with_its_reason()
    {
        var cut = Render(s_planned.Cancel("Te weinig aanmeldingen."), headingLevel: 1);

        Assert.Contains("cancelled", cut.Find("article").ClassList);
        Assert.Equal("Afgelast", cut.Find(".status").TextContent);
        Assert.Equal("Afgelast: Te weinig aanmeldingen.", cut.Find("p.cancellation").TextContent);
    }

    [Fact]
    public void An_organisation_organiser_is_named_without_a_municipality_link()
    {
        var organisation = new MeetingParticipant(MemberId.Parse("org:nji"), Zones["Europe/Amsterdam"]);
        var meeting = new Meeting("Kennisdeling", MeetingFormat.InPerson, MeetingKind.LocalIssue, [], organisation, Meeting.StartAt(new LocalDateTime(2026, 4, 2, 15, 0), organisation.Zone), Duration.FromHours(1));

        var cut = Render(meeting, headingLevel: 1);

        Assert.Empty(cut.FindAll("p.meta a"));
        Assert.Contains("Nederlands Jeugdinstituut", cut.Find("p.meta").TextContent, StringComparison.Ordinal);
    }
}
