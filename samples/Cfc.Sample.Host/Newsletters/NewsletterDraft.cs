using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Issues;
using Cfc.Sample.Host.Meetings;
using Cfc.Sample.Host.Organisations;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>
/// The draft of the next edition:
/// <c>{"edition","since","until","meetings","practices","nationalBottlenecks","bottlenecks","issues","deadlines","openThemes","names"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The edition is the schedule's next date on or after today (Europe/Amsterdam); <c>since</c> is the last edition
/// published before it, or, when none was, the schedule's date before it; the edition on the schedule's anchor, its
/// first, starts its news on its own day, so that it tells nothing from before the newsletter began. The news is what
/// happened from <c>since</c> up to the day before the edition, so that each day is news in one edition: good practices
/// shared, bottlenecks put on the national agenda, bottlenecks signalled or escalated to any agenda, and local issues
/// opened then. The meetings are the planned ones starting from the edition date up to the day
/// before the edition after it (<c>until</c>), in each participant's local time; a cancelled meeting is not announced.
/// The deadlines are the municipalities whose programme, on the edition date, has a
/// renewal due or is overdue. The open themes are the network's theme proposals open for the members' youth panels to
/// vote on when the draft is made, newest first, with the votes so far. The issues are read from the network's
/// <c>issues</c> list (only the days of this edition's news) and the deadlines from its programme index, never from every
/// municipality.
/// </para>
/// </remarks>
/// <param name="Edition">The edition's date.</param>
/// <param name="Since">The previous edition's date: the first day of this edition's news.</param>
/// <param name="Until">The following edition's date: meetings before it are announced.</param>
/// <param name="Meetings">The meetings, by start.</param>
/// <param name="Practices">The new good practices, in the order they were shared.</param>
/// <param name="NationalBottlenecks">The bottlenecks put on the national agenda, in that order.</param>
/// <param name="Bottlenecks">The bottlenecks signalled or escalated, by their first step in the news, then by number.</param>
/// <param name="Issues">The new local issues, by date opened, each with its best matches.</param>
/// <param name="Deadlines">The programmes with a renewal due or overdue, in code order.</param>
/// <param name="OpenThemes">The theme proposals open for votes, newest first.</param>
/// <param name="Names">The names of the members that the issues' matches give by code, by code.</param>
internal sealed record NewsletterDraft(
    LocalDate Edition,
    LocalDate Since,
    LocalDate Until,
    IReadOnlyList<DraftMeeting> Meetings,
    IReadOnlyList<DraftPractice> Practices,
    IReadOnlyList<DraftBottleneck> NationalBottlenecks,
    IReadOnlyList<DraftBottleneckNews> Bottlenecks,
    IReadOnlyList<DraftIssue> Issues,
    IReadOnlyList<DraftDeadline> Deadlines,
    IReadOnlyList<DraftTheme> OpenThemes,
    IReadOnlyDictionary<string, string> Names)
{
    /// <summary>How many matching members' issues and organisations each new issue lists.</summary>
    public const int MatchesPerIssue = 3;

    /// <summary>The draft from the network's state, or <see langword="null"/> when no schedule is set.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="networkId">The network grain's key.</param>
    /// <param name="reader">
    /// The reader's language (<see cref="Matching.ReaderLanguage"/>) and the concept scheme that labels the matches' shared
    /// concepts in it; <see langword="null"/> for the labels in each new issue's language, as the edition sent by e-mail has them.
    /// </param>
    /// <returns>The draft.</returns>
    public static async Task<NewsletterDraft?> BuildAsync(IGrainFactory grains, string networkId, (ConceptScheme Scheme, string Language)? reader = null)
    {
        var network = grains.GetGrain<INetworkGrain>(networkId);
        var newsletter = grains.GetGrain<INewsletterGrain>(networkId);
        if (await newsletter.GetScheduleAsync() is not { } schedule || await newsletter.GetNextDateAsync() is not { } edition)
        {
            return null;
        }

        // The last edition sent, so that news of an edition that was not sent is not lost; without one, the
        // schedule's previous date, or for the first edition (on the anchor) its own day: no news from before it.
        var published = (await newsletter.GetEditionsAsync()).Where(d => d < edition).ToList();
        var since = published.Count > 0 ? published[^1] : schedule.PreviousIssueBefore(edition) ?? edition;
        var until = schedule.NextIssueAfter(edition);
        var members = (await network.GetMembersAsync()).ToDictionary(m => m.Id);
        string NameOf(MemberId id) => members.TryGetValue(id, out var member) ? member.Name : id.ToString();

        // The meetings' list files each meeting under its start's date in Europe/Amsterdam, the zone of the network's dates.
        var meetings = (await grains.ReadMeetingsAsync(networkId, edition, int.MaxValue, plannedOnly: true, before: until))
            .Select(m => DraftMeeting.From(m.Meeting, NameOf))
            .ToList();

        var practices = new List<DraftPractice>();
        foreach (var entry in await NewsAsync(grains.GoodPracticeList(networkId), since, edition))
        {
            if (EntityIds.Number(entry.Id) is { } number && await grains.GetGoodPractice(networkId, number).GetAsync() is { } p)
            {
                practices.Add(new DraftPractice(number, p.Member.ToString(), NameOf(p.Member), p.Title, p.SharedOn, p.GoalAreas, [.. p.Articles.Select(a => a.Number)]));
            }
        }

        var national = new List<DraftBottleneck>();
        foreach (var entry in await NewsAsync(grains.NationalBottleneckList(networkId), since, edition))
        {
            if (EntityIds.Number(entry.Id) is { } number && await grains.GetBottleneck(networkId, number).GetAsync() is { } b)
            {
                national.Add(DraftBottleneck.From(number, b, NameOf));
            }
        }

        var bottlenecks = await BottleneckNewsAsync(grains, networkId, since, edition, NameOf);

        var matching = grains.GetGrain<IMatchingGrain>(0);
        var (labels, language) = reader is { } asked ? (asked.Scheme, asked.Language) : (ConceptScheme.Empty, (string?)null);
        var issues = new List<DraftIssue>();
        await foreach (var entry in new EntityList(grains, networkId, IMunicipalityGrain.IssueList).ReadAsync(since))
        {
            if (entry.Day >= edition)
            {
                break;
            }

            var id = IssueId.Parse(entry.Id);
            var matches = await matching.MatchAsync(id, MatchesPerIssue);
            var experts = await matching.MatchOrganisationsAsync(id, MatchesPerIssue);
            issues.Add(new(entry.Id, entry.Member.ToString(), NameOf(entry.Member), entry.Title, entry.Day, [.. matches.Select(m => MatchResponse.From(m, labels, language))], [.. experts.Select(m => ExpertResponse.From(m, labels, language))]));
        }

        var deadlines = new List<DraftDeadline>();
        foreach (var entry in await grains.GetGrain<IProgrammeIndexGrain>(networkId).GetAsync())
        {
            var status = entry.Programme.StatusOn(edition);
            if ((status.RenewalDue || status.Overdue) && status.NextDeadline is { } deadline)
            {
                deadlines.Add(new(entry.Code.ToString(), entry.Name, status.Phase, deadline.Kind, deadline.On, status.Overdue));
            }
        }

        var themes = new List<DraftTheme>();
        await foreach (var entry in grains.ThemeProposalList(networkId).ReadAsync(newestFirst: true))
        {
            if (entry.Status == nameof(ThemeProposalStatus.Open) && EntityIds.Number(entry.Id) is { } number
                && await grains.GetThemeProposal(networkId, number).GetAsync() is { Status: ThemeProposalStatus.Open } proposal)
            {
                themes.Add(DraftTheme.From(number, proposal, NameOf));
            }
        }

        return new(
            edition,
            since,
            until,
            meetings,
            practices,
            national,
            bottlenecks,
            [.. issues.OrderBy(i => i.Opened).ThenBy(i => i.Id, StringComparer.Ordinal)],
            deadlines,
            themes,
            issues.SelectMany(i => i.Matches).Select(m => m.Member).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .ToDictionary(code => code, code => MemberId.TryParse(code, out var member) ? NameOf(member) : code, StringComparer.Ordinal));
    }

    // The bottlenecks with a step in the news: signalled then (the list filed by the day signalled) or escalated then
    // (filed under each escalation's day, and the national list, which also holds escalations stored before that list).
    private static async Task<List<DraftBottleneckNews>> BottleneckNewsAsync(IGrainFactory grains, string networkId, LocalDate since, LocalDate edition, Func<MemberId, string> nameOf)
    {
        var numbers = new SortedSet<int>();
        foreach (var list in (EntityList[])[grains.BottleneckList(networkId), grains.EscalatedBottleneckList(networkId), grains.NationalBottleneckList(networkId)])
        {
            foreach (var entry in await NewsAsync(list, since, edition))
            {
                if (EntityIds.Number(entry.Id) is { } number)
                {
                    numbers.Add(number);
                }
            }
        }

        var news = new List<DraftBottleneckNews>();
        foreach (var number in numbers)
        {
            if (await grains.GetBottleneck(networkId, number).GetAsync() is { } bottleneck
                && DraftBottleneckNews.From(number, bottleneck, since, edition, nameOf) is { } entry)
            {
                news.Add(entry);
            }
        }

        return [.. news.OrderBy(b => b.Steps[0].On).ThenBy(b => b.Id)];
    }

    // The entries filed from since up to the day before the edition: the list is read from since and left at the edition.
    private static async Task<List<ListEntry>> NewsAsync(EntityList list, LocalDate since, LocalDate edition)
    {
        var news = new List<ListEntry>();
        await foreach (var entry in list.ReadAsync(since))
        {
            if (entry.Day >= edition)
            {
                break;
            }

            news.Add(entry);
        }

        return news;
    }
}

/// <summary>A meeting in the draft: <c>{"title","kind","format","start","end","localTimes"}</c>.</summary>
/// <param name="Title">The title.</param>
/// <param name="Kind">Thematic or about a local issue.</param>
/// <param name="Format">Online or in person.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="LocalTimes">The organiser first, then the other participants by id, each in its own zone.</param>
internal sealed record DraftMeeting(string Title, MeetingKind Kind, MeetingFormat Format, Instant Start, Instant End, IReadOnlyList<LocalTimeResponse> LocalTimes)
{
    /// <summary>The draft's entry for <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The entry.</returns>
    public static DraftMeeting From(Meeting meeting, Func<MemberId, string> nameOf) => new(
        meeting.Title,
        meeting.Kind,
        meeting.Format,
        meeting.StartInstant,
        meeting.EndInstant,
        [.. meeting.LocalTimes().Select(t => LocalTimeResponse.From(t, nameOf))]);
}

/// <summary>A new good practice: <c>{"id","member","name","title","sharedOn","goalAreas","articles"}</c>.</summary>
/// <param name="Id">The practice's number.</param>
/// <param name="Member">The member that shared it.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Title">The title.</param>
/// <param name="SharedOn">The date it was shared.</param>
/// <param name="GoalAreas">The goal areas it serves.</param>
/// <param name="Articles">The CRC articles, by number.</param>
internal sealed record DraftPractice(int Id, string Member, string Name, string Title, LocalDate SharedOn, IReadOnlyList<GoalArea> GoalAreas, IReadOnlyList<int> Articles);

/// <summary>
/// A bottleneck put on the national agenda: <c>{"id","signalledBy","name","title","signalledOn","nationalOn","note","status"}</c>.
/// </summary>
/// <param name="Id">The bottleneck's number.</param>
/// <param name="SignalledBy">The member that signalled it.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Title">The title.</param>
/// <param name="SignalledOn">The date it was signalled.</param>
/// <param name="NationalOn">The date it was put on the national agenda.</param>
/// <param name="Note">The note of that step, such as the body that took it up; <see langword="null"/> for none.</param>
/// <param name="Status">Open, or Resolved when it was resolved since.</param>
internal sealed record DraftBottleneck(int Id, string SignalledBy, string Name, string Title, LocalDate SignalledOn, LocalDate NationalOn, string? Note, BottleneckStatus Status)
{
    /// <summary>The draft's entry for bottleneck <paramref name="id"/>, which is on the national agenda.</summary>
    /// <param name="id">The bottleneck's number.</param>
    /// <param name="bottleneck">The bottleneck.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The entry.</returns>
    public static DraftBottleneck From(int id, Bottleneck bottleneck, Func<MemberId, string> nameOf) => new(
        id,
        bottleneck.SignalledBy.ToString(),
        nameOf(bottleneck.SignalledBy),
        bottleneck.Title,
        bottleneck.SignalledOn,
        bottleneck.History[^1].On,
        bottleneck.History[^1].Note,
        bottleneck.Status);
}

/// <summary>
/// A bottleneck signalled or escalated in the edition's news: <c>{"id","signalledBy","name","title","level","status","steps"}</c>,
/// <c>steps</c> those of its history in the news, <c>[{"level","on","note"}]</c>, the first <c>Local</c> when it was signalled then.
/// </summary>
/// <param name="Id">The bottleneck's number.</param>
/// <param name="SignalledBy">The member that signalled it.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Title">The title.</param>
/// <param name="Level">The agenda it is on now.</param>
/// <param name="Status">Open, or Resolved when it was resolved since.</param>
/// <param name="Steps">Its steps in the news, oldest first; never empty.</param>
internal sealed record DraftBottleneckNews(int Id, string SignalledBy, string Name, string Title, EscalationLevel Level, BottleneckStatus Status, IReadOnlyList<DraftBottleneckStep> Steps)
{
    /// <summary>The draft's entry for bottleneck <paramref name="id"/>, when it has a step from <paramref name="since"/> up to the day before <paramref name="edition"/>.</summary>
    /// <param name="id">The bottleneck's number.</param>
    /// <param name="bottleneck">The bottleneck.</param>
    /// <param name="since">The first day of the news.</param>
    /// <param name="edition">The edition's date, the day after the news.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The entry; <see langword="null"/> when no step is in the news.</returns>
    public static DraftBottleneckNews? From(int id, Bottleneck bottleneck, LocalDate since, LocalDate edition, Func<MemberId, string> nameOf)
    {
        var steps = bottleneck.History.Where(s => s.On >= since && s.On < edition).Select(s => new DraftBottleneckStep(s.Level, s.On, s.Note)).ToList();
        return steps.Count == 0
            ? null
            : new(id, bottleneck.SignalledBy.ToString(), nameOf(bottleneck.SignalledBy), bottleneck.Title, bottleneck.Level, bottleneck.Status, steps);
    }
}

/// <summary>A step of a bottleneck in the news: <c>{"level","on","note"}</c>.</summary>
/// <param name="Level">The agenda it was put on: <c>Local</c> when it was signalled.</param>
/// <param name="On">The day.</param>
/// <param name="Note">The step's note, such as the body that took it up; <see langword="null"/> for none.</param>
internal sealed record DraftBottleneckStep(EscalationLevel Level, LocalDate On, string? Note);

/// <summary>A new local issue: <c>{"id","member","name","title","opened","matches","experts"}</c>.</summary>
/// <param name="Id">The issue's id.</param>
/// <param name="Member">The member facing it.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Title">The title.</param>
/// <param name="Opened">The date it was opened.</param>
/// <param name="Matches">Other members' most similar issues, best first (at most three).</param>
/// <param name="Experts">The organisations that fit it best, best first (at most three).</param>
internal sealed record DraftIssue(string Id, string Member, string Name, string Title, LocalDate Opened, IReadOnlyList<MatchResponse> Matches, IReadOnlyList<ExpertResponse> Experts);

/// <summary>A programme deadline on the edition date: <c>{"member","name","phase","kind","on","overdue"}</c>.</summary>
/// <param name="Member">The municipality's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phase">The programme's phase.</param>
/// <param name="Kind">What is due.</param>
/// <param name="On">When it is (or was) due.</param>
/// <param name="Overdue">Whether it is past.</param>
internal sealed record DraftDeadline(string Member, string Name, ProgrammePhase? Phase, ProgrammeDeadlineKind Kind, LocalDate On, bool Overdue);

/// <summary>
/// A theme proposal open for votes: <c>{"id","title","proposedBy","name","proposedOn","votes"}</c>, <c>proposedBy</c> and
/// <c>name</c> <see langword="null"/> when the coordinator proposed it; <c>votes</c> all the youth panels' votes so far.
/// </summary>
/// <param name="Id">The proposal's number, as in <c>/api/themes/{id}</c>.</param>
/// <param name="Title">The theme.</param>
/// <param name="ProposedBy">The proposing member's code; <see langword="null"/> for the coordinator.</param>
/// <param name="Name">The proposing member's name; <see langword="null"/> for the coordinator.</param>
/// <param name="ProposedOn">The day it was proposed.</param>
/// <param name="Votes">All votes cast so far.</param>
internal sealed record DraftTheme(int Id, string Title, string? ProposedBy, string? Name, LocalDate ProposedOn, int Votes)
{
    /// <summary>The draft's entry for proposal <paramref name="id"/>.</summary>
    /// <param name="id">The proposal's number.</param>
    /// <param name="proposal">The proposal, open.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The entry.</returns>
    public static DraftTheme From(int id, ThemeProposal proposal, Func<MemberId, string> nameOf) => new(
        id,
        proposal.Title,
        proposal.ProposedBy?.ToString(),
        proposal.ProposedBy is { } member ? nameOf(MemberId.For(member)) : null,
        proposal.ProposedOn,
        proposal.TotalVotes);
}
