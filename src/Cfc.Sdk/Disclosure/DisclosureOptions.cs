namespace Cfc.Sdk.Disclosure;

/// <summary>
/// Statistical disclosure control for counts in public output. CBS must apply disclosure control by
/// law and rounds many small-area counts to multiples of 5; its exact suppression threshold is not
/// public, so both numbers are settings.
/// </summary>
public sealed class DisclosureOptions
{
    /// <summary>Counts below this number are suppressed (shown as unknown). 0 turns suppression off. Default 10.</summary>
    public int SuppressBelow { get; set; } = 10;

    /// <summary>Counts that are shown are rounded to a multiple of this number. 1 turns rounding off. Default 5.</summary>
    public int RoundTo { get; set; } = 5;
}
