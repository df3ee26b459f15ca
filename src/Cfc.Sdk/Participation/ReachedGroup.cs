using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Participation;

/// <summary>
/// A group of children a participation activity reached on purpose, because they are heard least: children with a
/// disability, in poverty, with a refugee background, in care, or any other group the network names.
/// </summary>
/// <remarks>
/// <para>
/// The list is open: besides the built-in groups (<see cref="BuiltIn"/>) any id of lowercase ASCII letters and digits in
/// words joined by single hyphens, starting with a letter, 1 to <see cref="MaxLength"/> characters (e.g. <c>young-carers</c>),
/// is a group. The id names a group, never a child.
/// </para>
/// <para>
/// Two groups are equal when their ids are equal (ordinal); they sort by id. The default value is not a group
/// (<see cref="ToString"/> returns an empty string; the types that hold a group refuse it). JSON writes the id.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ReachedGroup>))]
public readonly struct ReachedGroup : IEquatable<ReachedGroup>, IParsable<ReachedGroup>, IComparable<ReachedGroup>
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 40;

    private readonly string? _id;

    private ReachedGroup(string id) => _id = id;

    /// <summary>Children with a disability or chronic illness: <c>disability</c>.</summary>
    public static ReachedGroup Disability => new("disability");

    /// <summary>Children growing up in poverty: <c>poverty</c>.</summary>
    public static ReachedGroup Poverty => new("poverty");

    /// <summary>Children with a refugee or migration background: <c>refugee-background</c>.</summary>
    public static ReachedGroup RefugeeBackground => new("refugee-background");

    /// <summary>Children in care (youth care, foster care, residential care): <c>in-care</c>.</summary>
    public static ReachedGroup InCare => new("in-care");

    /// <summary>The built-in groups, in id order.</summary>
    public static IReadOnlyList<ReachedGroup> BuiltIn { get; } = [Disability, InCare, Poverty, RefugeeBackground];

    /// <summary>Whether this is one of the <see cref="BuiltIn"/> groups.</summary>
    public bool IsBuiltIn => BuiltIn.Contains(this);

    /// <summary>Parses a group id such as <c>poverty</c> or <c>young-carers</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a group id.</exception>
    public static ReachedGroup Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var group)
            ? group
            : throw new FormatException($"'{text}' is not a group: use 1 to {MaxLength} lowercase letters and digits in words joined by single hyphens, starting with a letter, e.g. 'in-care'.");
    }

    /// <summary>Tries to parse a group id.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="group">The group, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a group id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReachedGroup group)
    {
        group = IsValid(text) ? new ReachedGroup(text) : default;
        return group._id is not null;
    }

    private static bool IsValid([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !char.IsAsciiLetterLower(text[0]) || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var fits = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-');
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    static ReachedGroup IParsable<ReachedGroup>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ReachedGroup>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReachedGroup result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(ReachedGroup other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReachedGroup other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <inheritdoc />
    public int CompareTo(ReachedGroup other) => string.CompareOrdinal(_id, other._id);

    /// <summary>The group's id; an empty string for the default value.</summary>
    /// <returns>The id, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _id ?? string.Empty;

    /// <summary>Whether two groups are equal.</summary>
    public static bool operator ==(ReachedGroup left, ReachedGroup right) => left.Equals(right);

    /// <summary>Whether two groups differ.</summary>
    public static bool operator !=(ReachedGroup left, ReachedGroup right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(ReachedGroup left, ReachedGroup right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(ReachedGroup left, ReachedGroup right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(ReachedGroup left, ReachedGroup right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(ReachedGroup left, ReachedGroup right) => left.CompareTo(right) >= 0;
}
