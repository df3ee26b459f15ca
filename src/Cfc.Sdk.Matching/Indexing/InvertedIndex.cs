using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Matching.Indexing;

/// <summary>
/// An in-memory inverted index over documents identified by <typeparamref name="TKey"/>: per term a
/// compact postings list (slot and weight arrays), per slot the document's term vector, its group
/// (the member, for exclusions) and its item. Scoring is BM25 with the query's terms chosen by weight.
/// </summary>
/// <remarks>
/// Not thread-safe by itself: <see cref="IssueIndex"/> serialises writers and lets readers in under a
/// reader-writer lock. Removal leaves a tombstone (the slot's item is cleared and document frequencies
/// drop at once); postings are compacted when tombstones pass a quarter of the live documents.
/// </remarks>
internal sealed class InvertedIndex<TKey>(Weights weights)
    where TKey : IEquatable<TKey>, IComparable<TKey>
{
    /// <summary>The group of documents that belong to no member: never excluded.</summary>
    public const int NoGroup = -1;

    private const int Dead = int.MinValue;

    // Slots per stretch a search marks as scored (StretchSlots = 2^StretchShift): eight vectors of eight scores, which
    // AnyAtLeast and Clear read and write.
    private const int StretchShift = 6;
    private const int StretchSlots = 1 << StretchShift;

    // Document lengths are sums of field weights; they are totalled in units of 1/65536, exact for every such sum.
    private const double LengthUnit = 65536;

    // Steps of the reference length's grid per doubling.
    private const double ReferenceSteps = 8;

    private readonly Weights _weights = weights;

    private readonly Dictionary<TKey, int> _slotOf = [];
    private TKey[] _keys = new TKey[16];
    private int[] _groups = new int[16];
    private float[] _lengths = new float[16];
    private TermVector?[] _vectors = new TermVector?[16];
    private object?[] _items = new object?[16];
    private Postings?[] _postings = new Postings?[1024];
    private int _slotCount;
    private int _liveCount;

    // The live documents per language id.
    private int[] _languageCounts = new int[8];

    // The live documents' total length in fixed point (LengthUnit parts of a unit), an integer so that its sum does not
    // depend on the order documents were added or removed in.
    private long _totalLength;

    // The reference length the postings' BM25 factors were computed with: ReferenceLength() of the live documents when
    // the factors were last computed, 0 before the first.
    private float _referenceLength;

    public int Count => _liveCount;

    public bool Contains(TKey key) => _slotOf.ContainsKey(key);

    public bool TryGetSlot(TKey key, out int slot) => _slotOf.TryGetValue(key, out slot);

    public object ItemAt(int slot) => _items[slot]!;

    public TermVector VectorAt(int slot) => _vectors[slot]!;

    public IEnumerable<object> Items()
    {
        for (var slot = 0; slot < _slotCount; slot++)
        {
            if (_items[slot] is { } item)
            {
                yield return item;
            }
        }
    }

    public void Add(TKey key, int group, object item, TermVector vector)
    {
        var slot = AddSlot(key, group, item, vector);
        if (ReferenceLength() != _referenceLength)
        {
            // Rebuilding the postings from the vectors sets the reference length and includes this document.
            Compact();
            return;
        }

        var ids = vector.Ids;
        for (var i = 0; i < ids.Length; i++)
        {
            PostingsFor(ids[i]).Append(slot, Factor(vector.WeightAt(i), vector.Length));
        }
    }

    /// <summary>Adds many documents, sizing every postings list once.</summary>
    public void AddRange(IReadOnlyList<(TKey Key, int Group, object Item, TermVector Vector)> documents)
    {
        var firstSlot = _slotCount;
        var maxTerm = -1;
        foreach (var document in documents)
        {
            AddSlot(document.Key, document.Group, document.Item, document.Vector);
            var ids = document.Vector.Ids;
            if (ids.Length > 0)
            {
                maxTerm = Math.Max(maxTerm, ids[^1]);
            }
        }

        if (firstSlot == 0)
        {
            _referenceLength = ReferenceLength();
        }
        else if (ReferenceLength() != _referenceLength)
        {
            Compact();
            return;
        }

        // Count the new postings per term first, so that every list grows once to its exact size.
        var counts = new int[maxTerm + 1];
        for (var slot = firstSlot; slot < _slotCount; slot++)
        {
            foreach (var id in _vectors[slot]!.Ids)
            {
                counts[id]++;
            }
        }

        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                PostingsFor(id).Reserve(counts[id]);
            }
        }

        for (var slot = firstSlot; slot < _slotCount; slot++)
        {
            var vector = _vectors[slot]!;
            for (var i = 0; i < vector.Ids.Length; i++)
            {
                _postings[vector.Ids[i]]!.Append(slot, Factor(vector.WeightAt(i), vector.Length));
            }
        }
    }

    public bool Remove(TKey key)
    {
        if (!_slotOf.Remove(key, out var slot))
        {
            return false;
        }

        var vector = _vectors[slot]!;
        foreach (var id in vector.Ids)
        {
            _postings[id]!.Live--;
        }

        _totalLength -= Units(vector.Length);
        _languageCounts[vector.Language]--;
        _liveCount--;
        _items[slot] = null;
        _vectors[slot] = null;
        _groups[slot] = Dead;
        var dead = _slotCount - _liveCount;
        if ((dead > 64 && dead > _liveCount / 4) || (_liveCount > 0 && ReferenceLength() != _referenceLength))
        {
            Compact();
        }

        return true;
    }

    /// <summary>The BM25 document frequency weight of <paramref name="termId"/>; 0 when no live document holds it.</summary>
    public float Idf(int termId)
    {
        if (termId >= _postings.Length || _postings[termId] is not { Live: > 0 } postings)
        {
            return 0f;
        }

        return Idf(postings.Live, _liveCount);
    }

    private static float Idf(float live, float n) => MathF.Log(1f + ((n - live + 0.5f) / (live + 0.5f)));

    /// <summary>
    /// Chooses the query's terms: each term's weight is its idf here times its saturated weight in the
    /// query; the <paramref name="maxTerms"/> heaviest are kept, then ordered so that the terms that can make a match
    /// come before the supporting ones (<see cref="TextAnalyzer.IsSupporting"/>), whose number is <paramref name="supporting"/>.
    /// </summary>
    /// <remarks>
    /// The chosen terms are in a canonical order, heaviest first and equal weights by the terms' text (never by their ids,
    /// which number words in the order an analyzer first met them), so that a document's score is summed in the same
    /// order on every start and silo.
    /// </remarks>
    public int SelectQueryTerms(TermVector query, TextAnalyzer analyzer, int maxTerms, Span<int> termIds, Span<float> termWeights, out int supporting)
    {
        // A word is weighed among the documents in the query's language, whose words are the only ones it can meet; a concept or
        // tag, which every language shares, among all documents. Otherwise, in an index of many Dutch issues and a few Spanish
        // ones, a Spanish word held by two issues would outweigh a concept held by two issues in every language, and the
        // Spanish issues would match on their incidental words rather than on what they are about.
        var languageCount = query.Language < _languageCounts.Length ? _languageCounts[query.Language] : 0;
        var count = 0;
        var weights = _weights;
        var k1 = weights.K1;
        var maxDocumentFrequency = Math.Max(weights.MinDocumentFrequencyCut, (int)(weights.MaxDocumentFrequency * _liveCount));
        for (var i = 0; i < query.Ids.Length; i++)
        {
            var id = query.Ids[i];
            var idf = Idf(id);
            if (idf > 0f && languageCount > 0 && analyzer.IsWord(id))
            {
                var live = _postings[id]!.Live;
                idf = Idf(live, Math.Max(languageCount, live));
            }

            if (idf <= 0f || _postings[id]!.Live > maxDocumentFrequency)
            {
                continue;
            }

            var w = query.WeightAt(i);
            termIds[count] = id;
            termWeights[count] = idf * w * (k1 + 1f) / (w + k1);
            count++;
        }

        // The heaviest terms in canonical order, each term inserted among the heaviest kept so far (most are lighter than the
        // lightest of those and cost one comparison); a query vector holds at most a few hundred terms. A term is only
        // written over once it has been read, or beyond the terms kept.
        var kept = 0;
        for (var j = 0; j < count; j++)
        {
            var id = termIds[j];
            var weight = termWeights[j];
            if (kept == maxTerms && !Heavier(weight, id, termWeights[kept - 1], termIds[kept - 1]))
            {
                continue;
            }

            var at = Math.Min(kept, maxTerms - 1);
            while (at > 0 && Heavier(weight, id, termWeights[at - 1], termIds[at - 1]))
            {
                termIds[at] = termIds[at - 1];
                termWeights[at] = termWeights[at - 1];
                at--;
            }

            termIds[at] = id;
            termWeights[at] = weight;
            kept = Math.Min(kept + 1, maxTerms);
        }

        count = kept;

        // A stable partition of a few terms: the supporting ones to the end.
        supporting = 0;
        for (var i = count - 1; i >= 0; i--)
        {
            if (!analyzer.IsSupporting(termIds[i]))
            {
                continue;
            }

            var id = termIds[i];
            var weight = termWeights[i];
            var end = count - 1 - supporting;
            for (var j = i; j < end; j++)
            {
                termIds[j] = termIds[j + 1];
                termWeights[j] = termWeights[j + 1];
            }

            termIds[end] = id;
            termWeights[end] = weight;
            supporting++;
        }

        return count;

        // The canonical order of chosen terms: heavier first, equal weights by the terms' text.
        bool Heavier(float weight, int id, float otherWeight, int otherId) =>
            weight > otherWeight || (weight == otherWeight && string.CompareOrdinal(analyzer.TermAt(id), analyzer.TermAt(otherId)) < 0);
    }

    /// <summary>
    /// Pseudo-relevance feedback: writes to <paramref name="expandedIds"/> and <paramref name="expandedWeights"/> the terms,
    /// beyond the query's own, that the documents <paramref name="feedback"/> (the best of a first search, best first) hold
    /// most strongly, each weighed by its BM25 factor in each document, its idf and the document's score relative to the best,
    /// then by <paramref name="weight"/>; at most <paramref name="maxTerms"/>, heaviest first, equal weights by the terms' text.
    /// Terms that only support (<see cref="TextAnalyzer.IsSupporting"/>), that only one document holds (they can raise no
    /// other) and those above the document frequency cut are not taken.
    /// </summary>
    public int ExpandQuery(TermVector query, TextAnalyzer analyzer, ReadOnlySpan<ScoredSlot> feedback, int maxTerms, float weight, Span<int> expandedIds, Span<float> expandedWeights)
    {
        if (feedback.IsEmpty || maxTerms == 0)
        {
            return 0;
        }

        var scratch = Scratch.For(_slotCount);
        var sums = scratch.TermSums(_postings.Length);
        var touched = scratch.TouchedTerms(feedback.Length * 256);
        var touchedCount = 0;
        var maxDocumentFrequency = Math.Max(_weights.MinDocumentFrequencyCut, (int)(_weights.MaxDocumentFrequency * _liveCount));
        var best = feedback[0].Score;
        foreach (var (slot, score) in feedback)
        {
            var vector = _vectors[slot]!;
            var share = score / best;
            for (var i = 0; i < vector.Ids.Length && touchedCount < touched.Length; i++)
            {
                var id = vector.Ids[i];
                var live = _postings[id]!.Live;
                if (live < 2 || live > maxDocumentFrequency || analyzer.IsSupporting(id) || query.WeightOf(id) > 0f)
                {
                    continue;
                }

                if (sums[id] == 0f)
                {
                    touched[touchedCount++] = id;
                }

                sums[id] += share * Factor(vector.WeightAt(i), vector.Length) * Idf(id);
            }
        }

        var count = 0;
        for (var t = 0; t < touchedCount; t++)
        {
            var id = touched[t];
            var value = sums[id];
            sums[id] = 0f;
            var at = Math.Min(count, maxTerms);
            while (at > 0 && (value > expandedWeights[at - 1] || (value == expandedWeights[at - 1] && string.CompareOrdinal(analyzer.TermAt(id), analyzer.TermAt(expandedIds[at - 1])) < 0)))
            {
                if (at < maxTerms)
                {
                    expandedIds[at] = expandedIds[at - 1];
                    expandedWeights[at] = expandedWeights[at - 1];
                }

                at--;
            }

            if (at < maxTerms)
            {
                expandedIds[at] = id;
                expandedWeights[at] = value;
                count = Math.Min(count + 1, maxTerms);
            }
        }

        for (var i = 0; i < count; i++)
        {
            expandedWeights[i] *= weight / feedback.Length;
        }

        return count;
    }

    /// <summary>
    /// The score the query would give itself as a document of this index through its chosen terms: the largest score a
    /// match of the same length can reach, which normalises a match's score into its similarity.
    /// </summary>
    public float SelfScore(TermVector query, ReadOnlySpan<int> termIds, ReadOnlySpan<float> termWeights)
    {
        var score = 0f;
        for (var i = 0; i < termIds.Length; i++)
        {
            score += termWeights[i] * Factor(query.WeightOf(termIds[i]), query.Length);
        }

        return score;
    }

    /// <summary>The score <paramref name="slot"/> gets from the terms <paramref name="termIds"/> alone, as <see cref="Search"/> sums it.</summary>
    public float ScoreOf(int slot, ReadOnlySpan<int> termIds, ReadOnlySpan<float> termWeights)
    {
        var vector = _vectors[slot]!;
        var score = 0f;
        for (var i = 0; i < termIds.Length; i++)
        {
            var tf = vector.WeightOf(termIds[i]);
            if (tf > 0f)
            {
                score += termWeights[i] * Factor(tf, _lengths[slot]);
            }
        }

        return score;
    }

    /// <summary>The document-side BM25 factor of a term with weight <paramref name="tf"/> in <paramref name="slot"/>.</summary>
    public float DocumentFactor(float tf, int slot) => Factor(tf, _lengths[slot]);

    private float Factor(float tf, float length)
    {
        var norm = _weights.K1 * (1f - _weights.B + (_weights.B * length / _referenceLength));
        return tf * (_weights.K1 + 1f) / (tf + norm);
    }

    /// <summary>
    /// The reference length of BM25's length normalisation: the live documents' average length rounded to the nearest
    /// step of a geometric grid (eight steps per doubling, about 9% apart). It is a function of the live documents
    /// alone, never of the order they came in, so the same documents give the same scores on every start and silo;
    /// the grid keeps it constant while the average moves within a step, so the postings' precomputed factors are
    /// recomputed (by compaction) only when the average crosses to another step, not at every change.
    /// </summary>
    private float ReferenceLength()
    {
        if (_liveCount == 0)
        {
            return 0f;
        }

        var average = (double)_totalLength / LengthUnit / _liveCount;
        return (float)Math.Pow(2, Math.Round(Math.Log2(Math.Max(average, 1)) * ReferenceSteps) / ReferenceSteps);
    }

    private static long Units(float length) => (long)Math.Round((double)length * LengthUnit);

    /// <summary>
    /// Scores every document that shares a selected term other than the last <paramref name="supporting"/> ones with the
    /// query and writes the best <paramref name="results"/>.Length (or fewer) of those that reach the minimum score to
    /// <paramref name="results"/>, best first, ties by key. The supporting terms add to the score of documents found by
    /// the others but find none themselves. When <paramref name="languages"/> is not empty, only documents whose language id
    /// it marks are written.
    /// </summary>
    public int Search(ReadOnlySpan<int> termIds, ReadOnlySpan<float> termWeights, int supporting, int excludeSlot, int excludeGroup, Span<ScoredSlot> results, ReadOnlySpan<bool> languages = default)
    {
        if (_liveCount == 0 || results.Length == 0)
        {
            return 0;
        }

        var scratch = Scratch.For(_slotCount);
        var marks = scratch.Marks;
        var finding = termIds.Length - supporting;

        // A query whose lists hold at least two postings per stretch of slots on average scores in nearly every stretch:
        // then all are read, and the loop below marks none.
        var stretches = (_slotCount + StretchSlots - 1) >> StretchShift;
        var postingCount = 0L;
        for (var q = 0; q < finding; q++)
        {
            postingCount += _postings[termIds[q]]!.Count;
        }

        TouchPostings(termIds);

        var everyStretch = postingCount >= 2L * stretches;
        if (everyStretch)
        {
            marks.AsSpan(0, stretches).Fill(1);
        }

        // The loops below are most of a query's time. They go without bounds checks: a posting's slot is below the slot
        // count, which the accumulator holds, and its stretch below the number of marks. The postings of a list are in
        // different slots, so its iterations do not wait on each other.
        ref var accumulator = ref MemoryMarshal.GetArrayDataReference(scratch.Accumulator);
        ref var marked = ref MemoryMarshal.GetArrayDataReference(marks);
        for (var q = 0; q < finding; q++)
        {
            var postings = _postings[termIds[q]]!;
            var qw = termWeights[q];
            var count = postings.Count;
            ref var slots = ref MemoryMarshal.GetArrayDataReference(postings.Slots);
            ref var factors = ref MemoryMarshal.GetArrayDataReference(postings.Weights);
            if (everyStretch)
            {
                for (var p = 0; p < count; p++)
                {
                    Unsafe.Add(ref accumulator, Unsafe.Add(ref slots, p)) += qw * Unsafe.Add(ref factors, p);
                }
            }
            else
            {
                for (var p = 0; p < count; p++)
                {
                    var slot = Unsafe.Add(ref slots, p);
                    Unsafe.Add(ref accumulator, slot) += qw * Unsafe.Add(ref factors, p);
                    Unsafe.Add(ref marked, slot >> StretchShift) = 1;
                }
            }
        }

        for (var q = finding; q < termIds.Length; q++)
        {
            var postings = _postings[termIds[q]]!;
            var qw = termWeights[q];
            var slots = postings.Slots.AsSpan(0, postings.Count);
            var factors = postings.Weights.AsSpan(0, slots.Length);

            // Without a branch on whether the issue was found, which follows no pattern a branch predictor could learn:
            // multiplying by 1 leaves the part exact, and an issue not found gets 0 added and stays unfound.
            for (var p = 0; p < slots.Length; p++)
            {
                ref var score = ref Unsafe.Add(ref accumulator, slots[p]);
                score += qw * factors[p] * Unsafe.BitCast<bool, byte>(score != 0f);
            }
        }

        // The scores are read, and the accumulator cleared, a stretch at a time over the stretches of slots that were scored.
        // Few stretches hold a score that reaches the worst of the best found so far, so a stretch is first compared as a
        // whole, without branches, and only one that holds such a score is looked at a vector at a time.
        // Scores are positive, so a minimum of 0 lets every scored document through and none that was not.
        var found = 0;
        var threshold = Math.Max(_weights.MinScore, float.Epsilon);
        var lower = Vector256.Create(threshold);
        for (var stretch = 0; stretch < stretches; stretch++)
        {
            if (marks[stretch] == 0)
            {
                continue;
            }

            marks[stretch] = 0;
            var start = stretch << StretchShift;
            ref var block = ref Unsafe.Add(ref accumulator, start);
            if (AnyAtLeast(ref block, lower))
            {
                for (var at = 0; at < StretchSlots; at += Vector256<float>.Count)
                {
                    var above = Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, (nuint)at), lower).ExtractMostSignificantBits();
                    while (above != 0)
                    {
                        var i = at + BitOperations.TrailingZeroCount(above);
                        above &= above - 1;
                        var score = Unsafe.Add(ref block, i);
                        if (score < threshold || !Admits(start + i, excludeSlot, excludeGroup, languages))
                        {
                            continue;
                        }

                        found = Offer(results, found, new ScoredSlot(start + i, score));
                        if (found == results.Length)
                        {
                            threshold = results[0].Score;
                            lower = Vector256.Create(threshold);
                        }
                    }
                }
            }

            Clear(ref block);
        }

        // The heap holds the best in no particular order; sort it best first.
        var filled = results[..found];
        for (var i = 1; i < filled.Length; i++)
        {
            var item = filled[i];
            var j = i - 1;
            while (j >= 0 && Better(item, filled[j]))
            {
                filled[j + 1] = filled[j];
                j--;
            }

            filled[j + 1] = item;
        }

        return found;
    }

    // Reads the first posting of each term's list. The lists lie apart in memory: read in a loop of their own, their cache
    // misses overlap, where the scoring loop would wait for each list's in turn. The sum is returned only so that the reads
    // are kept.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private float TouchPostings(ReadOnlySpan<int> termIds)
    {
        var sum = 0f;
        foreach (var id in termIds)
        {
            var postings = _postings[id]!;
            sum += postings.Slots[0] + postings.Weights[0];
        }

        return sum;
    }

    // Whether any of the stretch of scores at block reaches lower.
    private static bool AnyAtLeast(ref float block, Vector256<float> lower) =>
        (Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 8), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 16), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 24), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 32), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 40), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 48), lower)
            | Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref block, 56), lower)) != Vector256<float>.Zero;

    // Sets the stretch of scores at block to zero.
    private static void Clear(ref float block)
    {
        Vector256<float>.Zero.StoreUnsafe(ref block);
        Vector256<float>.Zero.StoreUnsafe(ref block, 8);
        Vector256<float>.Zero.StoreUnsafe(ref block, 16);
        Vector256<float>.Zero.StoreUnsafe(ref block, 24);
        Vector256<float>.Zero.StoreUnsafe(ref block, 32);
        Vector256<float>.Zero.StoreUnsafe(ref block, 40);
        Vector256<float>.Zero.StoreUnsafe(ref block, 48);
        Vector256<float>.Zero.StoreUnsafe(ref block, 56);
    }

    // Whether a scored document may be among a search's results: not the query itself, not removed, not of the excluded
    // group and, when languages are given, in one of them.
    private bool Admits(int slot, int excludeSlot, int excludeGroup, ReadOnlySpan<bool> languages)
    {
        var group = _groups[slot];
        if (slot == excludeSlot || group == Dead || (group == excludeGroup && excludeGroup != NoGroup))
        {
            return false;
        }

        return languages.IsEmpty || (_vectors[slot]!.Language < languages.Length && languages[_vectors[slot]!.Language]);
    }

    private bool Better(ScoredSlot x, ScoredSlot y) =>
        x.Score > y.Score || (x.Score == y.Score && _keys[x.Slot].CompareTo(_keys[y.Slot]) < 0);

    // A min-heap on "worst first" of capacity results.Length.
    private int Offer(Span<ScoredSlot> heap, int count, ScoredSlot candidate)
    {
        if (count < heap.Length)
        {
            var i = count;
            heap[i] = candidate;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Better(heap[parent], heap[i]))
                {
                    break;
                }

                (heap[parent], heap[i]) = (heap[i], heap[parent]);
                i = parent;
            }

            return count + 1;
        }

        if (!Better(candidate, heap[0]))
        {
            return count;
        }

        heap[0] = candidate;
        var at = 0;
        while (true)
        {
            var left = (2 * at) + 1;
            if (left >= count)
            {
                break;
            }

            var worst = left;
            if (left + 1 < count && Better(heap[left], heap[left + 1]))
            {
                worst = left + 1;
            }

            if (!Better(heap[at], heap[worst]))
            {
                break;
            }

            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }

        return count;
    }

    private int AddSlot(TKey key, int group, object item, TermVector vector)
    {
        if (_slotCount == _keys.Length)
        {
            var size = _keys.Length * 2;
            Array.Resize(ref _keys, size);
            Array.Resize(ref _groups, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _vectors, size);
            Array.Resize(ref _items, size);
        }

        var slot = _slotCount++;
        _keys[slot] = key;
        _groups[slot] = group;
        _lengths[slot] = vector.Length;
        _vectors[slot] = vector;
        _items[slot] = item;
        _slotOf.Add(key, slot);
        _liveCount++;
        if (vector.Language >= _languageCounts.Length)
        {
            Array.Resize(ref _languageCounts, Math.Max(vector.Language + 1, _languageCounts.Length * 2));
        }

        _languageCounts[vector.Language]++;
        _totalLength += Units(vector.Length);
        foreach (var id in vector.Ids)
        {
            PostingsFor(id).Live++;
        }

        return slot;
    }

    private Postings PostingsFor(int termId)
    {
        if (termId >= _postings.Length)
        {
            Array.Resize(ref _postings, Math.Max(termId + 1, _postings.Length * 2));
        }

        return _postings[termId] ??= new Postings();
    }

    private void Compact()
    {
        var live = new List<(TKey Key, int Group, object Item, TermVector Vector)>(_liveCount);
        for (var slot = 0; slot < _slotCount; slot++)
        {
            if (_items[slot] is { } item)
            {
                live.Add((_keys[slot], _groups[slot], item, _vectors[slot]!));
            }
        }

        var capacity = Math.Max(16, live.Count);
        _slotOf.Clear();
        _keys = new TKey[capacity];
        _groups = new int[capacity];
        _lengths = new float[capacity];
        _vectors = new TermVector?[capacity];
        _items = new object?[capacity];
        Array.Clear(_postings);
        _slotCount = 0;
        _liveCount = 0;
        Array.Clear(_languageCounts);
        _totalLength = 0;
        _referenceLength = 0f;
        AddRange(live);
    }

    private sealed class Postings
    {
        public int[] Slots { get; private set; } = [];

        public float[] Weights { get; private set; } = [];

        public int Count { get; private set; }

        public int Live { get; set; }

        public void Reserve(int extra)
        {
            var needed = Count + extra;
            if (needed > Slots.Length)
            {
                Resize(needed);
            }
        }

        public void Append(int slot, float weight)
        {
            if (Count == Slots.Length)
            {
                Resize(Math.Max(4, Count + (Count / 2)));
            }

            Slots[Count] = slot;
            Weights[Count] = weight;
            Count++;
        }

        private void Resize(int size)
        {
            var slots = new int[size];
            var weights = new float[size];
            Slots.AsSpan(0, Count).CopyTo(slots);
            Weights.AsSpan(0, Count).CopyTo(weights);
            Slots = slots;
            Weights = weights;
        }
    }

    /// <summary>Per-thread dense score accumulator and its marks of scored stretches, reused by every query on the thread.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        /// <summary>A score per slot, all zero between searches, a whole number of stretches long.</summary>
        public float[] Accumulator { get; private set; } = [];

        /// <summary>A mark per stretch of slots that holds a score, all zero between searches.</summary>
        public byte[] Marks { get; private set; } = [];

        private float[] _termSums = [];

        private int[] _touchedTerms = [];

        /// <summary>A dense array by term id, all zero between uses, for summing the terms of feedback documents.</summary>
        public float[] TermSums(int terms)
        {
            if (_termSums.Length < terms)
            {
                _termSums = new float[Math.Max(terms, _termSums.Length * 2)];
            }

            return _termSums;
        }

        public int[] TouchedTerms(int length)
        {
            if (_touchedTerms.Length < length)
            {
                _touchedTerms = new int[length];
            }

            return _touchedTerms;
        }

        public static Scratch For(int slots)
        {
            var scratch = t_current ??= new Scratch();
            if (scratch.Accumulator.Length < slots)
            {
                var stretches = (Math.Max(slots, scratch.Accumulator.Length * 2) + StretchSlots - 1) >> StretchShift;
                scratch.Accumulator = new float[stretches << StretchShift];
                scratch.Marks = new byte[stretches];
            }

            return scratch;
        }
    }
}

/// <summary>A slot and its score.</summary>
internal readonly record struct ScoredSlot(int Slot, float Score);
