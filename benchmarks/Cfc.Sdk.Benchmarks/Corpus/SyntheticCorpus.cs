using System.Globalization;
using System.Text;
using System.Text.Json;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Benchmarks.Corpus;

/// <summary>
/// A seeded generator of Dutch local issues for speed measurements (1k, 10k, 100k issues): topics with
/// their own vocabulary, themes and CRC articles, a Zipf-distributed general vocabulary, inflected forms,
/// compounds and place names, so that the vocabulary grows with the corpus as real text does.
/// The same seed and size always give the same corpus.
/// </summary>
public static class SyntheticCorpus
{
    // Topics take their field words from the built-in thesaurus' concepts (real Dutch vocabulary of the
    // field) and add 60 topic-specific compounds each, drawn Zipf-like, so a topic's issues share some
    // words often and most words rarely, as real issues do.
    private static readonly int[][] s_articleChoices = [[27, 26], [28], [19, 29], [31], [15, 31], [24, 3], [24], [6], [12, 13], [27], [28], [24, 27], [2, 23], [24], [16, 17], [18, 31]];

    internal static readonly string[] General =
    [
        "kinderen", "jongeren", "gemeente", "ouders", "school", "scholen", "wijk", "buurt", "stad", "willen", "samen", "aanpak",
        "steeds", "meer", "weinig", "vaak", "structureel", "vragen", "zoeken", "signaleren", "ondersteuning", "professionals",
        "jaar", "maanden", "tijd", "regio", "aantal", "groep", "leeftijd", "plan", "beleid", "budget", "partners", "organisaties",
        "netwerk", "informatie", "gesprek", "gesprekken", "ervaring", "probleem", "problemen", "oplossing", "plek", "plekken",
        "aanbod", "bereik", "gezin", "thuis", "basisschool", "middelbare", "leerkrachten", "wethouders", "ambtenaren", "inwoners",
        "toekomst", "kansen", "gevolgen", "monitor", "cijfers", "onderzoek", "signalen", "zorgen", "laagdrempelig", "preventie",
        "integrale", "samenwerking", "afspraken", "initiatief", "pilot", "project", "subsidie", "financiering", "ervaren", "merken",
        "geven", "aan", "blijkt", "melden", "zien", "komen", "gaan", "vinden", "maken", "houden", "werken", "nemen", "brengen",
        "nieuwe", "grote", "kleine", "goede", "eigen", "lang", "snel", "later", "eerder", "echt", "gewoon", "vooral", "ook",
    ];

    internal static readonly string[] Nouns =
    [
        "school", "jeugd", "kinder", "wijk", "buurt", "stad", "zorg", "hulp", "speel", "sport", "geld", "werk", "huis", "gezin",
        "ouder", "jongeren", "taal", "lees", "verkeer", "fiets", "plein", "park", "club", "team", "raad", "plan", "beleid", "plek",
        "tijd", "route", "zone", "centrum", "avond", "week", "vakantie", "dorp", "regio", "klas", "les", "project",
    ];

    internal static readonly string[] Suffixes = ["en", "s", "e", "heid", "ing", "tje", "jes"];

    private static readonly (string Theme, int[] Articles, string[] Words)[] s_topics = BuildTopics();

    internal static readonly string[] Syllables = ["ber", "ge", "lo", "wijk", "dam", "veen", "horst", "rijn", "zand", "berg", "hout", "meer", "burg", "stein", "hem", "kerk", "dal", "oord", "broek", "sloot"];

    private static (string Theme, int[] Articles, string[] Words)[] BuildTopics()
    {
        var thesaurus = Cfc.Sdk.Matching.Concepts.ConceptScheme.Default;
        var random = new Random(4242);
        return thesaurus.Concepts.Select((concept, i) =>
        {
            var words = thesaurus.LabelsOf(concept, "nl").ToList();
            for (var c = 0; c < 60; c++)
            {
                words.Add(Nouns[random.Next(Nouns.Length)] + Nouns[random.Next(Nouns.Length)] + (c % 3 == 0 ? Suffixes[random.Next(Suffixes.Length)] : string.Empty));
            }

            return (concept.Replace('-', ' '), s_articleChoices[i % s_articleChoices.Length], words.ToArray());
        }).ToArray();
    }

    public static IReadOnlyList<LocalIssue> Generate(int count, int seed = 20261129)
    {
        var random = new Random(seed);
        var zipf = BuildZipf(General.Length);
        var members = Enumerable.Range(0, 340).Select(i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GM{(i * 7) + 1:D4}"))).ToArray();
        var issues = new LocalIssue[count];
        for (var i = 0; i < count; i++)
        {
            var topic = s_topics[random.Next(s_topics.Length)];
            var second = random.NextDouble() < 0.25 ? s_topics[random.Next(s_topics.Length)] : topic;
            var title = Sentence(random, zipf, topic.Words, second.Words, random.Next(3, 7), topicShare: 0.6);
            var text = new StringBuilder();
            for (var s = random.Next(2, 4); s > 0; s--)
            {
                text.Append(Sentence(random, zipf, topic.Words, second.Words, random.Next(8, 16), topicShare: 0.35)).Append(". ");
            }

            var themes = random.NextDouble() < 0.5 ? new[] { topic.Theme, second.Theme }.Distinct().ToArray() : null;
            var articles = random.NextDouble() < 0.4 ? topic.Articles.Take(random.Next(1, topic.Articles.Length + 1)).Select(CrcArticle.FromNumber).ToArray() : null;
            issues[i] = new LocalIssue(
                IssueId.Parse(string.Create(CultureInfo.InvariantCulture, $"s{i:D6}")),
                members[random.Next(members.Length)],
                Capitalise(title),
                text.ToString().TrimEnd(),
                themes,
                articles,
                (AgeGroups)random.Next(0, 16));
        }

        return issues;
    }

    public static IReadOnlyList<Member> Organisations(int count, int seed = 20261129)
    {
        var random = new Random(seed + 1);
        var zipf = BuildZipf(General.Length);
        return Enumerable.Range(0, count).Select(i =>
        {
            var topic = s_topics[i % s_topics.Length];
            return Member.Organisation(
                OrganisationId.Parse(string.Create(CultureInfo.InvariantCulture, $"org{i:D3}")),
                "Stichting " + Capitalise(topic.Words[0]),
                new ExpertiseProfile(Sentence(random, zipf, topic.Words, topic.Words, 25, topicShare: 0.5), [topic.Theme]),
                DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId]);
        }).ToArray();
    }

    /// <summary>
    /// <c>generate --issues N [--seed S] [--corpus dutch|multilingual] --out FILE</c>: writes the Dutch corpus, or the
    /// five-language <see cref="MultilingualCorpus"/>, in the development set's format (group = topic).
    /// </summary>
    public static int Command(string[] args, TextWriter output)
    {
        var count = 1000;
        int? seed = null;
        var corpus = "dutch";
        string? path = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--issues": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--corpus": corpus = args[i + 1]; break;
                case "--out": path = args[i + 1]; break;
                default: output.WriteLine($"Unknown argument '{args[i]}'."); return 2;
            }
        }

        if (path is null || corpus is not ("dutch" or "multilingual"))
        {
            output.WriteLine("Usage: generate --issues N [--seed S] [--corpus dutch|multilingual] --out FILE");
            return 2;
        }

        var issues = corpus == "dutch" ? Generate(count, seed ?? 20261129) : MultilingualCorpus.Generate(count, seed ?? 20261206);
        using var writer = new StreamWriter(path);
        foreach (var issue in issues)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = issue.Id.ToString(),
                member = issue.Member.ToString(),
                language = issue.Language,
                title = issue.Title,
                text = issue.Text,
                group = issue.Themes.Count > 0 ? issue.Themes[0] : "none",
                themes = issue.Themes,
                articles = issue.Articles.Select(a => a.Number),
            }));
        }

        output.WriteLine($"Wrote {count} issues to {path}.");
        return 0;
    }

    internal static double[] BuildZipf(int n)
    {
        var cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        for (var i = 0; i < n; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }

    private static string Sentence(Random random, double[] zipf, string[] topicWords, string[] secondWords, int length, double topicShare)
    {
        var words = new string[length];
        for (var w = 0; w < length; w++)
        {
            var roll = random.NextDouble();
            words[w] = roll < topicShare * 0.75 ? topicWords[ZipfIndex(random, topicWords.Length)]
                : roll < topicShare ? secondWords[ZipfIndex(random, secondWords.Length)]
                : roll < topicShare + 0.08 ? Compound(random)
                : roll < topicShare + 0.10 ? PlaceName(random)
                : roll < topicShare + 0.16 ? Inflect(random, General[Array.BinarySearch(zipf, random.NextDouble()) is var z && z < 0 ? ~z : z])
                : General[Array.BinarySearch(zipf, random.NextDouble()) is var y && y < 0 ? Math.Min(~y, zipf.Length - 1) : y];
        }

        return string.Join(' ', words);
    }

    // A rank of n, the first ranks more likely than the tail.
    internal static int ZipfIndex(Random random, int n) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 2.2)));

    private static string Compound(Random random) => Nouns[random.Next(Nouns.Length)] + Nouns[random.Next(Nouns.Length)] + (random.NextDouble() < 0.3 ? Suffixes[random.Next(Suffixes.Length)] : string.Empty);

    private static string Inflect(Random random, string word) => word + Suffixes[random.Next(Suffixes.Length)];

    private static string PlaceName(Random random) =>
        Capitalise(Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)]);

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
