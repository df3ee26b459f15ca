using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>A term produced by <see cref="TextAnalyzer.Analyze"/>: the indexed form and the text it came from.</summary>
/// <remarks>
/// Two values are equal when all three properties are equal (ordinal). The default value has no term; it formats as the
/// empty string. JSON (property names follow the naming policy of the options in use; camelCase here): <c>{"term": "~armoede", "kind": "Concept", "surface": "krappe beurs"}</c>, validated on read;
/// the default value is not stored: writing it throws a <see cref="System.Text.Json.JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly record struct AnalyzedTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="term">The indexed form: a stem, or <c>~concept</c> for a thesaurus concept.</param>
    /// <param name="kind">Where the term comes from.</param>
    /// <param name="surface">The word or phrase of the text that produced the term, as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> or <paramref name="surface"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> or <paramref name="surface"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public AnalyzedTerm(string term, TermKind kind, string surface)
    {
        ArgumentException.ThrowIfNullOrEmpty(term);
        ArgumentException.ThrowIfNullOrEmpty(surface);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a term kind.");
        }

        Term = term;
        Kind = kind;
        Surface = surface;
    }

    /// <summary>The indexed form: a stem, or <c>~concept</c> for a thesaurus concept; <see langword="null"/> only for the default value.</summary>
    public string Term { get; }

    /// <summary>Where the term comes from.</summary>
    public TermKind Kind { get; }

    /// <summary>The word or phrase of the text that produced the term, as written; <see langword="null"/> only for the default value.</summary>
    public string Surface { get; }

    /// <summary>The term as text, for diagnostics.</summary>
    /// <returns>Text such as <c>~armoede (Concept) 'krappe beurs'</c>; the empty string for the default value.</returns>
    public override string ToString() => Term is null ? string.Empty : $"{Term} ({Kind}) '{Surface}'";

    private sealed class Stored
    {
        public required string Term { get; init; }

        public required TermKind Kind { get; init; }

        public required string Surface { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<AnalyzedTerm, Stored>
    {
        protected override AnalyzedTerm FromStored(Stored stored) => new(stored.Term, stored.Kind, stored.Surface);

        protected override Stored ToStored(AnalyzedTerm value) => value.Term is null
            ? throw new JsonException("The default AnalyzedTerm has no term; it is not stored, because it could not be read back.")
            : new() { Term = value.Term, Kind = value.Kind, Surface = value.Surface };
    }
}
