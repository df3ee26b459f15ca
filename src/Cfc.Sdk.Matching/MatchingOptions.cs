using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Matching;

/// <summary>
/// Settings of the matcher: the weights of fields and derived terms, the BM25 parameters, and the
/// thesaurus to use. The defaults are the tuned configuration; change them only with a labelled set to measure against.
/// </summary>
/// <remarks>
/// <see cref="IssueIndex"/> copies the numbers when it is created; changing the object afterwards has no effect on it.
/// <see cref="Validate"/> lists what is wrong; the index and <c>AddCfcMatching</c> reject invalid options.
/// </remarks>
public sealed class MatchingOptions
{
    /// <summary>Weight of a word of the title relative to a word of the text (1). Default 2.</summary>
    public double TitleWeight { get; set; } = 2.0;

    /// <summary>Weight of a theme, both as a shared tag and as words. Default 1.</summary>
    public double ThemeWeight { get; set; } = 1.0;

    /// <summary>Weight of a shared CRC article. Default 1.</summary>
    public double ArticleWeight { get; set; } = 1.0;

    /// <summary>Weight of a shared age group. Default 0.3.</summary>
    public double AgeGroupWeight { get; set; } = 0.3;

    /// <summary>Weight of a thesaurus concept relative to the word that expresses it. Default 1.</summary>
    public double ConceptWeight { get; set; } = 1.0;

    /// <summary>Weight of a compound's part relative to the compound. Default 0.6.</summary>
    public double CompoundPartWeight { get; set; } = 0.6;

    /// <summary>BM25 term-frequency saturation, greater than 0. Default 1.2.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation, 0 to 1. Default 0.5.</summary>
    public double B { get; set; } = 0.5;

    /// <summary>How many of a query's terms, the heaviest by idf and weight, are searched; 1 to 1000. Default 16.</summary>
    public int MaxQueryTerms { get; set; } = 16;

    /// <summary>
    /// Query terms held by more than this share of the issues are left out of the search (like MoreLikeThis' maximum
    /// document frequency): they say little about similarity and cost the most time. 0 to 1; 1 keeps every term. Default 0.2.
    /// </summary>
    public double MaxDocumentFrequency { get; set; } = 0.2;

    /// <summary>A term is never left out for <see cref="MaxDocumentFrequency"/> while at most this many issues hold it, so small indexes keep all terms. Default 100.</summary>
    public int MinDocumentFrequencyCut { get; set; } = 100;

    /// <summary>Whether the built-in thesaurus (<see cref="Thesaurus.Default"/>) is used. Default <see langword="true"/>.</summary>
    public bool UseBuiltInThesaurus { get; set; } = true;

    /// <summary>Paths of thesaurus files in the <see cref="Thesaurus"/> text format, merged with the built-in one.</summary>
    public IList<string> ThesaurusFiles { get; } = [];

    /// <summary>Thesaurus lines in the <see cref="Thesaurus"/> text format (<c>concept: term, term</c>), merged with the built-in one.</summary>
    public IList<string> ThesaurusEntries { get; } = [];

    /// <summary>Extra words the compound splitter may use as parts.</summary>
    public IList<string> CompoundParts { get; } = [];

    /// <summary>What is wrong with these options.</summary>
    /// <returns>One message per problem; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckWeight(errors, TitleWeight, nameof(TitleWeight));
        CheckWeight(errors, ThemeWeight, nameof(ThemeWeight));
        CheckWeight(errors, ArticleWeight, nameof(ArticleWeight));
        CheckWeight(errors, AgeGroupWeight, nameof(AgeGroupWeight));
        CheckWeight(errors, ConceptWeight, nameof(ConceptWeight));
        CheckWeight(errors, CompoundPartWeight, nameof(CompoundPartWeight));
        if (!double.IsFinite(K1) || K1 <= 0 || K1 > 100)
        {
            errors.Add($"{nameof(K1)} must be greater than 0 and at most 100; it is {K1}.");
        }

        if (!double.IsFinite(B) || B < 0 || B > 1)
        {
            errors.Add($"{nameof(B)} must be from 0 to 1; it is {B}.");
        }

        if (MaxQueryTerms is < 1 or > 1000)
        {
            errors.Add($"{nameof(MaxQueryTerms)} must be from 1 to 1000; it is {MaxQueryTerms}.");
        }

        if (!double.IsFinite(MaxDocumentFrequency) || MaxDocumentFrequency <= 0 || MaxDocumentFrequency > 1)
        {
            errors.Add($"{nameof(MaxDocumentFrequency)} must be greater than 0 and at most 1; it is {MaxDocumentFrequency}.");
        }

        if (MinDocumentFrequencyCut < 0)
        {
            errors.Add($"{nameof(MinDocumentFrequencyCut)} must not be negative; it is {MinDocumentFrequencyCut}.");
        }

        if (ThesaurusFiles.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(ThesaurusFiles)} holds a blank path.");
        }

        if (CompoundParts.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(CompoundParts)} holds a blank word.");
        }

        return errors;
    }

    /// <summary>The thesaurus these options describe: the built-in one (if used) merged with the files and entries.</summary>
    /// <returns>The thesaurus.</returns>
    /// <exception cref="FormatException">A file or entry is not in the thesaurus format.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public Thesaurus BuildThesaurus()
    {
        var thesaurus = UseBuiltInThesaurus ? Thesaurus.Default : Thesaurus.Empty;
        foreach (var path in ThesaurusFiles)
        {
            thesaurus = thesaurus.Merge(Thesaurus.LoadFile(path));
        }

        if (ThesaurusEntries.Count > 0)
        {
            thesaurus = thesaurus.Merge(Thesaurus.Parse(string.Join('\n', ThesaurusEntries)));
        }

        return thesaurus;
    }

    private static void CheckWeight(List<string> errors, double value, string name)
    {
        if (!double.IsFinite(value) || value < 0 || value > 100)
        {
            errors.Add($"{name} must be from 0 to 100; it is {value}.");
        }
    }
}
