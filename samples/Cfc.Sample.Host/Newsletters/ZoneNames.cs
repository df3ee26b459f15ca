using NodaTime;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>
/// The names the newsletter gives time zones, <c>Cfc:Newsletter:ZoneNames</c>: a meeting's time is written once per
/// zone of its participants, followed by the zone's name in words, such as <c>(Nederland)</c>.
/// </summary>
/// <remarks>
/// The built-in names cover the Netherlands, the Caribbean Netherlands and the neighbouring countries; a setting per
/// TZDB zone id adds a name or replaces one (<c>"Cfc:Newsletter:ZoneNames:America/Kralendijk": "Sint Eustatius"</c>).
/// A zone without a name is written as its id.
/// </remarks>
internal sealed class ZoneNames
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Newsletter:ZoneNames";

    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 100;

    private readonly Dictionary<string, string> _names;

    private ZoneNames(Dictionary<string, string> names) => _names = names;

    /// <summary>The built-in names, in Dutch: the newsletter's language.</summary>
    public static ZoneNames Default { get; } = new(new(StringComparer.Ordinal)
    {
        ["Europe/Amsterdam"] = "Nederland",
        ["America/Kralendijk"] = "Caribisch Nederland",
        ["Europe/Brussels"] = "België",
        ["Europe/Berlin"] = "Duitsland",
        ["Europe/Paris"] = "Frankrijk",
        ["Europe/Madrid"] = "Spanje",
        ["Europe/London"] = "Verenigd Koninkrijk",
    });

    /// <summary>The name of the zone <paramref name="zoneId"/>.</summary>
    /// <param name="zoneId">A TZDB zone id, such as <c>Europe/Amsterdam</c>.</param>
    /// <returns>Its name, such as <c>Nederland</c>; the id itself when the zone has none.</returns>
    public string Of(string zoneId) => _names.TryGetValue(zoneId, out var name) ? name : zoneId;

    /// <summary>Reads and checks the names: the built-in ones, with those set in <c>Cfc:Newsletter:ZoneNames</c> added or replacing them.</summary>
    /// <param name="configuration">The host's settings.</param>
    /// <returns>The names.</returns>
    /// <exception cref="InvalidOperationException">A setting names no TZDB zone, or its name is blank or too long; the message names each such setting.</exception>
    public static ZoneNames Read(IConfiguration configuration)
    {
        var names = new Dictionary<string, string>(Default._names, StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var setting in configuration.GetSection(SectionName).GetChildren())
        {
            var name = setting.Value?.Trim();
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(setting.Key) is null)
            {
                failures.Add($"{SectionName}:{setting.Key} names no TZDB time zone: the key is a zone id such as Europe/Amsterdam.");
            }
            else if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
            {
                failures.Add($"{SectionName}:{setting.Key} must be a name of 1 to {MaxNameLength} characters, such as \"Nederland\" (it is \"{setting.Value}\").");
            }
            else
            {
                names[setting.Key] = name;
            }
        }

        return failures.Count == 0 ? new(names) : throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", failures)}");
    }
}
