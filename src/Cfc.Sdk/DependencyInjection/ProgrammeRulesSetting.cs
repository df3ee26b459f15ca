using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// Which programme rules are in force, as <see cref="CfcSdkOptions.ProgrammeRules"/> holds it: rules given in code (any
/// <see cref="Programmes.ProgrammeRules"/> or <see cref="MemberProgrammeRules"/> converts to a setting), or a name from configuration
/// (a preset of <see cref="Programmes.ProgrammeRules.PresetNames"/>, or <see cref="CustomName"/> for
/// <see cref="CfcSdkOptions.CustomProgrammeRules"/>). A name is checked when the host starts. <c>Germany</c> selects
/// <see cref="MemberProgrammeRules.Germany"/>: each member's programme runs by its own population.
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

    private ProgrammeRulesSetting(string? name, MemberProgrammeRules? rules)
    {
        Name = name;
        MemberRules = rules;
    }

    /// <summary>The default setting: the <c>Netherlands</c> preset.</summary>
    public static ProgrammeRulesSetting Default { get; } = new("Netherlands", null);

    /// <summary>The name from configuration, trimmed; <see langword="null"/> for rules given in code.</summary>
    public string? Name { get; }

    /// <summary>The rules given in code, the same for every member; <see langword="null"/> for a name and for rules per member.</summary>
    public ProgrammeRules? Rules => MemberRules?.Rules;

    /// <summary>The rules given in code, fixed or per member (<see cref="MemberProgrammeRules.Germany"/>); <see langword="null"/> for a name.</summary>
    public MemberProgrammeRules? MemberRules { get; }

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
        return new(null, MemberProgrammeRules.Fixed(rules));
    }

    /// <summary>A setting that holds rules per member given in code, such as <see cref="MemberProgrammeRules.Germany"/>.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static ProgrammeRulesSetting FromMemberProgrammeRules(MemberProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(null, rules);
    }

    /// <summary>Rules per member given in code as a setting (<c>options.ProgrammeRules = MemberProgrammeRules.Germany</c>).</summary>
    /// <param name="rules">The rules; <see langword="null"/> gives <see langword="null"/> (which fails validation at start).</param>
    [return: NotNullIfNotNull(nameof(rules))]
    public static implicit operator ProgrammeRulesSetting?(MemberProgrammeRules? rules) => rules is null ? null : new(null, rules);

    /// <summary>Rules given in code as a setting, so that <c>options.ProgrammeRules = ProgrammeRules.Spain</c> reads naturally.</summary>
    /// <param name="rules">The rules; <see langword="null"/> gives <see langword="null"/> (which fails validation at start).</param>
    [return: NotNullIfNotNull(nameof(rules))]
    public static implicit operator ProgrammeRulesSetting?(ProgrammeRules? rules) => rules is null ? null : new(null, MemberProgrammeRules.Fixed(rules));

    /// <inheritdoc />
    public bool Equals(ProgrammeRulesSetting? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Equals(MemberRules, other.MemberRules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeRulesSetting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name), MemberRules);

    /// <summary>The name, or the national committee of rules given in code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name ?? MemberRules!.Name;

    /// <summary>The rules this setting selects, per member; adds what is wrong to <paramref name="failures"/>.</summary>
    internal MemberProgrammeRules? Resolve(int? population, ProgrammeRulesDefinition? custom, ICollection<string> failures)
    {
        if (population is not null)
        {
            // A host-wide population gave every member the duration of one municipality's size.
            failures.Add(
                "CfcSdkOptions.Population (Cfc:Population) is no longer a setting: a population is data on each member (Member.WithPopulation; "
                + "in the sample host PUT /api/municipalities/{code} with \"population\"), and the Germany preset works each member's duration out from its own. Remove the setting.");
        }

        if (MemberRules is not null)
        {
            if (custom is not null)
            {
                failures.Add("CfcSdkOptions.CustomProgrammeRules is set but CfcSdkOptions.ProgrammeRules holds rules set in code; set one of them.");
            }

            return MemberRules;
        }

        if (string.Equals(Name, CustomName, StringComparison.OrdinalIgnoreCase))
        {
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

        if (string.Equals(Name!.Trim(), MemberProgrammeRules.Germany.Name, StringComparison.OrdinalIgnoreCase))
        {
            return MemberProgrammeRules.Germany;
        }

        if (ProgrammeRules.FindPreset(Name!, null, out var problem, out _) is { } rules)
        {
            return rules;
        }

        failures.Add($"CfcSdkOptions.ProgrammeRules: {problem} Or set it to {CustomName} with CfcSdkOptions.CustomProgrammeRules.");
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
