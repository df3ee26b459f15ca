using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Benchmarks.Corpus;

/// <summary>
/// A seeded generator of local issues in Dutch, English, German, French and Spanish, a fifth each, for speed and size
/// measurements of a worldwide network. Each language's issues are written as <see cref="SyntheticCorpus"/> writes the
/// Dutch ones, with that language's vocabulary: topics whose field words are the built-in concept scheme's labels in the
/// language plus 60 topic-specific compounds (two-word terms in English, French and Spanish), a Zipf-distributed general
/// vocabulary with its function words, inflections and place names, so the vocabulary keeps growing with the corpus.
/// Each issue states its language and belongs to one of 68 members of its country. The same seed and size always give
/// the same corpus.
/// </summary>
public static class MultilingualCorpus
{
    private const int MembersPerLanguage = 68;

    private static readonly Lazy<Topic[][]> s_topics = new(BuildTopics);

    /// <summary>Generates <paramref name="count"/> issues, ids <c>w000000</c> onwards.</summary>
    public static IReadOnlyList<LocalIssue> Generate(int count, int seed = 20261206)
    {
        var random = new Random(seed);
        var languages = CorpusLanguage.All;
        var topics = s_topics.Value;
        var zipf = languages.Select(l => SyntheticCorpus.BuildZipf(l.General.Length)).ToArray();
        var members = languages.Select(l => Enumerable.Range(0, MembersPerLanguage).Select(l.Member).ToArray()).ToArray();
        var issues = new LocalIssue[count];
        for (var i = 0; i < count; i++)
        {
            var l = random.Next(languages.Count);
            var language = languages[l];
            var topic = topics[l][random.Next(topics[l].Length)];
            var second = random.NextDouble() < 0.25 ? topics[l][random.Next(topics[l].Length)] : topic;
            var title = Sentence(random, language, zipf[l], topic.Words, second.Words, random.Next(3, 7), topicShare: 0.6);
            var text = new System.Text.StringBuilder();
            for (var s = random.Next(2, 4); s > 0; s--)
            {
                text.Append(Sentence(random, language, zipf[l], topic.Words, second.Words, random.Next(8, 16), topicShare: 0.35)).Append(". ");
            }

            var themes = random.NextDouble() < 0.5 ? new[] { topic.Theme, second.Theme }.Distinct().ToArray() : null;
            var articles = random.NextDouble() < 0.4 ? topic.Articles.Take(random.Next(1, topic.Articles.Count + 1)).ToArray() : null;
            issues[i] = new LocalIssue(
                IssueId.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"w{i:D6}")),
                members[l][random.Next(MembersPerLanguage)],
                SyntheticCorpus.Capitalise(title),
                text.ToString().TrimEnd(),
                themes,
                articles,
                (AgeGroups)random.Next(0, 16),
                language: language.Tag);
        }

        return issues;
    }

    // Per language, a topic per concept of the built-in scheme: its labels in the language (the theme is the preferred
    // one) and its CRC articles, plus 60 topic-specific compounds drawn by a generator of its own.
    private static Topic[][] BuildTopics()
    {
        var scheme = ConceptScheme.Default;
        return CorpusLanguage.All.Select(language =>
        {
            var random = new Random(4242);
            return scheme.Concepts.Select(concept =>
            {
                var words = scheme.LabelsOf(concept, language.Tag).ToList();
                var theme = words.Count > 0 ? words[0].ToLowerInvariant() : concept.Replace('-', ' ');
                for (var c = 0; c < 60; c++)
                {
                    words.Add(language.Compound(random, inflect: c % 3 == 0));
                }

                var articles = scheme.ArticlesOf(concept);
                return new Topic(theme, articles.Count > 0 ? articles : [CrcArticle.FromNumber(3)], [.. words]);
            }).ToArray();
        }).ToArray();
    }

    private static string Sentence(Random random, CorpusLanguage language, double[] zipf, string[] topicWords, string[] secondWords, int length, double topicShare)
    {
        var words = new string[length];
        for (var w = 0; w < length; w++)
        {
            var roll = random.NextDouble();
            words[w] = roll < topicShare * 0.75 ? topicWords[SyntheticCorpus.ZipfIndex(random, topicWords.Length)]
                : roll < topicShare ? secondWords[SyntheticCorpus.ZipfIndex(random, secondWords.Length)]
                : roll < topicShare + 0.08 ? language.Compound(random, inflect: random.NextDouble() < 0.3)
                : roll < topicShare + 0.10 ? PlaceName(random, language)
                : roll < topicShare + 0.16 ? General(random, language, zipf) + language.Suffixes[random.Next(language.Suffixes.Length)]
                : General(random, language, zipf);
        }

        return string.Join(' ', words);
    }

    private static string General(Random random, CorpusLanguage language, double[] zipf)
    {
        var at = Array.BinarySearch(zipf, random.NextDouble());
        return language.General[Math.Min(at < 0 ? ~at : at, zipf.Length - 1)];
    }

    private static string PlaceName(Random random, CorpusLanguage language) =>
        SyntheticCorpus.Capitalise(string.Concat(
            language.Syllables[random.Next(language.Syllables.Length)],
            language.Syllables[random.Next(language.Syllables.Length)],
            language.Syllables[random.Next(language.Syllables.Length)]));

    private sealed record Topic(string Theme, IReadOnlyList<CrcArticle> Articles, string[] Words);
}
