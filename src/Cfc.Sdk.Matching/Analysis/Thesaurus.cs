using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// A domain thesaurus: named concepts of Dutch child-rights vocabulary, each with the words and
/// phrases that express it (e.g. <c>armoede: armoede, minima, krappe beurs, schulden</c>). Two texts
/// that express the same concept in different words share the concept as a matching term.
/// </summary>
/// <remarks>
/// <para>
/// The text format, UTF-8, one entry a line: <c>concept: term, term, a phrase of words</c>. A concept
/// name is lower-case ASCII letters, digits and <c>-</c>; terms are Dutch words or phrases, matched
/// after the same analysis as the text (folding, stop words, stemming), so one inflection covers the
/// others. Lines starting with <c>#</c> and blank lines are ignored; several lines may name the same
/// concept. <see cref="Default"/> is the built-in thesaurus; users extend it with <see cref="Merge"/>.
/// </para>
/// <para>
/// Instances are immutable. Two thesauri are equal when they hold the same concepts with the same terms; the order of a
/// concept's terms is kept (for <see cref="ToString"/>) but, as it changes nothing in matching, does not count for equality.
/// </para>
/// <para>JSON writes the text format (<see cref="ToString"/>) as one string and reads it through <see cref="Parse"/>.</para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<Thesaurus>))]
public sealed class Thesaurus : IEquatable<Thesaurus>, IParsable<Thesaurus>
{
    private const string ResourceName = "Cfc.Sdk.Matching.thesaurus-nl.txt";

    private static readonly Lazy<Thesaurus> s_default = new(LoadDefault);

    private readonly SortedDictionary<string, ImmutableArray<string>> _concepts;

    private Thesaurus(SortedDictionary<string, ImmutableArray<string>> concepts) => _concepts = concepts;

    /// <summary>The built-in thesaurus of general Dutch child-rights vocabulary (poverty, school absence, bullying, play space, youth care, ...).</summary>
    public static Thesaurus Default => s_default.Value;

    /// <summary>A thesaurus without concepts.</summary>
    public static Thesaurus Empty { get; } = new(new SortedDictionary<string, ImmutableArray<string>>(StringComparer.Ordinal));

    /// <summary>The concept names, in ordinal order.</summary>
    public IReadOnlyCollection<string> Concepts => _concepts.Keys;

    /// <summary>The terms that express <paramref name="concept"/>, in the order they were given.</summary>
    /// <param name="concept">A concept name.</param>
    /// <returns>The terms; empty when the thesaurus has no such concept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> TermsOf(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _concepts.TryGetValue(concept, out var terms) ? terms : [];
    }

    /// <summary>Reads a thesaurus in the text format from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text to read.</param>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format; the message names the line.</exception>
    public static Thesaurus Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ParseLine(line, lineNumber, entries);
        }

        return FromEntries(entries);
    }

    /// <summary>Reads a thesaurus in the text format from a UTF-8 stream.</summary>
    /// <param name="stream">The stream to read; it is left open.</param>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static Thesaurus Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Load(reader);
    }

    /// <summary>Reads a thesaurus in the text format from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Thesaurus LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Parses a thesaurus from text in the text format.</summary>
    /// <param name="text">The entries, one a line.</param>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static Thesaurus Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Load(reader);
    }

    /// <summary>Parses a thesaurus from text in the text format; the format provider is not used.</summary>
    /// <param name="s">The entries, one a line.</param>
    /// <param name="provider">Not used: the format is culture-invariant.</param>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    static Thesaurus IParsable<Thesaurus>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a thesaurus from text in the text format; the format provider is not used.</summary>
    /// <param name="s">The entries, one a line.</param>
    /// <param name="provider">Not used: the format is culture-invariant.</param>
    /// <param name="result">The thesaurus, or <see langword="null"/> when the text is not in the format.</param>
    /// <returns>Whether the text is in the format.</returns>
    static bool IParsable<Thesaurus>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Thesaurus result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }

        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>This thesaurus with the concepts and terms of <paramref name="other"/> added; terms of a concept both name are united.</summary>
    /// <param name="other">The thesaurus to add.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public Thesaurus Merge(Thesaurus other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var entries = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var source in new[] { this, other })
        {
            foreach (var (concept, terms) in source._concepts)
            {
                if (!entries.TryGetValue(concept, out var list))
                {
                    entries[concept] = list = [];
                }

                list.AddRange(terms.Where(t => !list.Contains(t, StringComparer.Ordinal)));
            }
        }

        return FromEntries(entries);
    }

    /// <inheritdoc />
    public bool Equals(Thesaurus? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_concepts.Count == other._concepts.Count
                && _concepts.All(e => other._concepts.TryGetValue(e.Key, out var terms)
                    && terms.Length == e.Value.Length
                    && terms.All(t => e.Value.Contains(t, StringComparer.Ordinal)))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Thesaurus);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (concept, terms) in _concepts)
        {
            hash.Add(concept, StringComparer.Ordinal);
            hash.Add(terms.Length);
        }

        return hash.ToHashCode();
    }

    /// <summary>The thesaurus in its text format, one concept a line, which <see cref="Parse"/> reads back.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (concept, terms) in _concepts)
        {
            builder.Append(concept).Append(": ").AppendJoin(", ", terms).Append('\n');
        }

        return builder.ToString();
    }

    private static void ParseLine(string line, int lineNumber, SortedDictionary<string, List<string>> entries)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var concept = colon < 0 ? string.Empty : trimmed[..colon].Trim();
        if (concept.Length == 0 || !concept.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Thesaurus line {lineNumber}: expected 'concept: term, term, ...' with a concept name of lower-case ASCII letters, digits and '-'."));
        }

        if (!entries.TryGetValue(concept, out var terms))
        {
            entries[concept] = terms = [];
        }

        foreach (var part in trimmed[(colon + 1)..].Split(','))
        {
            var term = string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
            if (term.Length > 0 && !terms.Contains(term, StringComparer.Ordinal))
            {
                terms.Add(term);
            }
        }
    }

    private static Thesaurus FromEntries(SortedDictionary<string, List<string>> entries)
    {
        var concepts = new SortedDictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (concept, terms) in entries)
        {
            if (terms.Count > 0)
            {
                concepts[concept] = [.. terms];
            }
        }

        return new Thesaurus(concepts);
    }

    private static Thesaurus LoadDefault()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in thesaurus resource '{ResourceName}' is missing from {typeof(Thesaurus).Assembly.GetName().Name}.");
        return Load(stream);
    }

    internal static IEnumerable<string> ReadWordList(string resourceName)
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The built-in resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                words.AddRange(trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return words;
    }
}
