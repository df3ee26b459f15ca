using Cfc.Sample.Host.Indicators;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.ActionPlans;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using NodaTime;

namespace Cfc.Sample.Host.Recognition;

/// <summary>
/// Gathers a member's recognition evidence in one place, for the readiness route, the dossier page and the check of a
/// transition to <see cref="ProgrammePhase.Recognised"/>: the programme, targets and observations from the
/// municipality's grain, the reports through <see cref="MemberReports"/> and disclosure control, the participation
/// records and action points from their grains through the member's lists.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="network">The network the member belongs to.</param>
/// <param name="catalogue">The indicator catalogue.</param>
/// <param name="disclosure">Disclosure control, as the API applies it.</param>
/// <param name="rules">The committee's readiness rules.</param>
internal sealed class RecognitionDossier(IGrainFactory grains, string network, IndicatorCatalogue catalogue, DisclosureControl disclosure, ReadinessRules rules)
{
    /// <summary>The committee's readiness rules.</summary>
    public ReadinessRules Rules => rules;

    /// <summary>The member's evidence on <paramref name="on"/>.</summary>
    /// <param name="grain">The member's grain.</param>
    /// <param name="member">The member.</param>
    /// <param name="on">The day, in the member's zone.</param>
    /// <returns>The evidence.</returns>
    public async Task<RecognitionEvidence> EvidenceAsync(IMunicipalityGrain grain, MemberCode member, LocalDate on)
    {
        var programme = await grain.GetProgrammeAsync();
        var ledger = await grain.GetLedgerAsync();
        var reports = MemberReports.Of(ledger, member, catalogue, disclosure, on, await grain.GetTargetsAsync());
        var breakdowns = RecognitionEvidence.LatestBreakdowns(ledger, member, catalogue, disclosure);
        var participation = await ReadAsync<ParticipationRecord>(
            grains.MemberParticipationList(network, member), number => grains.GetParticipation(network, number).GetAsync());
        var actionPoints = await ReadAsync<ActionPoint>(
            grains.MemberActionPointList(network, member), number => grains.GetActionPoint(network, number).GetAsync());
        return new(member, on, programme, reports, breakdowns, participation, actionPoints);
    }

    /// <summary>The member's readiness on <paramref name="on"/>.</summary>
    /// <param name="grain">The member's grain.</param>
    /// <param name="member">The member.</param>
    /// <param name="on">The day, in the member's zone.</param>
    /// <returns>The readiness and the evidence it was worked out from.</returns>
    public async Task<(Readiness Readiness, RecognitionEvidence Evidence)> ReadinessAsync(IMunicipalityGrain grain, MemberCode member, LocalDate on)
    {
        var evidence = await EvidenceAsync(grain, member, on);
        return (Readiness.Assess(evidence, rules), evidence);
    }

    /// <summary>
    /// Refuses a recognition whose dossier is not ready on its date, unless it carries an override or the rules do not
    /// ask for a ready dossier. A transition the programme's rules refuse anyway is left to them, so that it is
    /// refused for that rule (the fixed contract's 409 names it).
    /// </summary>
    /// <param name="grain">The member's grain.</param>
    /// <param name="member">The member.</param>
    /// <param name="transition">The transition asked for.</param>
    /// <returns>A task that completes when the transition may go ahead.</returns>
    /// <exception cref="DossierNotReadyException">The dossier is not ready and there is no override.</exception>
    public async Task CheckAsync(IMunicipalityGrain grain, MemberCode member, PhaseTransition transition)
    {
        if (transition.Phase != ProgrammePhase.Recognised || transition.Override is not null || !rules.RecognitionNeedsReadyDossier)
        {
            return;
        }

        var programme = await grain.GetProgrammeAsync();
        if (!programme.CanTransition(transition, await grain.TodayAsync(), out _))
        {
            return;
        }

        var (readiness, _) = await ReadinessAsync(grain, member, transition.On);
        if (!readiness.Ready)
        {
            throw new DossierNotReadyException(readiness);
        }
    }

    // Every entry of the member's list: the domain counts only what was there on the day.
    private static async Task<List<T>> ReadAsync<T>(EntityList list, Func<int, Task<T?>> read)
        where T : class
    {
        var items = new List<T>();
        await foreach (var entry in list.ReadAsync())
        {
            if (int.TryParse(entry.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && await read(number) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }
}
