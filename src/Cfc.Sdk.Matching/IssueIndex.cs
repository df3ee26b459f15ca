using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Indexing;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching;

/// <summary>
/// The in-memory index of local issues and organisations' expertise profiles that proposes, for an issue,
/// the most similar issues of other members and the organisations whose expertise fits, with reasons.
/// </summary>
/// <remarks>
/// <para>
/// Matching: each issue is analysed once (<see cref="TextAnalyzer"/>, in the issue's language, given or detected) into a
/// weighted term vector: stems of the title (weighted) and text, compound parts, concepts, and tag terms for themes,
/// CRC articles and age groups. A query takes the heaviest terms of the query issue by idf and weight and
/// scores the documents that share them with BM25 over compact postings arrays. Common words of the field
/// (<see cref="TextAnalyzer.IsCommonWord"/>, which bring in no concept) and age groups add to the score of a
/// document found by other terms but find none themselves, so every match shares something worth naming as a reason;
/// matches below <see cref="MatchingOptions.MinScore"/> are left out. With feedback (<see cref="MatchingOptions.FeedbackDocuments"/>,
/// off by default) the strongest words of the best matches raise the issues that share them too: the matches are still
/// issues the query's own terms find, in another order, each with the reasons and relevance it has without feedback. Results never include the
/// query issue itself nor issues of the query's member; equal scores are ordered by issue id, so the same
/// operations always give the same ranking (and the same issues given to <see cref="AddRange"/> rank the
/// same whatever their order).
/// </para>
/// <para>
/// Languages: matching finds issues and organisations in every language (concepts are shared by all languages, so
/// <c>schoolverzuim</c> meets <c>persistent absence</c>); the query methods' <c>languages</c> parameter restricts the
/// results to some. Every result says its language.
/// </para>
/// <para>
/// Concurrency: any number of threads may query while one thread adds, updates or removes. Writers are
/// serialised and hold an exclusive lock only while they change the postings (analysis happens before);
/// readers share a read lock, so a query sees the index either before or after a change, never in between.
/// Every change is visible to the next query.
/// </para>
/// </remarks>
public sealed class IssueIndex : IDisposable
{
    /// <summary>The largest number of matches a query may ask for.</summary>
    public const int MaxK = 100;

    private const int StackTerms = 256;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly InvertedIndex<IssueId> _issues;
    private readonly InvertedIndex<OrganisationId> _organisations;
    private readonly Weights _weights;

    // Each member's issues form a group that the search leaves out of the member's own matches. Members are numbered as
    // they first come, under the write lock: a code abroad has no number of its own to group by.
    private readonly Dictionary<MemberCode, int> _memberGroups = [];

    /// <summary>Creates an empty index with the default options and the built-in thesaurus.</summary>
    public IssueIndex()
        : this(new MatchingOptions())
    {
    }

    /// <summary>Creates an empty index with <paramref name="options"/>.</summary>
    /// <param name="options">The matching options; copied, so later changes have no effect.</param>
    /// <param name="analyzer">
    /// The analyzer to share (then the concept, language, compound part and common word settings of <paramref name="options"/> are not
    /// used, and the concept files are not read again); <see langword="null"/> to create one from those settings.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; the message lists why.</exception>
    public IssueIndex(MatchingOptions options, TextAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate(checkThesaurus: analyzer is null);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _weights = Weights.From(options);
        _issues = new InvertedIndex<IssueId>(_weights);
        _organisations = new InvertedIndex<OrganisationId>(_weights);
        Analyzer = analyzer ?? options.CreateAnalyzer();
    }

    /// <summary>The analyzer this index uses.</summary>
    public TextAnalyzer Analyzer { get; }

    /// <summary>The number of issues in the index.</summary>
    public int Count => Read(() => _issues.Count);

    /// <summary>The number of expertise profiles in the index.</summary>
    public int OrganisationCount => Read(() => _organisations.Count);

    /// <summary>Adds an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The index already holds an issue with the same id.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public void Add(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var vector = Analyse(issue);
        Write(() =>
        {
            if (_issues.Contains(issue.Id))
            {
                throw new ArgumentException($"The index already holds an issue '{issue.Id}'.", nameof(issue));
            }

            _issues.Add(issue.Id, GroupOf(issue.Member), issue, vector);
        });
    }

    /// <summary>Adds many issues at once, faster than one by one.</summary>
    /// <param name="issues">The issues.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two issues have the same id, or the index already holds one of the ids; then none is added.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public void AddRange(IEnumerable<LocalIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var analysed = new List<(LocalIssue Issue, TermVector Vector)>();
        var ids = new HashSet<IssueId>();
        foreach (var issue in issues)
        {
            if (issue is null)
            {
                throw new ArgumentNullException(nameof(issues), "An issue is null.");
            }

            if (!ids.Add(issue.Id))
            {
                throw new ArgumentException($"The issue id '{issue.Id}' occurs twice.", nameof(issues));
            }

            analysed.Add((issue, Analyse(issue)));
        }

        Write(() =>
        {
            foreach (var id in ids)
            {
                if (_issues.Contains(id))
                {
                    throw new ArgumentException($"The index already holds an issue '{id}'.", nameof(issues));
                }
            }

            _issues.AddRange([.. analysed.Select(d => (d.Issue.Id, GroupOf(d.Issue.Member), (object)d.Issue, d.Vector))]);
        });
    }

    /// <summary>Replaces the issue with the same id.</summary>
    /// <param name="issue">The new version of the issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="IssueNotFoundException">The index holds no issue with that id.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public void Update(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var vector = Analyse(issue);
        Write(() =>
        {
            if (!_issues.Remove(issue.Id))
            {
                throw new IssueNotFoundException(issue.Id);
            }

            _issues.Add(issue.Id, GroupOf(issue.Member), issue, vector);
        });
    }

    /// <summary>Adds the issue, or replaces the issue with the same id.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns><see langword="true"/> when the issue was added, <see langword="false"/> when it replaced one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool Upsert(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var vector = Analyse(issue);
        return Write(() =>
        {
            var removed = _issues.Remove(issue.Id);
            _issues.Add(issue.Id, GroupOf(issue.Member), issue, vector);
            return !removed;
        });
    }

    /// <summary>Removes an issue.</summary>
    /// <param name="id">The issue's identifier.</param>
    /// <returns><see langword="true"/> when the issue was there.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool Remove(IssueId id) => Write(() => _issues.Remove(id));

    /// <summary>Whether the index holds an issue with <paramref name="id"/>.</summary>
    /// <param name="id">The issue's identifier.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool Contains(IssueId id) => Read(() => _issues.Contains(id));

    /// <summary>Gets the issue with <paramref name="id"/>.</summary>
    /// <param name="id">The issue's identifier.</param>
    /// <param name="issue">The issue, or <see langword="null"/> when absent.</param>
    /// <returns><see langword="true"/> when the index holds the issue.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool TryGet(IssueId id, [NotNullWhen(true)] out LocalIssue? issue)
    {
        issue = Read(() => _issues.TryGetSlot(id, out var slot) ? (LocalIssue)_issues.ItemAt(slot) : null);
        return issue is not null;
    }

    /// <summary>The issues in the index, in no particular order: a snapshot.</summary>
    /// <returns>The issues.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<LocalIssue> GetIssues() => Read(() => _issues.Items().Cast<LocalIssue>().ToArray());

    /// <summary>The issues of other members most similar to the indexed issue <paramref name="id"/>, best first.</summary>
    /// <param name="id">The query issue's identifier.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="MaxK"/>.</param>
    /// <param name="languages">The languages of the issues to propose (BCP 47 tags such as <c>nl</c>, <c>en</c>); <see langword="null"/> or empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, none below <see cref="MatchingOptions.MinScore"/>; never the issue itself nor issues of its member.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    /// <exception cref="IssueNotFoundException">The index holds no issue <paramref name="id"/>.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<IssueMatch> Match(IssueId id, int k = 10, IEnumerable<string>? languages = null)
    {
        CheckK(k);
        var filter = LanguageFilter(languages);
        _lock.EnterReadLock();
        try
        {
            if (!_issues.TryGetSlot(id, out var slot))
            {
                throw new IssueNotFoundException(id);
            }

            var issue = (LocalIssue)_issues.ItemAt(slot);
            return MatchIssues(_issues.VectorAt(slot), issue, slot, ExistingGroupOf(issue.Member), k, filter);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The issues of other members most similar to the indexed issue <paramref name="id"/>, best first, written to
    /// <paramref name="destination"/> without reasons and without allocating: for hot paths that need ids and scores only.
    /// </summary>
    /// <param name="id">The query issue's identifier.</param>
    /// <param name="destination">Receives up to its length (at most <see cref="MaxK"/>) matches, best first.</param>
    /// <param name="languages">The languages of the issues to propose; <see langword="null"/> or empty for every language.</param>
    /// <returns>The number of matches written; the same matches, in the same order, as <see cref="Match(IssueId, int, IEnumerable{string})"/> with k = the destination's length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destination"/> is empty or longer than <see cref="MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    /// <exception cref="IssueNotFoundException">The index holds no issue <paramref name="id"/>.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public int Match(IssueId id, Span<IssueScore> destination, IEnumerable<string>? languages = null)
    {
        CheckK(destination.Length, nameof(destination));
        var filter = LanguageFilter(languages);
        _lock.EnterReadLock();
        try
        {
            if (!_issues.TryGetSlot(id, out var slot))
            {
                throw new IssueNotFoundException(id);
            }

            var query = _issues.VectorAt(slot);
            var issue = (LocalIssue)_issues.ItemAt(slot);
            Span<int> termIds = stackalloc int[Math.Min(query.Ids.Length, StackTerms)];
            Span<float> termWeights = stackalloc float[termIds.Length];
            if (query.Ids.Length > StackTerms)
            {
                termIds = new int[query.Ids.Length];
                termWeights = new float[query.Ids.Length];
            }

            Span<ScoredSlot> hits = stackalloc ScoredSlot[destination.Length];
            var found = SearchIssues(query, slot, ExistingGroupOf(issue.Member), termIds, termWeights, hits, filter, out _, out _);
            for (var i = 0; i < found; i++)
            {
                var match = (LocalIssue)_issues.ItemAt(hits[i].Slot);
                destination[i] = new IssueScore(match.Id, match.Member, hits[i].Score);
            }

            return found;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The issues of other members most similar to a draft issue, best first; the draft need not be in the index.</summary>
    /// <param name="draft">The draft issue.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="MaxK"/>.</param>
    /// <param name="languages">The languages of the issues to propose; <see langword="null"/> or empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, none below <see cref="MatchingOptions.MinScore"/>; never an issue with the draft's id nor issues of the draft's member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<IssueMatch> Match(LocalIssue draft, int k = 10, IEnumerable<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CheckK(k);
        var filter = LanguageFilter(languages);
        var vector = Analyse(draft);
        return Read(() => MatchIssues(vector, draft, _issues.TryGetSlot(draft.Id, out var slot) ? slot : -1, ExistingGroupOf(draft.Member), k, filter));
    }

    /// <summary>
    /// Adds an organisation of the network with its expertise profile, or replaces the one with the same id;
    /// <see cref="MatchOrganisations(IssueId, int, IEnumerable{string})"/> matches issues against its name, description, themes and articles.
    /// </summary>
    /// <param name="organisation">An organisation or network partner with an <see cref="Member.Expertise"/> profile.</param>
    /// <param name="language">
    /// The language the expertise is written in, a BCP 47 tag (<c>nl</c>, <c>en</c>, ...); <see langword="null"/> for the
    /// profile's own <see cref="ExpertiseProfile.Language"/>, or, when that is not given either, to detect it from the name
    /// and description.
    /// </param>
    /// <returns><see langword="true"/> when the organisation was added, <see langword="false"/> when it replaced one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is not an organisation, or has no expertise profile, or <paramref name="language"/> is not a language tag.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool UpsertOrganisation(Member organisation, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        language = language is null ? null : LanguageTag.Normalise(language, nameof(language));
        if (organisation.Id.Organisation is not { } id || organisation.Expertise is not { } expertise)
        {
            throw new ArgumentException($"{organisation} is matched by expertise only as an organisation with an expertise profile.", nameof(organisation));
        }

        language ??= expertise.Language is { } written ? LanguageTag.Normalise(written) : null;

        var vector = VectorBuilder.Current.Build(Analyzer, _weights, language, organisation.Name, expertise.Description, expertise.Themes, expertise.Articles, AgeGroups.None);
        return Write(() =>
        {
            var removed = _organisations.Remove(id);
            _organisations.Add(id, InvertedIndex<OrganisationId>.NoGroup, organisation, vector);
            return !removed;
        });
    }

    /// <summary>Removes an organisation from expertise matching.</summary>
    /// <param name="id">The organisation's identifier.</param>
    /// <returns><see langword="true"/> when the organisation was there.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool RemoveOrganisation(OrganisationId id) => Write(() => _organisations.Remove(id));

    /// <summary>Whether the index matches the expertise of organisation <paramref name="id"/>.</summary>
    /// <param name="id">The organisation's identifier.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public bool ContainsOrganisation(OrganisationId id) => Read(() => _organisations.Contains(id));

    /// <summary>The organisations whose expertise the index matches, in no particular order: a snapshot.</summary>
    /// <returns>The organisations.</returns>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<Member> GetOrganisations() => Read(() => _organisations.Items().Cast<Member>().ToArray());

    /// <summary>The organisations whose expertise best fits the indexed issue <paramref name="id"/>, best first.</summary>
    /// <param name="id">The issue's identifier.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="MaxK"/>.</param>
    /// <param name="languages">The languages of the expertise to propose; <see langword="null"/> or empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, none below <see cref="MatchingOptions.MinScore"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    /// <exception cref="IssueNotFoundException">The index holds no issue <paramref name="id"/>.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<OrganisationMatch> MatchOrganisations(IssueId id, int k = 10, IEnumerable<string>? languages = null)
    {
        CheckK(k);
        var filter = LanguageFilter(languages);
        _lock.EnterReadLock();
        try
        {
            if (!_issues.TryGetSlot(id, out var slot))
            {
                throw new IssueNotFoundException(id);
            }

            var issue = (LocalIssue)_issues.ItemAt(slot);
            return MatchOrganisationsCore(_issues.VectorAt(slot), issue, k, filter);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The organisations whose expertise best fits a draft issue, best first; the draft need not be in the index.</summary>
    /// <param name="draft">The draft issue.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="MaxK"/>.</param>
    /// <param name="languages">The languages of the expertise to propose; <see langword="null"/> or empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, none below <see cref="MatchingOptions.MinScore"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    /// <exception cref="ObjectDisposedException">The index is disposed.</exception>
    public IReadOnlyList<OrganisationMatch> MatchOrganisations(LocalIssue draft, int k = 10, IEnumerable<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CheckK(k);
        var filter = LanguageFilter(languages);
        var vector = Analyse(draft);
        return Read(() => MatchOrganisationsCore(vector, draft, k, filter));
    }

    /// <summary>Releases the index's lock.</summary>
    public void Dispose() => _lock.Dispose();

    private static void CheckK(int k, string paramName = "k")
    {
        if (k is < 1 or > MaxK)
        {
            throw new ArgumentOutOfRangeException(paramName, k, $"Ask for 1 to {MaxK} matches.");
        }
    }

    // Under the write lock.
    private int GroupOf(MemberCode member)
    {
        if (!_memberGroups.TryGetValue(member, out var group))
        {
            group = _memberGroups.Count;
            _memberGroups.Add(member, group);
        }

        return group;
    }

    // Under the read lock; a member without issues here has no group, so nothing is left out for it.
    private int ExistingGroupOf(MemberCode member) =>
        _memberGroups.TryGetValue(member, out var group) ? group : InvertedIndex<IssueId>.NoGroup;

    private TermVector Analyse(LocalIssue issue) =>
        VectorBuilder.Current.Build(Analyzer, _weights, issue.Language, issue.Title, issue.Text, issue.Themes, issue.Articles, issue.AgeGroups);

    // Marks, by the analyzer's language ids, the languages a query may return; null for all. A language the analyzer does
    // not know yet holds no document, so it marks nothing (a filter of only such languages returns nothing).
    private bool[]? LanguageFilter(IEnumerable<string>? languages)
    {
        if (languages is null)
        {
            return null;
        }

        var tags = languages.Select(l => LanguageTag.Normalise(l ?? throw new ArgumentException("A language is null.", nameof(languages)), nameof(languages))).ToArray();
        if (tags.Length == 0)
        {
            return null;
        }

        var known = Analyzer.Languages;
        var filter = new bool[Math.Max(known.Count, 1)];
        for (var i = 0; i < known.Count; i++)
        {
            filter[i] = tags.Contains(known[i], StringComparer.Ordinal);
        }

        return filter;
    }

    private IssueMatch[] MatchIssues(TermVector query, LocalIssue queryIssue, int excludeSlot, int excludeGroup, int k, bool[]? filter)
    {
        var rented = query.Ids.Length > StackTerms ? ArrayPool<int>.Shared.Rent(query.Ids.Length) : null;
        var rentedWeights = query.Ids.Length > StackTerms ? ArrayPool<float>.Shared.Rent(query.Ids.Length) : null;
        try
        {
            var termIds = rented ?? stackalloc int[StackTerms];
            var termWeights = rentedWeights ?? stackalloc float[StackTerms];
            Span<ScoredSlot> hits = stackalloc ScoredSlot[k];
            var found = SearchIssues(query, excludeSlot, excludeGroup, termIds, termWeights, hits, filter, out var count, out _);
            var matches = new IssueMatch[found];
            var selfScore = found > 0 ? _issues.SelfScore(query, termIds[..count], termWeights[..count]) : 0f;
            var carriers = found > 0 ? QueryCarriers(query, queryIssue, termIds[..count]) : [];
            TouchMatches(_issues, hits[..found]);

            for (var i = 0; i < found; i++)
            {
                var slot = hits[i].Slot;
                var issue = (LocalIssue)_issues.ItemAt(slot);
                // Reasons and relevance are those of the query's own terms: feedback reorders the matches but gives them no reason
                // and does not make them surer.
                var ownScore = _weights.FeedbackDocuments > 0 ? _issues.ScoreOf(slot, termIds[..count], termWeights[..count]) : hits[i].Score;
                var reasons = Explain(_issues, slot, termIds[..count], termWeights[..count], ownScore, issue.Title, issue.Text, issue.Themes, issue.Articles, query, queryIssue, carriers);
                matches[i] = new IssueMatch(issue.Id, issue.Member, issue.Title, hits[i].Score, reasons, Analyzer.LanguageAt(_issues.VectorAt(slot).Language).Analysis.Language, MatchRelevance.OfIssue(ownScore, selfScore));
            }

            return matches;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
                ArrayPool<float>.Shared.Return(rentedWeights!);
            }
        }
    }

    // Reads a word of each match's issue, texts and vector. They lie apart in memory: read in a loop of their own, their
    // cache misses overlap, where explaining the matches one after another would wait for each in turn. The sum is returned
    // only so that the reads are kept.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchMatches(InvertedIndex<IssueId> issues, ReadOnlySpan<ScoredSlot> hits)
    {
        var sum = 0;
        foreach (var hit in hits)
        {
            var vector = issues.VectorAt(hit.Slot);
            var issue = (LocalIssue)issues.ItemAt(hit.Slot);
            sum += vector.Ids[^1] + (int)vector.WeightAt(0) + issue.Title.Length + issue.Text.Length + issue.Themes.Count + issue.Articles.Count;
        }

        return sum;
    }

    // Searches with the query's heaviest terms. When they find nothing though lighter terms were left out, it searches again
    // with every term: an issue found by another through a term they share then finds that one back through the same
    // term, so an issue listed among another member's matches never has no matches itself. With feedback
    // (MatchingOptions.FeedbackDocuments) the best matches lend their strongest terms to a last search that reorders what the
    // query's own terms find. count and supporting describe the query's own terms only: the reasons and the relevance of a
    // match are those of the query's words, never of words it does not hold.
    private int SearchIssues(TermVector query, int selfSlot, int excludeGroup, Span<int> termIds, Span<float> termWeights, Span<ScoredSlot> hits, bool[]? filter, out int count, out int supporting)
    {
        count = _issues.SelectQueryTerms(query, Analyzer, _weights.MaxQueryTerms, termIds, termWeights, out supporting);
        var found = _issues.Search(termIds[..count], termWeights[..count], supporting, selfSlot, excludeGroup, hits, filter);
        if (found == 0 && count == _weights.MaxQueryTerms)
        {
            count = _issues.SelectQueryTerms(query, Analyzer, int.MaxValue, termIds, termWeights, out supporting);
            found = _issues.Search(termIds[..count], termWeights[..count], supporting, selfSlot, excludeGroup, hits, filter);
        }

        if (_weights.FeedbackDocuments == 0 || found == 0)
        {
            return found;
        }

        // The feedback matches come from every language, so that the languages asked for filter the results without changing them.
        var documents = _weights.FeedbackDocuments;
        Span<ScoredSlot> feedback = stackalloc ScoredSlot[documents];
        var feedbackFound = filter is null && hits.Length >= documents
            ? CopyBest(hits[..found], feedback)
            : _issues.Search(termIds[..count], termWeights[..count], supporting, selfSlot, excludeGroup, feedback);
        var length = count + _weights.FeedbackTerms;
        var rentedIds = length > StackTerms ? ArrayPool<int>.Shared.Rent(length) : null;
        var rentedWeights = length > StackTerms ? ArrayPool<float>.Shared.Rent(length) : null;
        try
        {
            // The added terms only support: they raise the matches the query's own terms find and find none themselves, so every
            // match still shares a term of the query (its reason) and finds the query back through it.
            var ids = rentedIds ?? stackalloc int[StackTerms];
            var weights = rentedWeights ?? stackalloc float[StackTerms];
            termIds[..count].CopyTo(ids);
            termWeights[..count].CopyTo(weights);
            var added = _issues.ExpandQuery(query, Analyzer, feedback[..feedbackFound], _weights.FeedbackTerms, _weights.FeedbackWeight, ids[count..length], weights[count..length]);
            return _issues.Search(ids[..(count + added)], weights[..(count + added)], supporting + added, selfSlot, excludeGroup, hits, filter);
        }
        finally
        {
            if (rentedIds is not null)
            {
                ArrayPool<int>.Shared.Return(rentedIds);
                ArrayPool<float>.Shared.Return(rentedWeights!);
            }
        }

        static int CopyBest(ReadOnlySpan<ScoredSlot> found, Span<ScoredSlot> best)
        {
            var n = Math.Min(found.Length, best.Length);
            found[..n].CopyTo(best);
            return n;
        }
    }

    private OrganisationMatch[] MatchOrganisationsCore(TermVector query, LocalIssue queryIssue, int k, bool[]? filter)
    {
        var termIds = new int[query.Ids.Length];
        var termWeights = new float[query.Ids.Length];
        var count = _organisations.SelectQueryTerms(query, Analyzer, _weights.MaxQueryTerms, termIds, termWeights, out var supporting);
        Span<ScoredSlot> hits = stackalloc ScoredSlot[k];
        var found = _organisations.Search(termIds.AsSpan(0, count), termWeights.AsSpan(0, count), supporting, -1, InvertedIndex<OrganisationId>.NoGroup, hits, filter);
        var matches = new OrganisationMatch[found];
        var selfScore = found > 0 ? _organisations.SelfScore(query, termIds.AsSpan(0, count), termWeights.AsSpan(0, count)) : 0f;
        var carriers = found > 0 ? QueryCarriers(query, queryIssue, termIds.AsSpan(0, count)) : [];
        for (var i = 0; i < found; i++)
        {
            var slot = hits[i].Slot;
            var organisation = (Member)_organisations.ItemAt(slot);
            var expertise = organisation.Expertise!;
            var reasons = Explain(_organisations, slot, termIds.AsSpan(0, count), termWeights.AsSpan(0, count), hits[i].Score, organisation.Name, expertise.Description, expertise.Themes, expertise.Articles, query, queryIssue, carriers);
            matches[i] = new OrganisationMatch(organisation.Id.Organisation!.Value, organisation.Name, hits[i].Score, reasons, Analyzer.LanguageAt(_organisations.VectorAt(slot).Language).Analysis.Language, MatchRelevance.OfOrganisation(hits[i].Score, selfScore));
        }

        return matches;
    }

    private MatchReasons Explain<TKey>(
        InvertedIndex<TKey> collection,
        int slot,
        ReadOnlySpan<int> termIds,
        ReadOnlySpan<float> termWeights,
        float score,
        string title,
        string text,
        IReadOnlyList<string> matchThemes,
        IReadOnlyList<CrcArticle> matchArticles,
        TermVector queryVector,
        LocalIssue query,
        ReadOnlySpan<string?> queryCarriers)
        where TKey : IEquatable<TKey>, IComparable<TKey>
    {
        var vector = collection.VectorAt(slot);
        // The index among termIds of each term the match shares.
        Span<int> sharedAt = stackalloc int[termIds.Length];
        Span<double> shares = stackalloc double[termIds.Length];
        var builder = VectorBuilder.Current;

        // The words that produced each shared term in the match, as written (the vector keeps where each term was first
        // written, so the text is not read again).
        var surfaces = builder.Surfaces(termIds.Length);
        var count = 0;
        var conceptCount = 0;
        for (var i = 0; i < termIds.Length; i++)
        {
            var at = vector.IndexOf(termIds[i]);
            var term = Analyzer.TermAt(termIds[i]);
            if (at >= 0 && !term.StartsWith('#'))
            {
                sharedAt[count] = i;
                shares[count] = termWeights[i] * collection.DocumentFactor(vector.WeightAt(at), slot) / score;
                surfaces[count] = vector.SurfaceAt(at, title, text, matchThemes);
                count++;
                conceptCount += term.StartsWith(TextAnalyzer.ConceptPrefix, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        // A shared concept is shown with the words that carried it on both sides: the query's too (queryCarriers, per term of
        // the query).
        var concepts = conceptCount > 0 ? new ConceptReason[conceptCount] : null;

        var reader = Analyzer.LanguageAt(queryVector.Language).Analysis.Language;
        conceptCount = 0;
        var conceptTerms = concepts is null ? null : new int[concepts.Length];
        var conceptShares = concepts is null ? null : new double[concepts.Length];

        // Several terms of one word (its stem, parts, concepts) make one reason: merge by the word as written. A concept
        // is a shared word only when the same word carried it on both sides; otherwise it is a reason of its own.
        var merged = builder.Reasons;
        for (var i = 0; i < count; i++)
        {
            var term = Analyzer.TermAt(termIds[sharedAt[i]]);
            if (concepts is not null && term.StartsWith(TextAnalyzer.ConceptPrefix, StringComparison.Ordinal)
                && !(surfaces[i] is { } matchWord && queryCarriers[sharedAt[i]] is { } queryWord && string.Equals(matchWord, queryWord, StringComparison.OrdinalIgnoreCase)))
            {
                conceptTerms![conceptCount] = i;
                conceptShares![conceptCount++] = shares[i];
                continue;
            }

            var surface = surfaces[i] ?? term;
            surfaces[i] = null;
            var at = merged.Count - 1;
            while (at >= 0 && !string.Equals(merged[at].Text, surface, StringComparison.OrdinalIgnoreCase))
            {
                at--;
            }

            if (at >= 0)
            {
                merged[at] = (merged[at].Text, merged[at].Share + shares[i]);
            }
            else
            {
                merged.Add((surface, shares[i]));
            }
        }

        // A concept carried on either side by a word both texts hold is explained by that shared word, and counts in its
        // share. Otherwise a shared word inside the words that carried the concept (a part of a compound, a word of a
        // phrase) is part of the concept's reason, not a shared word beside it. Either way no word is shown twice.
        var kept = 0;
        for (var c = 0; c < conceptCount; c++)
        {
            var at = conceptTerms![c];
            var carrier = queryCarriers[sharedAt[at]];
            var word = 0;
            while (word < merged.Count && !string.Equals(merged[word].Text, surfaces[at], StringComparison.OrdinalIgnoreCase) && !string.Equals(merged[word].Text, carrier, StringComparison.OrdinalIgnoreCase))
            {
                word++;
            }

            if (word < merged.Count)
            {
                merged[word] = (merged[word].Text, merged[word].Share + conceptShares![c]);
                surfaces[at] = null;
                continue;
            }

            for (var m = merged.Count - 1; m >= 0; m--)
            {
                if (Carries(surfaces[at], merged[m].Text) || Carries(carrier, merged[m].Text))
                {
                    conceptShares![c] += merged[m].Share;
                    merged.RemoveAt(m);
                }
            }

            conceptTerms[kept] = at;
            conceptShares![kept++] = conceptShares[c];
        }

        conceptCount = kept;
        for (var c = 0; c < conceptCount; c++)
        {
            var at = conceptTerms![c];
            var term = Analyzer.TermAt(termIds[sharedAt[at]]);
            concepts![c] = new ConceptReason(
                term[TextAnalyzer.ConceptPrefix.Length..],
                Analyzer.Concepts.ConceptLabel(term, reader),
                queryCarriers[sharedAt[at]] is { } inQuery ? [inQuery] : [],
                surfaces[at] is { } inMatch ? [inMatch] : [],
                Math.Clamp(Math.Round(conceptShares![c], 4), 0, 1));
            surfaces[at] = null;
        }

        var reasons = new TermReason[merged.Count];
        for (var r = 0; r < reasons.Length; r++)
        {
            reasons[r] = new TermReason(merged[r].Text, Math.Clamp(Math.Round(merged[r].Share, 4), 0, 1));
        }

        merged.Clear();
        Array.Sort(reasons, static (x, y) => y.Share != x.Share ? y.Share.CompareTo(x.Share) : string.CompareOrdinal(x.Text, y.Text));
        if (concepts is not null)
        {
            Array.Resize(ref concepts, conceptCount);
            Array.Sort(concepts, MatchReasons.CompareConcepts);
        }

        return MatchReasons.FromOrdered(
            ImmutableCollectionsMarshal.AsImmutableArray(reasons),
            concepts is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(concepts),
            Shared(matchThemes, query.Themes, StringComparer.OrdinalIgnoreCase, StringComparer.Ordinal),
            Shared(matchArticles, query.Articles, EqualityComparer<CrcArticle>.Default, Comparer<CrcArticle>.Default));
    }

    // The first word or phrase of the query that produced each of its chosen terms, as written (null for a tag): the
    // query's side of a shared concept, the same for every match.
    private static string?[] QueryCarriers(TermVector query, LocalIssue issue, ReadOnlySpan<int> termIds)
    {
        var carriers = new string?[termIds.Length];
        for (var i = 0; i < termIds.Length; i++)
        {
            var at = query.IndexOf(termIds[i]);
            carriers[i] = at >= 0 ? query.SurfaceAt(at, issue.Title, issue.Text, issue.Themes) : null;
        }

        return carriers;
    }

    // A match's themes and articles are distinct already; the shared ones are few, so they are counted before they are copied.
    // Indexed loops: a foreach over IReadOnlyList<T> would box an enumerator per match.
    private static ImmutableArray<T> Shared<T>(IReadOnlyList<T> match, IReadOnlyList<T> query, IEqualityComparer<T> equality, IComparer<T> order)
    {
        var count = 0;
        for (var m = 0; m < match.Count; m++)
        {
            count += Holds(query, match[m], equality) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var shared = new T[count];
        count = 0;
        for (var m = 0; m < match.Count; m++)
        {
            if (Holds(query, match[m], equality))
            {
                shared[count++] = match[m];
            }
        }

        Array.Sort(shared, order);
        return ImmutableCollectionsMarshal.AsImmutableArray(shared);

        static bool Holds(IReadOnlyList<T> values, T value, IEqualityComparer<T> equality)
        {
            for (var q = 0; q < values.Count; q++)
            {
                if (equality.Equals(value, values[q]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Whether a shared word is inside the words that carried a concept: the same word, a part of the compound, or a word of the phrase.
    private static bool Carries(string? carrier, string word) =>
        carrier is not null && carrier.Contains(word, StringComparison.OrdinalIgnoreCase);

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void Write(Action write) => Write(() =>
    {
        write();
        return true;
    });

    private T Write<T>(Func<T> write)
    {
        _lock.EnterWriteLock();
        try
        {
            return write();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
