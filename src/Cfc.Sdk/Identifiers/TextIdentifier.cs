using System.Diagnostics.CodeAnalysis;

namespace Cfc.Sdk.Identifiers;

/// <summary>
/// The one rule of the SDK's text identifiers (an organisation's <see cref="Network.OrganisationId"/>, a local issue's
/// <c>IssueId</c> in Cfc.Sdk.Matching): 1 to <see cref="MaxLength"/> ASCII letters, digits, <c>-</c>, <c>_</c> and
/// <c>.</c>, starting with a letter or digit; equal, ordered and hashed by their text, ordinal and case-sensitive.
/// </summary>
/// <remarks>
/// Each identifier stays a type of its own (an issue id is never an organisation id) that holds its text and delegates
/// here. Cfc.Sdk.Matching reaches this type through <c>InternalsVisibleTo</c>: it depends on Cfc.Sdk already, so the rule
/// is compiled once, in one assembly, rather than linked as source into both.
/// </remarks>
internal static class TextIdentifier
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="text"/> is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !char.IsAsciiLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of a valid identifier, or the error that names what it is not.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="what">What the identifier identifies, such as <c>an organisation id</c>.</param>
    /// <returns><paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static string Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsValid(text)
            ? text
            : throw new FormatException($"'{text}' is not {what}: use 1 to {MaxLength} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.");
    }

    /// <summary>Whether two identifiers' texts are equal (ordinal; the default value's text is <see langword="null"/>).</summary>
    public static bool Equals(string? left, string? right) => string.Equals(left, right, StringComparison.Ordinal);

    /// <summary>The hash of an identifier's text; 0 for the default value.</summary>
    public static int GetHashCode(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);

    /// <summary>The ordinal order of two identifiers' texts; the default value sorts first.</summary>
    public static int Compare(string? left, string? right) => string.CompareOrdinal(left, right);
}
