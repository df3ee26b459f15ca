using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>Round trips through the SDK's one JSON setup, with the default and with the web defaults.</summary>
internal static class JsonRoundTrip
{
    public static JsonSerializerOptions Default { get; } = new JsonSerializerOptions().ConfigureForCfcSdk();

    public static JsonSerializerOptions Web { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    /// <summary>
    /// Asserts that <paramref name="value"/> reads back equal through both option sets, and that writing it again gives
    /// the same JSON (so nothing is lost or added on the way); returns the web-form JSON.
    /// </summary>
    public static string AssertRoundTrips<T>(T value)
    {
        var web = string.Empty;
        foreach (var options in new[] { Default, Web })
        {
            var json = JsonSerializer.Serialize(value, options);
            var back = JsonSerializer.Deserialize<T>(json, options);

            Assert.Equal(value, back);
            Assert.Equal(json, JsonSerializer.Serialize(back, options));
            web = json;
        }

        return web;
    }

    /// <summary>Asserts that <paramref name="json"/> (web form) is refused as a <see cref="JsonException"/>; returns it.</summary>
    public static JsonException AssertRefused<T>(string json)
    {
        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json, Web));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        return refused;
    }

    /// <summary>Runs <paramref name="action"/> under nl-NL and under the invariant culture and asserts the same exception message.</summary>
    public static void AssertCultureInvariantMessage(Action action)
    {
        var dutch = MessageUnder("nl-NL", action);
        var invariant = MessageUnder(string.Empty, action);

        Assert.Equal(invariant, dutch);
    }

    private static string MessageUnder(string culture, Action action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Assert.ThrowsAny<Exception>(action).Message;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
