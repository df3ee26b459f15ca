using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The breakdown a figure applies to: the total (no breakdown), or a category on one or more
/// <see cref="DisaggregationDimension"/>s, such as age band <c>12-17</c> and sex <c>female</c>.
/// </summary>
/// <remarks>
/// <para>
/// Text form: <c>age=12-17;sex=female</c> with dimensions in the order age, sex; the total is the empty
/// string. Age bands are <c>N-M</c> (inclusive, N ≤ M) or <c>N+</c>, with ages 0 to 120; sexes are
/// <c>female</c>, <c>male</c> and <c>other</c>.
/// </para>
/// <para>
/// Two values are equal when they have the same category on every dimension. The default value is
/// <see cref="Total"/>. JSON writes the text form.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<Disaggregation>))]
public readonly struct Disaggregation : IEquatable<Disaggregation>, IParsable<Disaggregation>
{
    private const int MaxAge = 120;
    private static readonly string[] s_sexes = ["female", "male", "other"];

    private Disaggregation(string? ageBand, string? sex)
    {
        AgeBand = ageBand;
        Sex = sex;
    }

    /// <summary>The total: no breakdown.</summary>
    public static Disaggregation Total => default;

    /// <summary>The age band category, or <see langword="null"/> when the figure is not broken down by age.</summary>
    public string? AgeBand { get; }

    /// <summary>The sex category, or <see langword="null"/> when the figure is not broken down by sex.</summary>
    public string? Sex { get; }

    /// <summary>Whether this is the total (no breakdown).</summary>
    public bool IsTotal => AgeBand is null && Sex is null;

    /// <summary>The dimensions this breakdown uses, in the order age band, sex.</summary>
    public IEnumerable<DisaggregationDimension> Dimensions
    {
        get
        {
            if (AgeBand is not null)
            {
                yield return DisaggregationDimension.AgeBand;
            }

            if (Sex is not null)
            {
                yield return DisaggregationDimension.Sex;
            }
        }
    }

    /// <summary>Creates a breakdown by age band and/or sex.</summary>
    /// <param name="ageBand">An age band such as <c>12-17</c> or <c>18+</c>, or <see langword="null"/>.</param>
    /// <param name="sex"><c>female</c>, <c>male</c>, <c>other</c>, or <see langword="null"/>.</param>
    /// <returns>The breakdown; <see cref="Total"/> when both are <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">A category is not valid for its dimension.</exception>
    public static Disaggregation Create(string? ageBand = null, string? sex = null)
    {
        if (ageBand is not null && !IsAgeBand(ageBand))
        {
            throw new ArgumentException($"'{ageBand}' is not an age band: expected 'N-M' (N ≤ M) or 'N+', with ages 0 to {MaxAge}.", nameof(ageBand));
        }

        if (sex is not null && !s_sexes.Contains(sex, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{sex}' is not a sex category: expected one of {string.Join(", ", s_sexes)}.", nameof(sex));
        }

        return new Disaggregation(ageBand, sex);
    }

    /// <summary>Parses the text form, e.g. <c>age=12-17;sex=female</c>; the empty string is the total.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid breakdown.</exception>
    public static Disaggregation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a breakdown: expected 'age=12-17', 'sex=female' or 'age=12-17;sex=female' (empty for the total).");
    }

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The breakdown, or <see cref="Total"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Disaggregation value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        string? age = null, sex = null;
        foreach (var part in text.Split(';'))
        {
            var pair = part.Split('=');
            if (pair.Length != 2)
            {
                return false;
            }

            switch (pair[0])
            {
                case "age" when age is null && sex is null && IsAgeBand(pair[1]):
                    age = pair[1];
                    break;
                case "sex" when sex is null && s_sexes.Contains(pair[1], StringComparer.Ordinal):
                    sex = pair[1];
                    break;
                default:
                    return false;
            }
        }

        value = new Disaggregation(age, sex);
        return true;
    }

    private static bool IsAgeBand(string text)
    {
        if (text.EndsWith('+'))
        {
            return TryAge(text.AsSpan(0, text.Length - 1), out _);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && TryAge(text.AsSpan(0, dash), out var from)
            && TryAge(text.AsSpan(dash + 1), out var to)
            && from <= to;
    }

    private static bool TryAge(ReadOnlySpan<char> digits, out int age) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= MaxAge
        && digits.Length == age.ToString(CultureInfo.InvariantCulture).Length;

    /// <inheritdoc />
    static Disaggregation IParsable<Disaggregation>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Disaggregation>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Disaggregation result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(Disaggregation other) =>
        string.Equals(AgeBand, other.AgeBand, StringComparison.Ordinal) && string.Equals(Sex, other.Sex, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Disaggregation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AgeBand, Sex);

    /// <summary>The text form, e.g. <c>age=12-17;sex=female</c>; the empty string for the total.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => (AgeBand, Sex) switch
    {
        (null, null) => string.Empty,
        (not null, null) => $"age={AgeBand}",
        (null, not null) => $"sex={Sex}",
        _ => $"age={AgeBand};sex={Sex}",
    };

    /// <summary>Whether two breakdowns are equal.</summary>
    public static bool operator ==(Disaggregation left, Disaggregation right) => left.Equals(right);

    /// <summary>Whether two breakdowns differ.</summary>
    public static bool operator !=(Disaggregation left, Disaggregation right) => !left.Equals(right);
}
