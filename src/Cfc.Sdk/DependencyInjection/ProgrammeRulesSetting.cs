using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// Which <see cref="Programmes.ProgrammeRules"/> are in force, as <see cref="CfcSdkOptions.ProgrammeRules"/> holds it:
/// rules given in code (any <see cref="Programmes.ProgrammeRules"/> converts to a setting), or a name from configuration
/// (a preset of <see cref="Programmes.ProgrammeRules.PresetNames"/>, or <see cref="CustomName"/> for
/// <see cref="CfcSdkOptions.CustomProgrammeRules"/>). A name is checked when the host starts.
/// </summary>
/// <remarks>
/// Configuration binds a setting from its text (<c>"ProgrammeRules": "Germany"</c>) through its type converter.
/// Immutable. Two settings are equal when they name the same preset (ignoring case) or hold equal rules.
/// </remarks>
[TypeConverter(typeof(ProgrammeRulesSettingTypeConverter))]
public sealed class ProgrammeRulesSetting : IEquatable<ProgrammeRulesSetting>
{
    /// <summary>The name that selects <see cref="CfcSdkOptions.CustomProgrammeRules"/>: <c>Custom</c>.</summary>
    public const string CustomName = "Custom";

    private ProgrammeRulesSetting(string? name, ProgrammeRules? rules)
    {
        Name = name;
        Rules = rules;
    }

    /// <summary>The default setting: the <c>Netherlands</c> preset.</summary>
    public static ProgrammeRulesSetting Default { get; } = new("Netherlands", null);

    /// <summary>The name from configuration, trimmed; <see langword="null"/> for rules given in code.</summary>
    public string? Name { get; }

    /// <summary>The rules given in code; <see langword="null"/> for a name.</summary>
    public ProgrammeRules? Rules { get; }

    /// <summary>A setting that names a preset or <see cref="CustomName"/>; the name is checked when the host starts.</summary>
    /// <param name="name">The name, e.g. <c>Germany</c>.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static ProgrammeRulesSetting Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name.Trim(), null);
    }

    /// <summary>A setting that holds rules given in code.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static ProgrammeRulesSetting FromProgrammeRules(ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(null, rules);
    }

    /// <summary>Rules given in code as a setting, so that <c>options.ProgrammeRules = ProgrammeRules.Spain</c> reads naturally.</summary>
    /// <param name="rules">The rules; <see langword="null"/> gives <see langword="null"/> (which fails validation at start).</param>
    [return: NotNullIfNotNull(nameof(rules))]
    public static implicit operator ProgrammeRulesSetting?(ProgrammeRules? rules) => rules is null ? null : new(null, rules);

    /// <inheritdoc />
    public bool Equals(ProgrammeRulesSetting? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Equals(Rules, other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeRulesSetting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name), Rules);

    /// <summary>The name, or the national committee of rules given in code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name ?? Rules!.NationalCommittee;

    /// <summary>The rules this setting selects, with the other settings they need; adds what is wrong to <paramref name="failures"/>.</summary>
    internal ProgrammeRules? Resolve(int? population, ProgrammeRulesDefinition? custom, ICollection<string> failures)
    {
        if (Rules is not null)
        {
            if (population is not null)
            {
                failures.Add("CfcSdkOptions.Population applies only to the Germany preset by name; with rules set in code, pass the population to ProgrammeRules.Germany.");
            }

            if (custom is not null)
            {
                failures.Add("CfcSdkOptions.CustomProgrammeRules is set but CfcSdkOptions.ProgrammeRules holds rules set in code; set one of them.");
            }

            return Rules;
        }

        if (string.Equals(Name, CustomName, StringComparison.OrdinalIgnoreCase))
        {
            if (population is not null)
            {
                failures.Add("CfcSdkOptions.Population applies only to the Germany preset, not to CustomProgrammeRules.");
            }

            if (custom is null)
            {
                failures.Add("CfcSdkOptions.ProgrammeRules is Custom but CfcSdkOptions.CustomProgrammeRules is not set.");
                return null;
            }

            return custom.Build(failures);
        }

        if (custom is not null)
        {
            failures.Add($"CfcSdkOptions.CustomProgrammeRules is set but CfcSdkOptions.ProgrammeRules is '{Name}'; set ProgrammeRules to {CustomName} to use the custom rules.");
        }

        // The preset checks its name and population itself; the failure names the setting that holds the wrong value.
        if (ProgrammeRules.FindPreset(Name!, population, out var problem, out var parameter) is { } rules)
        {
            return rules;
        }

        failures.Add(parameter == "population"
            ? $"CfcSdkOptions.Population: {problem}"
            : $"CfcSdkOptions.ProgrammeRules: {problem} Or set it to {CustomName} with CfcSdkOptions.CustomProgrammeRules.");
        return null;
    }

    /// <summary>Reads a setting from configuration text: the text is the name.</summary>
    private sealed class ProgrammeRulesSettingTypeConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is string name
                ? string.IsNullOrWhiteSpace(name) ? null : Named(name)
                : base.ConvertFrom(context, culture, value);
    }
}
