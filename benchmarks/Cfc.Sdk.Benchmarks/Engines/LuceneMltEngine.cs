using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cfc.Sdk.Benchmarks.Engines;

/// <summary>
/// What a .NET developer would otherwise pick: Lucene.Net 4.8 MoreLikeThis over DutchAnalyzer with BM25,
/// MinTermFreq=1, MinDocFreq=1 and boost on (the tuned configuration of the development set's README),
/// the same member excluded by a MUST_NOT clause. The reader is reopened after every change (near real time).
/// </summary>
public sealed class LuceneMltEngine : IMatchEngine
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Field = "text";

    private readonly DutchAnalyzer _analyzer = new(Version);
    private readonly BM25Similarity _similarity = new();
    private Index _issues;
    private Index _organisations;

    public LuceneMltEngine()
    {
        _issues = new Index(_analyzer, _similarity);
        _organisations = new Index(_analyzer, _similarity);
    }

    public string Name => "lucene-mlt";

    public void Build(IReadOnlyList<LocalIssue> issues, IReadOnlyList<Member> organisations)
    {
        _issues.Dispose();
        _organisations.Dispose();
        _issues = new Index(_analyzer, _similarity);
        _organisations = new Index(_analyzer, _similarity);
        foreach (var issue in issues)
        {
            _issues.Writer.AddDocument(ToDocument(issue));
        }

        foreach (var organisation in organisations)
        {
            _organisations.Writer.AddDocument(OrganisationDocument(organisation));
        }

        _issues.Reopen();
        _organisations.Reopen();
    }

    public IReadOnlyList<string> MatchIssues(LocalIssue query, int k)
    {
        var like = _issues.MoreLikeThis.Like(new StringReader(TextOf(query)), Field);
        var filtered = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term("member", query.Member.ToString())), Occur.MUST_NOT },
        };
        return Ids(_issues.Searcher, filtered, k);
    }

    public IReadOnlyList<string> MatchOrganisations(LocalIssue query, int k) =>
        Ids(_organisations.Searcher, _organisations.MoreLikeThis.Like(new StringReader(TextOf(query)), Field), k);

    public void Add(LocalIssue issue)
    {
        _issues.Writer.AddDocument(ToDocument(issue));
        _issues.Reopen();
    }

    public void Update(LocalIssue issue)
    {
        _issues.Writer.UpdateDocument(new Term("id", issue.Id.ToString()), ToDocument(issue));
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
        _analyzer.Dispose();
    }

    private static string TextOf(LocalIssue issue) => issue.Title + "\n" + issue.Text;

    private static Document ToDocument(LocalIssue issue) =>
    [
        new StringField("id", issue.Id.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new StringField("member", issue.Member.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new TextField(Field, TextOf(issue), Lucene.Net.Documents.Field.Store.NO),
    ];

    private static Document OrganisationDocument(Member organisation) =>
    [
        new StringField("id", organisation.Id.Organisation!.Value.ToString(), Lucene.Net.Documents.Field.Store.YES),
        new TextField(Field, organisation.Name + "\n" + organisation.Expertise!.Description, Lucene.Net.Documents.Field.Store.NO),
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
        private readonly DutchAnalyzer _analyzer;
        private readonly Similarity _similarity;
        private readonly RAMDirectory _directory = new();
        private DirectoryReader? _reader;

        public Index(DutchAnalyzer analyzer, Similarity similarity)
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
