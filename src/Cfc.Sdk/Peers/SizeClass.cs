using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Peers;

/// <summary>
/// A band of municipalities by number of inhabitants, such as CBS's "gemeentegrootteklasse" 20,000 to 50,000:
/// from <see cref="From"/> inhabitants up to, not including, <see cref="Below"/>.
/// </summary>
/// <remarks>
/// Two classes are equal when their bounds are. <see cref="ToString"/> is invariant and round-trips through
/// <see cref="Parse"/>: <c>20000-50000</c>, or <c>250000+</c> for the open top class. The default value is the
/// class of every population (<c>0+</c>). JSON: the text, e.g. <c>"20000-50000"</c>.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<SizeClass>))]
public readonly record struct SizeClass : IParsable<SizeClass>
{
    /// <summary>Creates a class.</summary>
    /// <param name="from">The fewest inhabitants in the class; 0 or more.</param>
    /// <param name="below">The first number of inhabitants above the class; <see langword="null"/> for the open top class.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is negative, or <paramref name="below"/> is not above it.</exception>
    public SizeClass(int from, int? below)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        if (below is { } top && top <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(below), below, string.Create(CultureInfo.InvariantCulture, $"A size class ends above its start ({from})."));
        }

        From = from;
        Below = below;
    }

    /// <summary>The fewest inhabitants in the class.</summary>
    public int From { get; }

    /// <summary>The first number of inhabitants above the class; <see langword="null"/> for the open top class.</summary>
    public int? Below { get; }

    /// <summary>Whether a municipality of <paramref name="population"/> inhabitants is in the class.</summary>
    /// <param name="population">The number of inhabitants.</param>
    /// <returns><see langword="true"/> when it is at least <see cref="From"/> and below <see cref="Below"/>.</returns>
    public bool Contains(double population) => population >= From && (Below is not { } top || population < top);

    /// <summary>The class in invariant text: <c>20000-50000</c>, or <c>250000+</c> for the open top class.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Below is { } top ? string.Create(CultureInfo.InvariantCulture, $"{From}-{top}") : string.Create(CultureInfo.InvariantCulture, $"{From}+");

    /// <summary>Parses the text <see cref="ToString"/> writes.</summary>
    /// <param name="text">The text, e.g. <c>20000-50000</c> or <c>250000+</c>.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a class.</exception>
    public static SizeClass Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var sizeClass) ? sizeClass : throw new FormatException($"'{text}' is not a size class such as 20000-50000 or 250000+.");
    }

    /// <summary>Tries to parse the text <see cref="ToString"/> writes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sizeClass">The class, or the default value when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a class.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SizeClass sizeClass)
    {
        sizeClass = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        const NumberStyles digits = NumberStyles.None;
        if (text[^1] == '+')
        {
            if (!int.TryParse(text.AsSpan(0, text.Length - 1), digits, CultureInfo.InvariantCulture, out var open))
            {
                return false;
            }

            sizeClass = new SizeClass(open, null);
            return true;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !int.TryParse(text.AsSpan(0, dash), digits, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(text.AsSpan(dash + 1), digits, CultureInfo.InvariantCulture, out var below)
            || below <= from)
        {
            return false;
        }

        sizeClass = new SizeClass(from, below);
        return true;
    }

    /// <inheritdoc />
    static SizeClass IParsable<SizeClass>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<SizeClass>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SizeClass result) => TryParse(s, out result);
}
