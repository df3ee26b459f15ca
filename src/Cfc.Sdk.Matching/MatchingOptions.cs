using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Matching;

/// <summary>
/// Settings of the matcher: the weights of fields and derived terms, the BM25 parameters, the concepts
/// and the languages' analysis. The defaults are the tuned configuration; change them only with a labelled set to measure against.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="IssueIndex"/> copies the numbers when it is created; changing the object afterwards has no effect on it.
/// <see cref="Validate()"/> lists everything that is wrong at once; the index and <c>AddCfcMatching</c> reject invalid options.
/// </para>
/// <para>
/// The options round-trip through JSON (<c>System.Text.Json</c>): the lists are filled from the JSON's arrays.
/// Reading does not validate them: the index and <c>AddCfcMatching</c> do. <see cref="Languages"/> holds code, not data, and is not written.
/// </para>
/// </remarks>
[JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
public sealed class MatchingOptions
{
    /// <summary>The most feedback matches <see cref="FeedbackDocuments"/> may ask for.</summary>
    public const int MaxFeedbackDocuments = 10;

    /// <summary>The most terms <see cref="FeedbackTerms"/> may add.</summary>
    public const int MaxFeedbackTerms = 64;

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

    /// <summary>
    /// Weight of a common word of the field (<c>kinderen</c>, <c>ouders</c>, <c>jongeren</c>, ... and <see cref="CommonWords"/>)
    /// relative to another word (already low by its idf), 0 to 1. Whatever the weight, a match that shares nothing but common words (and age groups) is not proposed,
    /// so a common word is never a match's only reason. Default 0.7.
    /// </summary>
    public double CommonWordWeight { get; set; } = 0.7;

    /// <summary>
    /// The lowest score a match may have, 0 or more: matches with a lower score are not returned, so a query may return fewer
    /// than it asked for, or none. Scores are BM25 sums (shared words count about 1 to 3 each, rare ones more), so choose the
    /// minimum on your own data. Default 0: every match is returned.
    /// </summary>
    public double MinScore { get; set; }

    /// <summary>
    /// Pseudo-relevance feedback for issue matches: how many of the best matches of a first search lend their strongest terms to a
    /// second search, which reorders the matches the query's own terms find: a match that also shares the words of the query's
    /// nearest matches (words nobody wrote into the concept scheme) ranks higher. The feedback terms find no match of their own,
    /// so the matches, their reasons and their relevance stay those of the query's terms. 0 to 10; 0 switches feedback off. The
    /// feedback comes from the best matches in every language, whatever the languages asked for. It costs a second search per
    /// match (the package README says what it adds and costs). Default 0.
    /// </summary>
    public int FeedbackDocuments { get; set; }

    /// <summary>How many terms feedback adds to a query at most (<see cref="FeedbackDocuments"/>), 1 to 64. Default 8.</summary>
    public int FeedbackTerms { get; set; } = 8;

    /// <summary>
    /// The weight of a term added by feedback (<see cref="FeedbackDocuments"/>) relative to a query term of the same strength in the
    /// feedback matches, greater than 0 and at most 10. Default 0.3.
    /// </summary>
    public double FeedbackWeight { get; set; } = 0.3;

    /// <summary>Whether the built-in concept scheme (<see cref="ConceptScheme.Default"/>) is used. Default <see langword="true"/>.</summary>
    public bool UseBuiltInThesaurus { get; set; } = true;

    /// <summary>
    /// Paths of concept files in the <see cref="ConceptScheme"/> text format (labels per language, broader concepts, articles and
    /// goal areas; a thesaurus file of earlier releases is read as Dutch labels), merged with the built-in scheme. A relative path
    /// resolves against the application's base directory (<see cref="AppContext.BaseDirectory"/>, where the application's
    /// files are deployed), not against the process's current directory; an absolute path is used as given.
    /// </summary>
    public IList<string> ThesaurusFiles { get; } = [];

    /// <summary>
    /// Lines in the <see cref="ConceptScheme"/> text format (<c>concept: term, term</c> for Dutch labels,
    /// <c>concept@en: label, label</c> for another language, <c>concept/broader: concept</c>), merged with the built-in scheme.
    /// </summary>
    public IList<string> ThesaurusEntries { get; } = [];

    /// <summary>
    /// Extra words the compound splitter may use as parts (<c>padel</c> makes <c>padelbaan</c> <c>padel</c> + <c>baan</c>).
    /// A part passes its thesaurus concepts on to the compound (<c>padelvereniging</c> → <c>~sport-cultuur</c>), except a
    /// few built-in words that mean something else inside a compound (<c>baan</c>: <c>padelbaan</c> is no job) and the
    /// common words (<see cref="CommonWords"/>), which bring in no concept.
    /// </summary>
    public IList<string> CompoundParts { get; } = [];

    /// <summary>Extra common words of the field, in any language, beyond the built-in ones; see <see cref="CommonWordWeight"/>.</summary>
    public IList<string> CommonWords { get; } = [];

    /// <summary>
    /// Analyses that add a language to the built-in ones (nl, en, de, fr, es, pap) or replace the built-in analysis of
    /// theirs; see <see cref="LanguageAnalysis"/>. Not written to JSON.
    /// </summary>
    [JsonIgnore]
    public IList<LanguageAnalysis> Languages { get; } = [];

    /// <summary>
    /// Everything that is wrong with these options, all at once: numbers out of range, blank list entries, thesaurus files
    /// that do not exist or cannot be read, and thesaurus files and entries not in the format.
    /// </summary>
    /// <returns>One message per problem, culture-invariant; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate() => Validate(checkThesaurus: true);

    /// <summary>The problems of these options; without the thesaurus files and entries (not read) when <paramref name="checkThesaurus"/> is false.</summary>
    internal IReadOnlyList<string> Validate(bool checkThesaurus)
    {
        var errors = new List<string>();
        CheckRange(errors, TitleWeight, nameof(TitleWeight), 0, 100);
        CheckRange(errors, ThemeWeight, nameof(ThemeWeight), 0, 100);
        CheckRange(errors, ArticleWeight, nameof(ArticleWeight), 0, 100);
        CheckRange(errors, AgeGroupWeight, nameof(AgeGroupWeight), 0, 100);
        CheckRange(errors, ConceptWeight, nameof(ConceptWeight), 0, 100);
        CheckRange(errors, CompoundPartWeight, nameof(CompoundPartWeight), 0, 100);
        CheckRange(errors, CommonWordWeight, nameof(CommonWordWeight), 0, 1);
        if (!double.IsFinite(K1) || K1 <= 0 || K1 > 100)
        {
            errors.Add(Invariant($"{nameof(K1)} must be greater than 0 and at most 100; it is {K1}."));
        }

        CheckRange(errors, B, nameof(B), 0, 1);
        if (MaxQueryTerms is < 1 or > 1000)
        {
            errors.Add(Invariant($"{nameof(MaxQueryTerms)} must be from 1 to 1000; it is {MaxQueryTerms}."));
        }

        if (!double.IsFinite(MaxDocumentFrequency) || MaxDocumentFrequency <= 0 || MaxDocumentFrequency > 1)
        {
            errors.Add(Invariant($"{nameof(MaxDocumentFrequency)} must be greater than 0 and at most 1; it is {MaxDocumentFrequency}."));
        }

        if (MinDocumentFrequencyCut < 0)
        {
            errors.Add(Invariant($"{nameof(MinDocumentFrequencyCut)} must not be negative; it is {MinDocumentFrequencyCut}."));
        }

        if (FeedbackDocuments is < 0 or > MaxFeedbackDocuments)
        {
            errors.Add(Invariant($"{nameof(FeedbackDocuments)} must be from 0 to {MaxFeedbackDocuments}; it is {FeedbackDocuments}."));
        }

        if (FeedbackTerms is < 1 or > MaxFeedbackTerms)
        {
            errors.Add(Invariant($"{nameof(FeedbackTerms)} must be from 1 to {MaxFeedbackTerms}; it is {FeedbackTerms}."));
        }

        if (!double.IsFinite(FeedbackWeight) || FeedbackWeight <= 0 || FeedbackWeight > 10)
        {
            errors.Add(Invariant($"{nameof(FeedbackWeight)} must be greater than 0 and at most 10; it is {FeedbackWeight}."));
        }

        if (!double.IsFinite(MinScore) || MinScore < 0)
        {
            errors.Add(Invariant($"{nameof(MinScore)} must be 0 or more; it is {MinScore}."));
        }

        CheckBlanks(errors, ThesaurusFiles, nameof(ThesaurusFiles), "path");
        CheckBlanks(errors, CompoundParts, nameof(CompoundParts), "word");
        CheckBlanks(errors, CommonWords, nameof(CommonWords), "word");
        for (var i = 0; i < Languages.Count; i++)
        {
            if (Languages[i] is null)
            {
                errors.Add(Invariant($"{nameof(Languages)}[{i}] is null."));
            }
        }

        for (var i = 0; checkThesaurus && i < ThesaurusFiles.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(ThesaurusFiles[i]))
            {
                try
                {
                    LoadThesaurusFile(ThesaurusFiles[i]);
                }
                catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
                {
                    errors.Add(Invariant($"{nameof(ThesaurusFiles)}[{i}]: {e.Message}"));
                }
            }
        }

        for (var i = 0; checkThesaurus && i < ThesaurusEntries.Count; i++)
        {
            try
            {
                ConceptScheme.Parse(ThesaurusEntries[i] ?? string.Empty);
            }
            catch (FormatException e)
            {
                errors.Add(Invariant($"{nameof(ThesaurusEntries)}[{i}] '{ThesaurusEntries[i]}': {e.Message}"));
            }
        }

        return errors;
    }

    /// <summary>The concept scheme these options describe: the built-in one (if used) merged with the files and entries.</summary>
    /// <returns>The scheme.</returns>
    /// <exception cref="FormatException">A file or entry is not in the concept scheme format.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist; the message names the full path tried.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public ConceptScheme BuildConceptScheme()
    {
        var thesaurus = UseBuiltInThesaurus ? ConceptScheme.Default : ConceptScheme.Empty;
        foreach (var path in ThesaurusFiles)
        {
            thesaurus = thesaurus.Merge(LoadThesaurusFile(path));
        }

        if (ThesaurusEntries.Count > 0)
        {
            thesaurus = thesaurus.Merge(ConceptScheme.Parse(string.Join('\n', ThesaurusEntries)));
        }

        return thesaurus;
    }

    /// <summary>The analyzer these options describe; the shared <see cref="TextAnalyzer.Default"/> when they change nothing of it.</summary>
    internal TextAnalyzer CreateAnalyzer() =>
        UseBuiltInThesaurus && ThesaurusFiles.Count == 0 && ThesaurusEntries.Count == 0 && CompoundParts.Count == 0 && CommonWords.Count == 0 && Languages.Count == 0
            ? TextAnalyzer.Default
            : new TextAnalyzer(BuildConceptScheme(), Languages, CompoundParts, CommonWords);

    /// <summary>The full path a <see cref="ThesaurusFiles"/> entry names: a relative path resolved against <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <param name="path">The path as configured.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or not a valid path.</exception>
    public static string ResolveThesaurusPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetFullPath(path, AppContext.BaseDirectory);
    }

    private static ConceptScheme LoadThesaurusFile(string path)
    {
        var resolved = ResolveThesaurusPath(path);
        if (!File.Exists(resolved))
        {
            throw new FileNotFoundException(
                string.Equals(resolved, path, StringComparison.Ordinal)
                    ? $"The thesaurus file '{resolved}' does not exist."
                    : $"The thesaurus file '{resolved}' does not exist ('{path}' resolved against the application's base directory).",
                resolved);
        }

        return ConceptScheme.LoadFile(resolved);
    }

    private static void CheckRange(List<string> errors, double value, string name, double min, double max)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            errors.Add(Invariant($"{name} must be from {min} to {max}; it is {value}."));
        }
    }

    private static void CheckBlanks(List<string> errors, IList<string> values, string name, string what)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                errors.Add(Invariant($"{name}[{i}] is a blank {what}."));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
