using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Indicators;
using Cfc.Sample.Host.Issues;
using Cfc.Sample.Host.Meetings;
using Cfc.Sample.Host.Newsletters;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sample.Host.Peers;
using Cfc.Sample.Host.Successions;
using Cfc.Sample.Host.Recognition;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Pages;

/// <summary>
/// What the pages show, read through the same grains as the API. Reads only: nothing here writes, and a draft
/// matched on <c>/match</c> is never stored.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="options">The hosting options (the network grain's key).</param>
/// <param name="clock">The clock.</param>
/// <param name="zones">The time zones.</param>
/// <param name="catalogue">The indicator catalogue.</param>
/// <param name="disclosure">Disclosure control, as the API applies it.</param>
/// <param name="forecasts">The forecasts' confidence and horizon, as the API applies them.</param>
/// <param name="peerOptions">The fewest peers a statistic needs, as the API applies it.</param>
/// <param name="sizeClasses">The size classes peers share.</param>
/// <param name="readinessRules">The committee's readiness rules, which judge the recognition dossier.</param>
internal sealed class NetworkReader(
    IGrainFactory grains,
    IOptions<CfcHostingOptions> options,
    IClock clock,
    IDateTimeZoneProvider zones,
    IndicatorCatalogue catalogue,
    DisclosureControl disclosure,
    ForecastOptions forecasts,
    PeerOptions peerOptions,
    SizeClasses sizeClasses,
    ReadinessRules readinessRules)
{
    /// <summary>How many matches of each kind a page lists.</summary>
    public const int MatchCount = 5;

    /// <summary>How many of the upcoming meetings the network page shows, the first by start, cancelled ones as cancelled.</summary>
    public const int UpcomingMeetings = 20;

    /// <summary>How many of the newest local issues the network page lists.</summary>
    public const int NewestIssues = 5;

    /// <summary>
    /// How many local issues a municipality's page shows at once, newest first, each with its matches: the page's size
    /// stays the same however many issues the member holds.
    /// </summary>
    public const int IssuesPerPage = 20;

    /// <summary>How many open bottlenecks the network page lists, newest first.</summary>
    public const int OpenBottlenecks = 20;

    /// <summary>How many of a member's newest participation records its page lists.</summary>
    public const int NewestParticipation = 10;

    private INetworkGrain Network => grains.Network(options);

    private IMatchingGrain Matching => grains.GetGrain<IMatchingGrain>(0);

    /// <summary>Today in Europe/Amsterdam, the zone of the network's dates.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;

    /// <summary>
    /// The network at a glance, read from the register and the network's indexes only, so that its cost does not grow
    /// with the number of municipalities: the programmes from the programme index, the newest issues from the
    /// <c>issues</c> list's latest days.
    /// </summary>
    /// <returns>The overview.</returns>
    public async Task<NetworkOverview> OverviewAsync()
    {
        var members = await Network.GetMembersAsync();
        var names = Names(members);
        var now = clock.GetCurrentInstant();
        var rows = (await grains.GetGrain<IProgrammeIndexGrain>(options.Value.NetworkId).GetAsync())
            .Select(entry => new TimelineRow(entry.Code.ToString(), entry.Name, entry.Programme.StatusOn(now.InZone(entry.Code.DefaultTimeZone(zones)).Date)))
            .ToList();
        var issues = await new EntityList(grains, options.Value.NetworkId, IMunicipalityGrain.IssueList)
            .ReadAsync(newestFirst: true)
            .Take(NewestIssues)
            .ToListAsync();

        var meetings = await grains.ReadMeetingsAsync(options.Value.NetworkId, Today, UpcomingMeetings);
        var draft = await NewsletterDraft.BuildAsync(grains, options.Value.NetworkId);
        return new(
            Today,
            [.. members.GroupBy(m => m.Kind).OrderBy(g => g.Key).Select(g => new MembersOfKind(g.Key, [.. g.OrderBy(m => m.Name, StringComparer.CurrentCulture)]))],
            rows,
            meetings,
            issues,
            draft,
            names);
    }

    /// <summary>
    /// A municipality's page, with its programme on <paramref name="on"/> (today in its zone by default) and one page of
    /// its local issues, newest first.
    /// </summary>
    /// <param name="code">The code from the route.</param>
    /// <param name="on">The date asked for, if any.</param>
    /// <param name="page">The page of issues, from 1; a page after the last shows the last.</param>
    /// <returns>The page's data; <see langword="null"/> for an unknown or malformed code.</returns>
    public async Task<MunicipalityView?> MunicipalityAsync(string code, LocalDate? on, int page = 1)
    {
        if (!MemberCode.TryParse(code, out var member))
        {
            return null;
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
        if (await grain.GetProfileAsync() is not { } profile || !await IsOwnAsync(grain))
        {
            return null;
        }

        var today = await grain.TodayAsync();
        var programme = await grain.GetProgrammeAsync();
        var ledger = await grain.GetLedgerAsync();
        var reports = MemberReports.Of(ledger, member, catalogue, disclosure, today, await grain.GetTargetsAsync());
        var peers = await MemberPeers.CompareAsync(grains, Network, member, reports, catalogue, disclosure, today, sizeClasses, peerOptions);
        var charts = reports
            .Select(r => new IndicatorView(
                r,
                [.. ledger.Figures(member, r.Indicator.Id).Where(o => o.Disaggregation.IsTotal && o.IsSuppressedAtSource).Select(o => o.Period)],
                MemberReports.ForecastOf(r, forecasts),
                peers[r.Indicator.Id]))
            .ToList();
        var all = await grain.GetIssuesAsync();
        var pages = IssuePaging.Of(page, all.Length, IssuesPerPage);
        var issues = new List<IssueView>();
        foreach (var issue in Newest(all).Skip((pages.Number - 1) * IssuesPerPage).Take(IssuesPerPage))
        {
            issues.Add(await ViewAsync(issue));
        }

        var predecessors = new List<PredecessorView>();
        foreach (var succession in await Lineage.PredecessorsAsync(grains, member))
        {
            var name = (await grains.GetGrain<IMunicipalityGrain>(succession.Predecessor.ToString()).GetProfileAsync())?.Name;
            predecessors.Add(new(succession.Predecessor.ToString(), name ?? succession.Predecessor.ToString(), succession.On));
        }

        var day = on ?? today;
        return new(profile, today, day, new TimelineRow(member.ToString(), profile.Name, programme.StatusOn(day), programme.Transitions), charts, issues, pages, Names(await Network.GetMembersAsync()))
        {
            Predecessors = predecessors,
        };
    }

    /// <summary>
    /// A municipality's recognition dossier on <paramref name="on"/> (today in its zone by default): its programme, its
    /// readiness per criterion from the evidence the API's readiness route reads, its participation records and its
    /// action points.
    /// </summary>
    /// <param name="code">The code from the route.</param>
    /// <param name="on">The date asked for, if any.</param>
    /// <returns>The dossier's data; <see langword="null"/> for an unknown or malformed code.</returns>
    public async Task<DossierView?> DossierAsync(string code, LocalDate? on)
    {
        if (!MemberCode.TryParse(code, out var member))
        {
            return null;
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
        if (await grain.GetProfileAsync() is not { } profile || !await IsOwnAsync(grain))
        {
            return null;
        }

        var day = on ?? await grain.TodayAsync();
        var (readiness, evidence) = await new RecognitionDossier(grains, options.Value.NetworkId, catalogue, disclosure, readinessRules).ReadinessAsync(grain, member, day);
        return new(
            profile,
            day,
            new TimelineRow(member.ToString(), profile.Name, evidence.Programme.StatusOn(day), evidence.Programme.Transitions),
            readiness,
            [.. evidence.Participation.Where(r => r.HeldOn <= day).OrderBy(r => r.HeldOn)],
            [.. evidence.ActionPoints.Where(a => a.CreatedOn <= day).OrderBy(a => a.DueOn).ThenBy(a => a.Title, StringComparer.CurrentCulture)]);
    }

    /// <summary>One issue with its matches.</summary>
    /// <param name="id">The id from the route.</param>
    /// <returns>The issue and its member's name; <see langword="null"/> for an unknown or malformed id.</returns>
    public async Task<(IssueView Issue, IReadOnlyDictionary<string, string> Names)?> IssueAsync(string id)
    {
        if (await IssueEndpoints.FindAsync(grains, id) is not { Issue: { } issue, Grain: { } holder } || !await IsOwnAsync(holder))
        {
            return null;
        }

        return (await ViewAsync(issue), Names(await Network.GetMembersAsync()));
    }

    /// <summary>A meeting's page.</summary>
    /// <param name="id">The id from the route.</param>
    /// <returns>The meeting and its participants' names; <see langword="null"/> for an unknown or malformed id.</returns>
    public async Task<(NumberedMeeting Meeting, IReadOnlyDictionary<string, string> Names)?> MeetingAsync(string id)
    {
        if (EntityIds.Number(id) is not { } number || await grains.GetMeeting(options.Value.NetworkId, number).GetAsync() is not { } meeting)
        {
            return null;
        }

        var nameOf = await Network.NamesAsync([meeting]);
        return (new(number, meeting), meeting.Participants.ToDictionary(p => p.Member.ToString()!, p => nameOf(p.Member), StringComparer.Ordinal));
    }

    /// <summary>
    /// The open bottlenecks, newest first (by the day signalled, then the highest number), at most
    /// <see cref="OpenBottlenecks"/>: the list is read from its newest day back and left once they are found.
    /// </summary>
    /// <returns>The list entries, which carry the level.</returns>
    public async Task<IReadOnlyList<ListEntry>> OpenBottlenecksAsync()
    {
        var open = new List<ListEntry>();
        await foreach (var entry in grains.BottleneckList(options.Value.NetworkId).ReadAsync(newestFirst: true))
        {
            if (entry.Status == nameof(BottleneckStatus.Open))
            {
                open.Add(entry);
                if (open.Count == OpenBottlenecks)
                {
                    break;
                }
            }
        }

        return open;
    }

    /// <summary>One good practice.</summary>
    /// <param name="id">The id from the route.</param>
    /// <returns>The practice and its member's name; <see langword="null"/> for an unknown or malformed id.</returns>
    public async Task<(int Id, GoodPractice Practice, string MemberName)?> PracticeAsync(string id) =>
        EntityIds.Number(id) is { } number && await grains.GetGoodPractice(options.Value.NetworkId, number).GetAsync() is { } practice
            ? (number, practice, await NameAsync(practice.Member))
            : null;

    /// <summary>One bottleneck with its history.</summary>
    /// <param name="id">The id from the route.</param>
    /// <returns>The bottleneck and its member's name; <see langword="null"/> for an unknown or malformed id.</returns>
    public async Task<(int Id, Bottleneck Bottleneck, string MemberName)?> BottleneckAsync(string id) =>
        EntityIds.Number(id) is { } number && await grains.GetBottleneck(options.Value.NetworkId, number).GetAsync() is { } bottleneck
            ? (number, bottleneck, await NameAsync(bottleneck.SignalledBy))
            : null;

    /// <summary>The title of the theme proposal <paramref name="meeting"/> takes up.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The title; <see langword="null"/> when the meeting takes none up.</returns>
    public async Task<string?> ProposalTitleAsync(Meeting meeting) =>
        meeting.Proposal is { } proposal ? (await grains.GetThemeProposal(options.Value.NetworkId, proposal).GetAsync())?.Title : null;

    /// <summary>One participation record, its count of children disclosed as the API discloses it.</summary>
    /// <param name="id">The id from the route.</param>
    /// <returns>The record; <see langword="null"/> for an unknown or malformed id.</returns>
    public async Task<ParticipationView?> ParticipationAsync(string id) =>
        EntityIds.Number(id) is { } number && await grains.GetParticipation(options.Value.NetworkId, number).GetAsync() is { } record
            ? new ParticipationView(number, record, disclosure.DiscloseCount(record.Participants), await NameAsync(MemberId.For(record.Member)))
            : null;

    /// <summary>A member's newest participation records, newest first: at most <see cref="NewestParticipation"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The records, each with its count disclosed.</returns>
    public async Task<IReadOnlyList<ParticipationView>> MemberParticipationAsync(MemberCode member, string name)
    {
        var network = options.Value.NetworkId;
        var views = new List<ParticipationView>();
        await foreach (var entry in grains.MemberParticipationList(network, member).ReadAsync(newestFirst: true))
        {
            if (EntityIds.Number(entry.Id) is { } number && await grains.GetParticipation(network, number).GetAsync() is { } record)
            {
                views.Add(new ParticipationView(number, record, disclosure.DiscloseCount(record.Participants), name));
            }

            if (views.Count == NewestParticipation)
            {
                break;
            }
        }

        return views;
    }

    /// <summary>The municipalities, for the draft form's choice of "who is asking".</summary>
    /// <returns>The municipalities by name.</returns>
    public async Task<IReadOnlyList<RegisteredMember>> MunicipalitiesAsync() =>
        [.. (await Network.GetMunicipalitiesAsync()).OrderBy(m => m.Name, StringComparer.CurrentCulture)];

    /// <summary>The names of the network's members by id.</summary>
    /// <returns>The names.</returns>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync() => Names(await Network.GetMembersAsync());

    /// <summary>The issues and organisations that fit a draft best; the draft is not stored.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The draft with its matches.</returns>
    public async Task<IssueView> MatchDraftAsync(LocalIssue draft) =>
        new(draft, await Matching.MatchDraftAsync(draft, MatchCount), await Matching.MatchOrganisationsDraftAsync(draft, MatchCount));

    // One register call for one name; the member's id when the network does not know it.
    private async Task<string> NameAsync(MemberId member) => (await Network.GetMemberAsync(member))?.Name ?? member.ToString();

    // Whether the municipality is of this host's network (or of none yet): another network's is not shown, as in the API.
    private async Task<bool> IsOwnAsync(IMunicipalityGrain municipality) =>
        await municipality.GetNetworkAsync() is not { } network || network == options.Value.NetworkId;

    private async Task<IssueView> ViewAsync(LocalIssue issue) =>
        new(issue, await Matching.MatchAsync(issue.Id, MatchCount), await Matching.MatchOrganisationsAsync(issue.Id, MatchCount));

    // Newest first; issues opened on one day in the order of their ids, so that pages do not overlap.
    private static IOrderedEnumerable<LocalIssue> Newest(IEnumerable<LocalIssue> issues) =>
        issues.OrderByDescending(i => i.Opened).ThenBy(i => i.Id.ToString(), StringComparer.Ordinal);

    private static Dictionary<string, string> Names(IEnumerable<RegisteredMember> members) =>
        members.ToDictionary(m => m.Id.ToString()!, m => m.Name, StringComparer.Ordinal);
}

/// <summary>The network page's data.</summary>
/// <param name="Today">Today in Europe/Amsterdam.</param>
/// <param name="Members">The members, by kind.</param>
/// <param name="Programmes">Every programme that has started.</param>
/// <param name="Meetings">The first upcoming meetings, by start.</param>
/// <param name="NewestIssues">The newest local issues, as the network's list shows them.</param>
/// <param name="Newsletter">The next newsletter's draft; <see langword="null"/> without a schedule.</param>
/// <param name="Names">The members' names by id.</param>
internal sealed record NetworkOverview(
    LocalDate Today,
    IReadOnlyList<MembersOfKind> Members,
    IReadOnlyList<TimelineRow> Programmes,
    IReadOnlyList<NumberedMeeting> Meetings,
    IReadOnlyList<ListEntry> NewestIssues,
    NewsletterDraft? Newsletter,
    IReadOnlyDictionary<string, string> Names);

/// <summary>The members of one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Members">The members, by name.</param>
internal sealed record MembersOfKind(MemberKind Kind, IReadOnlyList<RegisteredMember> Members);

/// <summary>A municipality's page's data.</summary>
/// <param name="Profile">The member.</param>
/// <param name="Today">Today in its zone.</param>
/// <param name="On">The date its programme is shown on.</param>
/// <param name="Programme">Its programme on that date.</param>
/// <param name="Indicators">Its indicators with figures.</param>
/// <param name="Issues">One page of its local issues, newest first, with their matches.</param>
/// <param name="IssuePaging">Which page of its issues that is, and how many there are.</param>
/// <param name="Names">The members' names by id.</param>
internal sealed record MunicipalityView(
    Member Profile,
    LocalDate Today,
    LocalDate On,
    TimelineRow Programme,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<IssueView> Issues,
    IssuePaging IssuePaging,
    IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The members it succeeded (mergers); empty when none.</summary>
    public IReadOnlyList<PredecessorView> Predecessors { get; init; } = [];
}

/// <summary>A member a municipality succeeded, on its page.</summary>
/// <param name="Code">The predecessor's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="On">The first day of the succession.</param>
public sealed record PredecessorView(string Code, string Name, LocalDate On);

/// <summary>A municipality's recognition dossier on a date.</summary>
/// <param name="Profile">The member.</param>
/// <param name="On">The date.</param>
/// <param name="Programme">Its programme on that date, with the transitions (and any override) that began its phases.</param>
/// <param name="Readiness">Its readiness per criterion on that date.</param>
/// <param name="Participation">Its participation records held up to that date, oldest first.</param>
/// <param name="ActionPoints">Its action points created up to that date, by due date.</param>
internal sealed record DossierView(
    Member Profile,
    LocalDate On,
    TimelineRow Programme,
    Readiness Readiness,
    IReadOnlyList<ParticipationRecord> Participation,
    IReadOnlyList<ActionPoint> ActionPoints);

/// <summary>One page of a member's local issues.</summary>
/// <param name="Number">The page shown, from 1.</param>
/// <param name="Count">How many pages there are; at least 1.</param>
/// <param name="Total">How many issues the member holds.</param>
internal sealed record IssuePaging(int Number, int Count, int Total)
{
    /// <summary>Page <paramref name="asked"/> of <paramref name="total"/> issues, <paramref name="size"/> a page; after the last page, the last.</summary>
    /// <param name="asked">The page asked for, from 1.</param>
    /// <param name="total">How many issues there are.</param>
    /// <param name="size">How many issues a page shows.</param>
    /// <returns>The page.</returns>
    public static IssuePaging Of(int asked, int total, int size)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        return new(Math.Clamp(asked, 1, count), count, total);
    }
}

/// <summary>One indicator's report, the periods the source itself did not publish, its forecast and its peers.</summary>
/// <param name="Report">The report.</param>
/// <param name="SuppressedAtSource">The periods suppressed at the source.</param>
/// <param name="Forecast">When the trend reaches the target; <see langword="null"/> without a target.</param>
/// <param name="Peers">The peers' median and quartiles; <see langword="null"/> when withheld or unknown.</param>
internal sealed record IndicatorView(IndicatorReport Report, IReadOnlyCollection<ReportingPeriod> SuppressedAtSource, Forecast? Forecast, PeerComparison? Peers);

/// <summary>A local issue with the issues and organisations that fit it best.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Matches">Other members' issues, best first.</param>
/// <param name="Experts">Organisations, best first.</param>
public sealed record IssueView(LocalIssue Issue, IReadOnlyList<IssueMatch> Matches, IReadOnlyList<OrganisationMatch> Experts)
{
    /// <summary>Every term the issue shares with a match, to mark in its text.</summary>
    public IEnumerable<string> SharedTerms => Matches.SelectMany(m => m.Reasons.Terms).Concat(Experts.SelectMany(e => e.Reasons.Terms)).Select(t => t.Text);
}
