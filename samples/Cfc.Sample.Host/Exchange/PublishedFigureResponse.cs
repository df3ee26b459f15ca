using Cfc.Sdk.Exchange;

namespace Cfc.Sample.Host.Exchange;

/// <summary>A published figure in the JSON form of <c>GET /api/indicators/data</c>.</summary>
/// <param name="Member">The member code.</param>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Disaggregation">The breakdown (<c>sex=female</c>); empty for the total.</param>
/// <param name="Period">The period (<c>2023/2024</c>).</param>
/// <param name="Value">The value as disclosure control shows it; <see langword="null"/> when it is not shown.</param>
/// <param name="Unit">What the value measures.</param>
/// <param name="Status">The status of the figure behind it: <c>Provisional</c>, <c>Final</c> or <c>Revised</c>.</param>
/// <param name="Confidential">Whether disclosure control suppressed the value.</param>
/// <param name="MissingAtSource">Whether the source gave no value.</param>
internal sealed record PublishedFigureResponse(
    string Member, string Indicator, string Disaggregation, string Period, double? Value, string Unit, string Status, bool Confidential, bool MissingAtSource)
{
    /// <summary>The response form of <paramref name="figure"/>.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The response.</returns>
    public static PublishedFigureResponse From(PublishedFigure figure) => new(
        figure.Member.ToString(), figure.Indicator.ToString(), figure.Disaggregation.ToString(), figure.Period.ToString(), figure.Value.Value,
        figure.Unit.ToString(), figure.Status.ToString(), figure.IsConfidential, figure.IsMissingAtSource);
}
