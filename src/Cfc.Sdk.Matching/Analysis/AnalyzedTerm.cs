namespace Cfc.Sdk.Matching.Analysis;

/// <summary>A term produced by <see cref="DutchTextAnalyzer.Analyze"/>: the indexed form and the text it came from.</summary>
/// <param name="Term">The indexed form: a stem, or <c>~concept</c> for a thesaurus concept.</param>
/// <param name="Kind">Where the term comes from.</param>
/// <param name="Surface">The word or phrase of the text that produced the term, as written.</param>
/// <remarks>Two values are equal when all three properties are equal (ordinal).</remarks>
public readonly record struct AnalyzedTerm(string Term, TermKind Kind, string Surface);
