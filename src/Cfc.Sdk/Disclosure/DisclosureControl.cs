using Cfc.Sdk.Indicators;

namespace Cfc.Sdk.Disclosure;

/// <summary>
/// Applies statistical disclosure control to values before they are shown: counts below the threshold
/// are suppressed and the others rounded. Everything the SDK publishes about an indicator
/// (<see cref="Reports.IndicatorReport"/>) is derived from disclosed values only, so no derived value
/// (trend, projection, assessment) can reveal a suppressed count.
/// </summary>
public sealed class DisclosureControl
{
    /// <summary>Creates the control with the given settings.</summary>
    /// <param name="options">The threshold and rounding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or the rounding base below 1.</exception>
    public DisclosureControl(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.SuppressBelow, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RoundTo, 1, nameof(options));
        SuppressBelow = options.SuppressBelow;
        RoundTo = options.RoundTo;
    }

    /// <summary>Counts below this number are suppressed.</summary>
    public int SuppressBelow { get; }

    /// <summary>Shown counts are rounded to a multiple of this number.</summary>
    public int RoundTo { get; }

    /// <summary>The value of <paramref name="indicator"/> as it may be shown: counts are suppressed or rounded, other units pass unchanged.</summary>
    /// <param name="indicator">The indicator the value belongs to.</param>
    /// <param name="value">The true value.</param>
    /// <returns>The value to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    public DisclosedValue Disclose(Indicator indicator, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Unit != IndicatorUnit.Count)
        {
            return DisclosedValue.Shown(value);
        }

        return value < SuppressBelow
            ? DisclosedValue.Suppressed
            : DisclosedValue.Shown(Math.Round(value / RoundTo, MidpointRounding.AwayFromZero) * RoundTo);
    }
}
