namespace Cfc.Sdk.Network;

/// <summary>The rule a refused succession breaks (see <see cref="SuccessionRuleException"/>).</summary>
/// <remarks>The default value, 0, names no rule.</remarks>
public enum SuccessionRule
{
    /// <summary>The succession's date is after today: a merger is recorded once it has taken place.</summary>
    InTheFuture = 1,

    /// <summary>The predecessor or the successor is not a registered member of the same network.</summary>
    NotRegistered,

    /// <summary>The predecessor's current membership began on or after the succession's date, so it cannot end the day before.</summary>
    BeforeMembership,
}
