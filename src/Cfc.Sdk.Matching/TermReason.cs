namespace Cfc.Sdk.Matching;

/// <summary>A word or phrase the match shares with the query, as written in the matched text, and its share of the score.</summary>
/// <param name="Text">The word or phrase as written in the matched issue or profile (for a shared thesaurus concept, the words that express it there).</param>
/// <param name="Share">Its share of the match's score, from 0 to 1.</param>
/// <remarks>Two values are equal when both properties are equal.</remarks>
public readonly record struct TermReason(string Text, double Share);
