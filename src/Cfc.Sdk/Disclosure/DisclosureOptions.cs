using System.Globalization;

namespace Cfc.Sdk.Disclosure;

/// <summary>
/// Statistical disclosure control for counts in public output. CBS must apply disclosure control by
/// law and rounds many small-area counts to multiples of 5; its exact suppression threshold is not
/// public, so both numbers are settings.
/// </summary>
/// <remarks>
/// <para>
/// Settings under which a published mark identifies one true count are refused (by <see cref="DisclosureControl"/>
/// and when the host starts):
/// </para>
/// <list type="bullet">
/// <item><see cref="SuppressBelow"/> = 1: only 0 is suppressed, so a suppressed count is known to be 0.</item>
/// <item>
/// <see cref="RoundTo"/> = R ≥ 2 with <see cref="SuppressBelow"/> = T where T mod R = ⌈R/2⌉ − 1: the lowest shown
/// value, T rounded, stands for T alone (rounding half away from zero gives each shown multiple kR the true counts
/// kR − ⌊R/2⌋ to kR + ⌈R/2⌉ − 1, and only the top one of that range is T or more). For example T = 7, R = 5 shows
/// <c>5</c> only for a true 7, and T = 10, R = 2 shows <c>10</c> only for a true 10. Every other shown value stands
/// for at least two true counts (R of them above the lowest).
/// </item>
/// </list>
/// <para><see cref="RoundTo"/> = 1 turns rounding off on purpose: shown counts are then the true counts.</para>
/// </remarks>
public sealed class DisclosureOptions
{
    /// <summary>Counts below this number are suppressed (shown as unknown). 0 turns suppression off; 1 is refused. Default 10.</summary>
    public int SuppressBelow { get; set; } = 10;

    /// <summary>Counts that are shown are rounded (half away from zero) to a multiple of this number. 1 turns rounding off. Default 5.</summary>
    public int RoundTo { get; set; } = 5;

    /// <summary>Every problem of these settings, each a sentence naming the settings; none when they are valid.</summary>
    /// <param name="prefix">What to call the settings in the messages, e.g. <c>CfcSdkOptions.Disclosure</c>.</param>
    internal IEnumerable<string> Problems(string prefix)
    {
        var t = SuppressBelow;
        var r = RoundTo;
        if (t < 0)
        {
            yield return Invariant($"{prefix}.SuppressBelow must be 0 or more (0 turns suppression off), not {t}.");
        }

        if (r < 1)
        {
            yield return Invariant($"{prefix}.RoundTo must be 1 or more (1 turns rounding off), not {r}.");
        }

        if (t == 1)
        {
            yield return Invariant($"{prefix}.SuppressBelow=1 suppresses only 0, so a suppressed count reveals a true 0: use 0 (no suppression) or 2 or more.");
        }

        // (r - 1) / 2 is ⌈r/2⌉ − 1, the offset of the top count that rounds to a multiple of r.
        if (t >= 0 && r >= 2 && t % r == (r - 1) / 2)
        {
            var shown = Round(t, r);
            yield return Invariant(
                $"{prefix}.SuppressBelow={t} with {prefix}.RoundTo={r} pins a true value: the lowest shown count, {shown}, can only be a true {t}, since every other count that rounds to {shown} is below {t}. Use SuppressBelow={NextValidThreshold(t, r)}, or another RoundTo.");
        }
    }

    /// <summary>The smallest threshold above <paramref name="t"/> that is valid with rounding base <paramref name="r"/> (≥ 2).</summary>
    private static int NextValidThreshold(int t, int r)
    {
        var next = t + 1;
        while (next == 1 || next % r == (r - 1) / 2)
        {
            next++;
        }

        return next;
    }

    /// <summary>Rounds a non-negative count half away from zero to a multiple of <paramref name="roundTo"/>.</summary>
    internal static double Round(double value, int roundTo) => Math.Round(value / roundTo, MidpointRounding.AwayFromZero) * roundTo;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
