using System.Globalization;

namespace Cfc.Sdk.Targets;

/// <summary>Settings of a <see cref="Forecast"/>: how sure its interval is, and how far ahead it looks.</summary>
public sealed class ForecastOptions
{
    /// <summary>The confidence of the prediction interval, above 0 and below 1. Default 0.8 (80 %).</summary>
    public double Confidence { get; set; } = 0.8;

    /// <summary>
    /// How many years from the latest shown figure (and before the earliest) a forecast's dates may lie; a date beyond
    /// it is <see cref="ForecastStatus.BeyondHorizon"/>. From 1 to 100. Default 30.
    /// </summary>
    public int HorizonYears { get; set; } = 30;

    /// <summary>Every problem of these settings, each a sentence naming the setting; none when they are valid.</summary>
    /// <param name="prefix">What to call the settings in the messages, e.g. <c>CfcSdkOptions.Forecast</c>.</param>
    internal IEnumerable<string> Problems(string prefix)
    {
        if (!(Confidence is > 0 and < 1))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}.Confidence must be above 0 and below 1 (0.8 is 80 %), not {Confidence}.");
        }

        if (HorizonYears is < 1 or > 100)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}.HorizonYears must be from 1 to 100, not {HorizonYears}.");
        }
    }
}
