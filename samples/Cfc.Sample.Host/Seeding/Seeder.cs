using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Seeding;

/// <summary>
/// Creates the <see cref="SeedMember"/>s and the rest of the <see cref="SeedNetwork"/> (organisations, the candidates'
/// figures, local issues) and <see cref="SeedWork"/> (practices, bottlenecks) on start, once the silo runs, unless <c>Cfc:Seed</c> is <see langword="false"/>.
/// Only what is missing is written: a profile or organisation that exists is kept, a member with a membership gets no
/// other, a programme that has transitions is left alone, a figure already recorded is not recorded again, a member
/// with issues gets none, so a second start changes nothing. Every seeded member joins the network
/// (<see cref="SeedNetwork.Joined"/>), so the members on a date and the home page list the same members.
/// </summary>
internal sealed partial class Seeder(
    IGrainFactory grains,
    IOptions<CfcHostingOptions> options,
    IConfiguration configuration,
    ILogger<Seeder> logger) : IHostedService
{
    /// <summary>The setting that turns seeding off.</summary>
    public const string Setting = "Cfc:Seed";

    /// <summary>Whether <paramref name="configuration"/> asks for seeding (the default).</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns><see langword="false"/> when <c>Cfc:Seed</c> is <c>false</c>.</returns>
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(Setting, defaultValue: true);

    /// <summary>Seeds what is missing; the host starts serving only after this.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when every seed member is stored.</returns>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled(configuration))
        {
            return;
        }

        var network = grains.Network(options);
        foreach (var seed in SeedMember.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SeedAsync(network, seed);
        }

        foreach (var organisation in SeedNetwork.Organisations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.Organisation(options, organisation.Id.Organisation!.Value);
            if (await grain.GetProfileAsync() is null)
            {
                await grain.SetProfileAsync(organisation);
                LogSeededOrganisation(organisation.Id, organisation.Name);
            }

            await JoinAsync(network, organisation.Id);
        }

        // Only while the network has numbered no practice or bottleneck: the numbers of a network that has any are its
        // own (an earlier release's keep theirs when converted), and the seeded ones never take a number the API gave.
        if (await Sequence(GoodPracticeGrains.Kind).LastAsync() == 0 && await Sequence(BottleneckGrains.Kind).LastAsync() == 0)
        {
            await SeedWorkAsync();
        }

        await SeedCalendarAsync(network);
    }

    /// <summary>Does nothing.</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(INetworkGrain network, SeedMember seed)
    {
        var grain = grains.GetGrain<IMunicipalityGrain>(seed.Code.ToString());
        if (await grain.GetProfileAsync() is null)
        {
            await grain.SetProfileAsync(options.Value.NetworkId, seed.Name);
            LogSeeded(seed.Code, seed.Name);
        }

        await JoinAsync(network, MemberId.For(seed.Code));

        if ((await grain.GetProgrammeAsync()).Transitions.IsEmpty)
        {
            try
            {
                foreach (var transition in seed.Transitions)
                {
                    await grain.TransitionAsync(transition);
                }
            }
            catch (ProgrammeRuleException e)
            {
                // Another silo of the cluster seeded the programme between the check and the transition.
                LogProgrammeKept(seed.Code, e.Message);
            }
        }

        if (seed.Transitions.Count > 0)
        {
            var ledger = await grain.GetLedgerAsync();
            foreach (var observation in SeedNetwork.ObservationsOf(seed.Code).Where(o => ledger.CurrentFor(o.Key) is null))
            {
                await grain.RecordAsync(observation);
            }
        }

        if (seed.Transitions.Count > 0)
        {
            var targets = await grain.GetTargetsAsync();
            foreach (var target in SeedNetwork.TargetsOf(seed.Code).Where(t => !targets.Any(s => s.Indicator == t.Indicator)))
            {
                await grain.SetTargetAsync(target);
            }
        }

        if ((await grain.GetIssuesAsync()).IsEmpty)
        {
            var today = await grain.TodayAsync();
            foreach (var issue in SeedNetwork.IssuesOf(seed.Code))
            {
                await grain.AddIssueAsync(issue.For(seed.Code, today));
            }
        }
    }

    // Each practice and bottleneck is imported under its own number, which stores it only when the number holds
    // nothing yet, and the numbers are then reserved: a start stopped before the schedule was set, or another silo
    // seeding at once, changes nothing.
    private async Task SeedWorkAsync()
    {
        var network = options.Value.NetworkId;
        for (var i = 0; i < SeedWork.Practices.Count; i++)
        {
            await grains.GetGoodPractice(network, i + 1).ImportAsync(SeedWork.Practices[i]);
        }

        await Sequence(GoodPracticeGrains.Kind).ReserveThroughAsync(SeedWork.Practices.Count);
        for (var i = 0; i < SeedWork.Bottlenecks.Count; i++)
        {
            await grains.GetBottleneck(network, i + 1).ImportAsync(SeedWork.Bottlenecks[i]);
        }

        await Sequence(BottleneckGrains.Kind).ReserveThroughAsync(SeedWork.Bottlenecks.Count);
    }

    private ISequenceGrain Sequence(string kind) => grains.GetGrain<ISequenceGrain>(NetworkKey.Of(options.Value.NetworkId, kind));

    // A member that has had a membership keeps its own history: one that left stays out.
    private static async Task JoinAsync(INetworkGrain network, MemberId member)
    {
        if ((await network.GetRegisterAsync()).MembershipsOf(member).Count == 0)
        {
            await network.JoinAsync(member, SeedNetwork.Joined);
        }
    }

    // The schedule marks the network's first start: it and the meeting are dated from that start and seeded once. The
    // schedule is set last, so a start stopped before it seeds them again, and the meeting is not added twice.
    private async Task SeedCalendarAsync(INetworkGrain network)
    {
        var newsletter = grains.Newsletter(options);
        if (await newsletter.GetScheduleAsync() is not null)
        {
            return;
        }

        var firstStart = await grains.GetGrain<IMunicipalityGrain>(MemberCode.DenHaag.ToString()).TodayAsync();
        if (!await SeededMeetingExistsAsync(firstStart))
        {
            var members = new List<Member>();
            foreach (var id in SeedNetwork.MeetingMembers)
            {
                var profile = id.Code is { } code
                    ? await grains.GetGrain<IMunicipalityGrain>(code.ToString()).GetProfileAsync()
                    : await grains.Organisation(options, id.Organisation!.Value).GetProfileAsync();
                members.Add(profile ?? throw new InvalidOperationException($"The seeded member {id} is missing."));
            }

            var meeting = SeedNetwork.MeetingFrom(firstStart, members[0], members.Skip(1));
            var number = await grains.CreateMeetingAsync(options.Value.NetworkId, meeting);
            LogSeededMeeting(number, meeting.StartInstant);
        }

        var schedule = SeedNetwork.ScheduleFrom(firstStart);
        await newsletter.SetScheduleAsync(schedule);
        LogSeededSchedule(schedule);
    }

    // The seeded meeting is filed under a day within SeedNetwork.MeetingDays of the first start, so only those days are read.
    private async Task<bool> SeededMeetingExistsAsync(LocalDate firstStart)
    {
        await foreach (var entry in grains.MeetingList(options.Value.NetworkId).ReadAsync(firstStart))
        {
            if (entry.Day > firstStart.PlusDays(SeedNetwork.MeetingDays))
            {
                return false;
            }

            if (entry.Title == SeedNetwork.MeetingTitle)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Code} {Name}.")]
    private partial void LogSeeded(MemberCode code, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the organisation {Id} {Name}.")]
    private partial void LogSeededOrganisation(MemberId id, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "The programme of {Code} was seeded meanwhile and is kept: {Reason}")]
    private partial void LogProgrammeKept(MemberCode code, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded network meeting {Id} at {Start}.")]
    private partial void LogSeededMeeting(int id, Instant start);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the newsletter schedule {Schedule}.")]
    private partial void LogSeededSchedule(NewsletterSchedule schedule);
}
