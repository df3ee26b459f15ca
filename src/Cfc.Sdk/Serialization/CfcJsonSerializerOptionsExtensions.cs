using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Cfc.Sdk.Serialization;

/// <summary>The one JSON setup of the SDK: call it once on the options an application, a store or a host uses.</summary>
public static class CfcJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Configures <paramref name="options"/> so that every public type of the SDK (and of its matching package)
    /// round-trips: NodaTime values as their ISO text (zones by their TZDB id), enums as their names, the SDK's
    /// identifiers and periods as their text, also as dictionary keys.
    /// </summary>
    /// <remarks>
    /// The SDK's own types carry their converters, so this adds only what they take from the options: the NodaTime
    /// converters over <see cref="DateTimeZoneProviders.Tzdb"/> and enums by the name of one defined member (numbers and,
    /// except for flags enums, comma-separated lists are refused, so a stored value never silently means another member;
    /// an undefined value is not written). Call it before the options are
    /// first used; it returns the same instance for chaining.
    /// </remarks>
    /// <param name="options">The options to configure.</param>
    /// <returns><paramref name="options"/>, configured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (it has been used already).</exception>
    public static JsonSerializerOptions ConfigureForCfcSdk(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new EnumNameJsonConverterFactory());
        return options;
    }
}
