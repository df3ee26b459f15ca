namespace Cfc.Sdk.Indicators;

/// <summary>A dimension along which an indicator's figures may be broken down.</summary>
/// <remarks>The default value 0 is not a dimension.</remarks>
public enum DisaggregationDimension
{
    /// <summary>Age band, written <c>0-3</c>, <c>12-17</c> or <c>18+</c> (whole years, inclusive).</summary>
    AgeBand = 1,

    /// <summary>Sex, written <c>female</c>, <c>male</c> or <c>other</c>.</summary>
    Sex = 2,
}
