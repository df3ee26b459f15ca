using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cfc.Sdk.Recognition;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// Which <see cref="Recognition.ReadinessRules"/> are in force, as <see cref="CfcSdkOptions.ReadinessRules"/> holds it:
/// rules given in code (any <see cref="Recognition.ReadinessRules"/> converts to a setting), or a name from
/// configuration (a preset of <see cref="Recognition.ReadinessRules.PresetNames"/>, or <see cref="CustomName"/> for
/// <see cref="CfcSdkOptions.CustomReadinessRules"/>). A name is checked when the host starts.
/// </summary>
/// <remarks>
/// Configuration binds a setting from its text (<c>"ReadinessRules": "Custom"</c>) through its type converter.
/// Immutable. Two settings are equal when they name the same preset (ignoring case) or hold equal rules.
/// </remarks>
[TypeConverter(typeof(ReadinessRulesSettingTypeConverter))]
public sealed class ReadinessRulesSetting : IEquatable<ReadinessRulesSetting>
{
    /// <summary>The name that selects <see cref="CfcSdkOptions.CustomReadinessRules"/>: <c>Custom</c>.</summary>
    public const string CustomName = "Custom";

    private ReadinessRulesSetting(string? name, ReadinessRules? rules)
    {
        Name = name;
        Rules = rules;
    }

    /// <summary>The default setting: the <c>Netherlands</c> preset.</summary>
    public static ReadinessRulesSetting Default { get; } = new("Netherlands", null);

    /// <summary>The name from configuration, trimmed; <see langword="null"/> for rules given in code.</summary>
    public string? Name { get; }

    /// <summary>The rules given in code; <see langword="null"/> for a name.</summary>
    public ReadinessRules? Rules { get; }

    /// <summary>A setting that names a preset or <see cref="CustomName"/>; the name is checked when the host starts.</summary>
    /// <param name="name">The name, e.g. <c>Netherlands</c>.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static ReadinessRulesSetting Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name.Trim(), null);
    }

    /// <summary>A setting that holds rules given in code.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static ReadinessRulesSetting FromReadinessRules(ReadinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(null, rules);
    }

    /// <summary>Rules given in code as a setting, so that <c>options.ReadinessRules = new ReadinessRules(…)</c> reads naturally.</summary>
    /// <param name="rules">The rules; <see langword="null"/> gives <see langword="null"/> (which fails validation at start).</param>
    [return: NotNullIfNotNull(nameof(rules))]
    public static implicit operator ReadinessRulesSetting?(ReadinessRules? rules) => rules is null ? null : new(null, rules);

    /// <inheritdoc />
    public bool Equals(ReadinessRulesSetting? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Equals(Rules, other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReadinessRulesSetting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name), Rules);

    /// <summary>The name, or the national committee of rules given in code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name ?? Rules!.NationalCommittee;

    /// <summary>The rules this setting selects; adds what is wrong to <paramref name="failures"/>.</summary>
    internal ReadinessRules? Resolve(ReadinessRulesDefinition? custom, ICollection<string> failures)
    {
        if (Rules is not null)
        {
            if (custom is not null)
            {
                failures.Add("CfcSdkOptions.CustomReadinessRules is set but CfcSdkOptions.ReadinessRules holds rules set in code; set one of them.");
            }

            return Rules;
        }

        if (string.Equals(Name, CustomName, StringComparison.OrdinalIgnoreCase))
        {
            if (custom is null)
            {
                failures.Add("CfcSdkOptions.ReadinessRules is Custom but CfcSdkOptions.CustomReadinessRules is not set.");
                return null;
            }

            return custom.Build(failures);
        }

        if (custom is not null)
        {
            failures.Add($"CfcSdkOptions.CustomReadinessRules is set but CfcSdkOptions.ReadinessRules is '{Name}'; set ReadinessRules to {CustomName} to use the custom rules.");
        }

        if (ReadinessRules.FindPreset(Name!) is { } rules)
        {
            return rules;
        }

        failures.Add($"CfcSdkOptions.ReadinessRules: '{Name}' is not a preset of readiness rules; use one of {string.Join(", ", ReadinessRules.PresetNames)}, or {CustomName} with CfcSdkOptions.CustomReadinessRules.");
        return null;
    }

    /// <summary>Reads a setting from configuration text: the text is the name.</summary>
    private sealed class ReadinessRulesSettingTypeConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is string name
                ? string.IsNullOrWhiteSpace(name) ? null : Named(name)
                : base.ConvertFrom(context, culture, value);
    }
}
