namespace Cfc.Sdk.Matching.Analysis;

/// <summary>Where an analysed term comes from.</summary>
public enum TermKind
{
    /// <summary>The stem of a word of the text.</summary>
    Word = 0,

    /// <summary>The stem of a part of a compound word, e.g. <c>verzuim</c> in <c>schoolverzuim</c>.</summary>
    CompoundPart = 1,

    /// <summary>A thesaurus concept expressed by a word or phrase of the text, written <c>~concept</c>.</summary>
    Concept = 2,
}
