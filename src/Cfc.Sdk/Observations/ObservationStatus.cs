namespace Cfc.Sdk.Observations;

/// <summary>
/// How settled a published figure is. Statistics offices publish provisional figures first, then
/// final ones, and may revise a final figure later.
/// </summary>
/// <remarks>The values are ordered: a later status supersedes an earlier one. The default value 0 is not a status.</remarks>
public enum ObservationStatus
{
    /// <summary>A provisional figure, expected to be replaced.</summary>
    Provisional = 1,

    /// <summary>A final figure.</summary>
    Final = 2,

    /// <summary>A revision of a final figure.</summary>
    Revised = 3,
}
