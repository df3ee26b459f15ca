using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cfc.Sdk.Benchmarks.Engines;

/// <summary>
/// What a .NET developer would otherwise pick: Lucene.Net 4.8 MoreLikeThis with BM25, MinTermFreq=1, MinDocFreq=1 and
/// boost on (the tuned configuration of the development set's README), each document and query analysed by its
/// language's Lucene analyzer (Dutch, English, German, French, Spanish; the standard analyzer for others), the same member
/// excluded by a MUST_NOT clause. Languages are the issue's own (detected by the SDK when not given). The reader is
/// reopened after every change (near real time).
/// </summary>
public sealed class LuceneMltEngine : IMatchEngine
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Field = "text";

    private readonly Dictionary<string, Analyzer> _analyzers = new(StringComparer.Ordinal)
    {
        [LanguageTag.Dutch] = new DutchAnalyzer(Version),
        [LanguageTag.English] = new EnglishAnalyzer(Version),
        [LanguageTag.German] = new GermanAnalyzer(Version),
        [LanguageTag.French] = new FrenchAnalyzer(Version),
        [LanguageTag.Spanish] = new SpanishAnalyzer(Version),
    };

    private readonly StandardAnalyzer _otherLanguages = new(Version, CharArraySet.Empty);
    private readonly BM25Similarity _similarity = new();
    private Index _issues;
    private Index _organisations;

    public LuceneMltEngine()
    {
        _issues = new Index(_analyzers[LanguageTag.Dutch], _similarity);
        _organisations = new Index(_analyzers[LanguageTag.Dutch], _similarity);
    }

    public string Name => "lucene-mlt";

    public void Build(IReadOnlyList<LocalIssue> issues, IReadOnlyList<Member> organisations)
    {
        _issues.Dispose();
        _organisations.Dispose();
        _issues = new Index(_analyzers[LanguageTag.Dutch], _similarity);
        _organisations = new Index(_analyzers[LanguageTag.Dutch], _similarity);
        foreach (var issue in issues)
        {
            _issues.Writer.AddDocument(ToDocument(issue), AnalyzerOf(LanguageOf(issue)));
        }

        foreach (var organisation in organisations)
        {
            var text = OrganisationText(organisation);
            _organisations.Writer.AddDocument(OrganisationDocument(organisation, text), AnalyzerOf(TextAnalyzer.Default.DetectLanguage(text)));
        }

        _issues.Reopen();
        _organisations.Reopen();
    }

    public IReadOnlyList<string> MatchIssues(LocalIssue query, int k) => MatchIssues(query, k, []);

    public IReadOnlyList<string> MatchIssues(LocalIssue query, int k, IReadOnlyCollection<string> languages)
    {
        var filtered = new BooleanQuery
        {
            { Like(_issues, query), Occur.MUST },
            { new TermQuery(new Term("member", query.Member.ToString())), Occur.MUST_NOT },
        };
        if (languages.Count > 0)
        {
            var allowed = new BooleanQuery();
            foreach (var language in languages)
            {
                allowed.Add(new TermQuery(new Term("language", language)), Occur.SHOULD);
            }

            filtered.Add(allowed, Occur.MUST);
        }

        return Ids(_issues.Searcher, filtered, k);
    }

    public IReadOnlyList<string> MatchOrganisations(LocalIssue query, int k) => Ids(_organisations.Searcher, Like(_organisations, query), k);

    public void Add(LocalIssue issue)
    {
        _issues.Writer.AddDocument(ToDocument(issue), AnalyzerOf(LanguageOf(issue)));
        _issues.Reopen();
    }

    public void Update(LocalIssue issue)
    {
        _issues.Writer.UpdateDocument(new Term("id", issue.Id.ToString()), ToDocument(issue), AnalyzerOf(LanguageOf(issue)));
        _issues.Reopen();
    }

    public void Remove(LocalIssue issue)
    {
        _issues.Writer.DeleteDocuments(new Term("id", issue.Id.ToString()));
        _issues.Reopen();
    }

    public void Dispose()
    {
        _issues.Dispose();
        _organisations.Dispose();
        foreach (var analyzer in _analyzers.Values)
        {
            analyzer.Dispose();
        }

        _otherLanguages.Dispose();
    }

    private static string LanguageOf(LocalIssue issue) => issue.Language ?? TextAnalyzer.Default.DetectLanguage(TextOf(issue));

    private static string TextOf(LocalIssue issue) => issue.Title + "\n" + issue.Text;

    private static string OrganisationText(Member organisation) => organisation.Name + "\n" + organisation.Expertise!.Description;

    private Analyzer AnalyzerOf(string language) => _analyzers.TryGetValue(language, out var analyzer) ? analyzer : _otherLanguages;

    // The query is analysed in its own language, as its documents were; a single-threaded benchmark may set the analyzer per query.
    private Query Like(Index index, LocalIssue query)
    {
        index.MoreLikeThis.Analyzer = AnalyzerOf(LanguageOf(query));
        return index.MoreLikeThis.Like(new StringReader(TextOf(query)), Field);
    }

    private static Document ToDocument(LocalIssue issue) =>
    [
        new StringField("id", issue.Id.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new StringField("member", issue.Member.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new StringField("language", LanguageOf(issue), Lucene.Net.Documents.Field.Store.NO),
        new TextField(Field, TextOf(issue), Lucene.Net.Documents.Field.Store.NO),
    ];

    private static Document OrganisationDocument(Member organisation, string text) =>
    [
        new StringField("id", organisation.Id.Organisation!.Value.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new TextField(Field, text, Lucene.Net.Documents.Field.Store.NO),
    ];

    private static string[] Ids(IndexSearcher searcher, Query query, int k)
    {
        var top = searcher.Search(query, k);
        var ids = new string[top.ScoreDocs.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = searcher.Doc(top.ScoreDocs[i].Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }

    private sealed class Index : IDisposable
    {
        private readonly Analyzer _analyzer;
        private readonly Similarity _similarity;
        private readonly RAMDirectory _directory = new();
        private DirectoryReader? _reader;

        public Index(Analyzer analyzer, Similarity similarity)
        {
            _analyzer = analyzer;
            _similarity = similarity;
            Writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer) { Similarity = similarity });
            Reopen();
        }

        public IndexWriter Writer { get; }

        public IndexSearcher Searcher { get; private set; } = null!;

        public MoreLikeThis MoreLikeThis { get; private set; } = null!;

        public void Reopen()
        {
            var reader = _reader is null ? DirectoryReader.Open(Writer, applyAllDeletes: true) : DirectoryReader.OpenIfChanged(_reader, Writer, applyAllDeletes: true);
            if (reader is null)
            {
                return;
            }

            _reader?.Dispose();
            _reader = reader;
            Searcher = new IndexSearcher(reader) { Similarity = _similarity };
            MoreLikeThis = new MoreLikeThis(reader)
            {
                Analyzer = _analyzer,
                FieldNames = [Field],
                MinTermFreq = 1,
                MinDocFreq = 1,
                ApplyBoost = true,
            };
        }

        public void Dispose()
        {
            _reader?.Dispose();
            Writer.Dispose();
            _directory.Dispose();
        }
    }
}
