using System.Collections.Immutable;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Reports;
using NodaTime;

namespace Cfc.Sdk.Recognition;

/// <summary>
/// Everything a member's recognition dossier is judged from on a day (<see cref="On"/>): its programme, its indicator
/// reports with targets and assessments, the latest disaggregated tables of its indicators, its participation records
/// and its action points. <see cref="Readiness.Assess"/> works out the readiness from it.
/// </summary>
/// <remarks>
/// Immutable. Reports and tables are shown values only (after disclosure control), so nothing judged from them
/// reveals a suppressed figure. Participation records held after <see cref="On"/> and action points not yet
/// planned on it are kept but not counted.
/// </remarks>
public sealed class RecognitionEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="member">The member.</param>
    /// <param name="on">The day the dossier is judged on, in the member's zone.</param>
    /// <param name="programme">The member's programme.</param>
    /// <param name="reports">The member's indicator reports, assessed on <paramref name="on"/>.</param>
    /// <param name="breakdowns">The member's disaggregated tables, at most one per indicator (see <see cref="LatestBreakdowns"/>).</param>
    /// <param name="participation">The member's participation records.</param>
    /// <param name="actionPoints">The member's action points.</param>
    /// <exception cref="ArgumentNullException">An argument (or an item of a list) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value, or an item belongs to another member.</exception>
    public RecognitionEvidence(
        MemberCode member,
        LocalDate on,
        Programme programme,
        IEnumerable<IndicatorReport> reports,
        IEnumerable<DisclosedTable> breakdowns,
        IEnumerable<ParticipationRecord> participation,
        IEnumerable<ActionPoint> actionPoints)
    {
        if (member == default)
        {
            throw new ArgumentException("The evidence needs a member code.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(programme);
        Member = member;
        On = on;
        Programme = programme;
        Reports = Check(reports, r => r.Member, nameof(reports));
        Breakdowns = Check(breakdowns, t => t.Member, nameof(breakdowns));
        Participation = Check(participation, p => p.Member, nameof(participation));
        ActionPoints = Check(actionPoints, a => a.Member, nameof(actionPoints));
    }

    /// <summary>The member.</summary>
    public MemberCode Member { get; }

    /// <summary>The day the dossier is judged on, in the member's zone.</summary>
    public LocalDate On { get; }

    /// <summary>The member's programme; its history on <see cref="On"/> says which phases need participation.</summary>
    public Programme Programme { get; }

    /// <summary>The member's indicator reports, with targets and assessments as of <see cref="On"/>.</summary>
    public ImmutableArray<IndicatorReport> Reports { get; }

    /// <summary>The member's latest disaggregated tables, one per indicator at most.</summary>
    public ImmutableArray<DisclosedTable> Breakdowns { get; }

    /// <summary>The member's participation records.</summary>
    public ImmutableArray<ParticipationRecord> Participation { get; }

    /// <summary>The member's action points.</summary>
    public ImmutableArray<ActionPoint> ActionPoints { get; }

    /// <summary>
    /// Per indicator of <paramref name="catalogue"/> with figures broken down for <paramref name="member"/>: the table
    /// of the latest period that has a total and a breakdown, as disclosure control lets it be shown; in id order.
    /// </summary>
    /// <param name="ledger">The member's observations.</param>
    /// <param name="member">The member.</param>
    /// <param name="catalogue">The indicator catalogue.</param>
    /// <param name="disclosure">The disclosure control.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<DisclosedTable> LatestBreakdowns(ObservationLedger ledger, MemberCode member, IndicatorCatalogue catalogue, DisclosureControl disclosure)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(disclosure);
        var tables = ImmutableArray.CreateBuilder<DisclosedTable>();
        foreach (var id in ledger.Current.Where(o => o.Member == member && !o.Disaggregation.IsTotal).Select(o => o.Indicator).Distinct().Order())
        {
            if (!catalogue.TryGet(id, out var indicator))
            {
                continue;
            }

            var latest = ledger.Figures(member, id)
                .GroupBy(o => o.Period)
                .Where(g => g.Any(o => o.Disaggregation.IsTotal) && g.Any(o => !o.Disaggregation.IsTotal))
                .MaxBy(g => g.Key);
            if (latest is not null)
            {
                tables.Add(disclosure.DiscloseTable(indicator, latest));
            }
        }

        return tables.ToImmutable();
    }

    private ImmutableArray<T> Check<T>(IEnumerable<T> items, Func<T, MemberCode> memberOf, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var list = items.ToImmutableArray();
        foreach (var item in list)
        {
            ArgumentNullException.ThrowIfNull(item, paramName);
            if (memberOf(item) != Member)
            {
                throw new ArgumentException($"The evidence of {Member} holds only its own items, not one of {memberOf(item)}.", paramName);
            }
        }

        return list;
    }
}
