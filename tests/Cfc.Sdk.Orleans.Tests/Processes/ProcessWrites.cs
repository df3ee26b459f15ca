using System.Collections.Concurrent;
using System.Collections.Immutable;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Processes;

/// <summary>
/// Writes to municipality grains that record what was acknowledged, and the check that all of it is stored: a
/// write counts only once its call returned, and a removal that was acknowledged must stay removed. A write whose
/// call failed may or may not have been applied (it may have been stored before the answer was lost).
/// </summary>
public sealed class ProcessWrites
{
    private static readonly LocalDate s_agreement = new(2023, 11, 30);
    private static readonly LocalDate s_analysis = new(2024, 3, 1);

    private readonly ConcurrentDictionary<IssueId, MemberCode> _added = new();
    private readonly ConcurrentDictionary<IssueId, MemberCode> _removalSent = new();
    private readonly ConcurrentDictionary<IssueId, MemberCode> _removed = new();
    private int _acknowledged;

    /// <summary>The municipalities written to.</summary>
    public ImmutableArray<MemberCode> Members { get; } =
        [.. Enumerable.Range(0, 12).Select(i => MemberCode.Parse($"GM{100 + i:0000}"))];

    /// <summary>How many writes were acknowledged so far.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Gives every municipality a profile, two programme transitions and an observation.</summary>
    public async Task SeedAsync(IGrainFactory grains)
    {
        await Task.WhenAll(Members.Select(async member =>
        {
            var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
            await grain.SetProfileAsync("nl", "Gemeente " + member);
            await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.Agreement, s_agreement));
            await grain.TransitionAsync(new PhaseTransition(ProgrammePhase.SituationAnalysis, s_analysis, "kick-off"));
            await grain.RecordAsync(Observation.Create(DutchIndicators.HomeSitters, member, ReportingPeriod.Parse("2022/2023"), 12));
        }));
    }

    /// <summary>
    /// Adds issues to every municipality, one writer each, and removes every third one again, until
    /// <paramref name="stop"/> is cancelled or a call fails (the silo is gone); failures end the writer quietly.
    /// </summary>
    public Task WriteUntilStoppedAsync(IGrainFactory grains, CancellationToken stop) =>
        Task.WhenAll(Members.Select(member => Task.Run(async () =>
        {
            var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var issue = Issue(member, n);
                try
                {
                    await grain.AddIssueAsync(issue);
                    _added[issue.Id] = member;
                    Interlocked.Increment(ref _acknowledged);
                    if (n % 3 == 2)
                    {
                        _removalSent[issue.Id] = member;
                        await grain.RemoveIssueAsync(issue.Id);
                        _removed[issue.Id] = member;
                        Interlocked.Increment(ref _acknowledged);
                    }
                }
#pragma warning disable CA1031 // Any failure means the silo went away: the writer stops, and what it was doing is not acknowledged.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return;
                }
            }
        }, CancellationToken.None)));

    /// <summary>Adds one issue to <paramref name="member"/> and records it once the call returned.</summary>
    public async Task AddIssueAsync(IGrainFactory grains, MemberCode member, int n)
    {
        var issue = Issue(member, n);
        await grains.GetGrain<IMunicipalityGrain>(member.ToString()).AddIssueAsync(issue);
        _added[issue.Id] = member;
        Interlocked.Increment(ref _acknowledged);
    }

    /// <summary>Asserts that every acknowledged write is stored: profiles, programmes, observations, issues and removals.</summary>
    public async Task AssertAllStoredAsync(IGrainFactory grains)
    {
        foreach (var member in Members)
        {
            var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
            Assert.Equal("Gemeente " + member, (await grain.GetProfileAsync())?.Name);
            var programme = await grain.GetProgrammeAsync();
            Assert.Equal([ProgrammePhase.Agreement, ProgrammePhase.SituationAnalysis], programme.Transitions.Select(t => t.Phase));
            Assert.Equal("kick-off", programme.Transitions[1].Note);
            Assert.Equal(12, Assert.Single((await grain.GetLedgerAsync()).Current).Value);

            var stored = (await grain.GetIssuesAsync()).Select(issue => issue.Id).ToHashSet();
            var expected = _added.Where(pair => pair.Value == member && !_removalSent.ContainsKey(pair.Key)).Select(pair => pair.Key).ToList();
            var lost = expected.Where(id => !stored.Contains(id)).ToList();
            Assert.True(lost.Count == 0, $"{member} lost acknowledged issues: {string.Join(", ", lost)}");
            var revived = _removed.Where(pair => pair.Value == member && stored.Contains(pair.Key)).Select(pair => pair.Key).ToList();
            Assert.True(revived.Count == 0, $"{member} has issues back whose removal was acknowledged: {string.Join(", ", revived)}");
        }
    }

    private static LocalIssue Issue(MemberCode member, int n) =>
        new(IssueId.Parse($"{member}-{n}"), member, $"Speelruimte {n}", "Kinderen missen een veilige plek om te spelen.", ["spelen"],
            [CrcArticle.Parse("31")], AgeGroups.Children, new LocalDate(2025, 9, 1));
}
