using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// A concern an application or a country's network adds in configuration, as <see cref="CfcSdkOptions.Concerns"/> holds
/// it (<c>Cfc:Concerns:0:Code</c>, <c>Cfc:Concerns:0:Names:en</c>, <c>Cfc:Concerns:0:DefaultLanguage</c>); becomes a
/// <see cref="ConcernDefinition"/> when the host starts, and stops it with a message naming the setting when invalid.
/// </summary>
public sealed class ConcernSetting
{
    /// <summary>The concern's code, such as <c>Housing</c>: 1 to 64 ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>; not a built-in concern's.</summary>
    public string? Code { get; set; }

    /// <summary>The concern's name per BCP 47 language tag, such as <c>en</c> → <c>Housing</c>; at least one.</summary>
    public IDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The language of the name shown to readers whose language has none; one of <see cref="Names"/>' tags. Required with
    /// more than one name, since configuration does not keep the order names are written in.
    /// </summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>The definition this setting describes; adds every problem to <paramref name="failures"/>.</summary>
    /// <param name="key">The setting's configuration key, such as <c>Cfc:Concerns:0</c>, for the messages.</param>
    /// <param name="failures">Where problems go.</param>
    /// <returns>The definition; <see langword="null"/> when a problem was found.</returns>
    internal ConcernDefinition? Resolve(string key, ICollection<string> failures)
    {
        var count = failures.Count;
        if (!Concern.TryParse(Code, out var concern))
        {
            failures.Add($"{key}:Code: '{Code}' is not a concern's code: use 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit, such as 'Housing'.");
        }
        else if (concern.IsBuiltIn)
        {
            failures.Add($"{key}:Code: '{Code}' is a built-in concern, which has its names already; choose another code.");
        }

        if (Names.Count == 0)
        {
            failures.Add($"{key}:Names: give the concern's name in at least one language, such as {key}:Names:en.");
        }
        else if (Names.Count > 1 && string.IsNullOrWhiteSpace(DefaultLanguage))
        {
            failures.Add($"{key}:DefaultLanguage: with names in {Names.Count} languages, say which one readers of other languages see (one of {string.Join(", ", Names.Keys.Order(StringComparer.Ordinal))}).");
        }

        if (failures.Count > count)
        {
            return null;
        }

        try
        {
            return new ConcernDefinition(concern, new LocalizedText(Names, DefaultLanguage));
        }
        catch (ArgumentException e)
        {
            failures.Add($"{key}:{(e.ParamName == "defaultLanguage" ? "DefaultLanguage" : "Names")}: {e.Message}");
            return null;
        }
    }
}
