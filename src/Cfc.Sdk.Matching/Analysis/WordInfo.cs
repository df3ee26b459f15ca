namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// Everything analysis knows about one distinct lower-case word, computed once and cached: whether it is
/// a stop word, its stem, the stems of its compound parts and the concepts it expresses, all
/// as term ids of the analyzer's term table.
/// </summary>
internal sealed class WordInfo
{
    public required string Lower { get; init; }

    public required bool IsStop { get; init; }

    public required int StemId { get; init; }

    public required int[] PartIds { get; init; }

    public required int[] ConceptIds { get; init; }

    /// <summary>Multi-word concept labels whose first word has this word's stem.</summary>
    public required Phrase[] PhraseStarts { get; init; }
}

/// <summary>A multi-word concept label: the stems of its words in order and the concept it expresses.</summary>
internal sealed record Phrase(int[] StemIds, int ConceptId);

/// <summary>A non-stop word of a text: where it is and what analysis knows about it.</summary>
internal readonly record struct Token(int Start, int Length, WordInfo Word);
