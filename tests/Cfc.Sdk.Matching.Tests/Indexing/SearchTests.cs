using Cfc.Sdk.Matching.Indexing;
using CsCheck;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>
/// The search's results are those of scoring every live document from its term vector, in the order of the query's terms:
/// the same documents, in the same order, with the same scores to the bit, over indexes of up to a few hundred slots (so
/// several stretches of the accumulator and a partial vector at the end), with short and long lists, removed documents,
/// excluded groups, language filters and minimum scores.
/// </summary>
public sealed class SearchTests
{
    // A small vocabulary gives long lists, whose postings reach every stretch of slots; a large one lists of one or two
    // postings, which reach a few stretches.
    private static readonly Gen<int> s_vocabulary = Gen.OneOf(Gen.Const(40), Gen.Const(2000));

    private static readonly Gen<(Document[] Documents, bool[] Removed, Query Query, double MinScore)> s_case =
        s_vocabulary.SelectMany(vocabulary =>
            Gen.Select(Documents(vocabulary).Array[1, 400], Gen.Int[0, 4].Array[400], Queries(vocabulary), Gen.OneOf(Gen.Const(0d), Gen.Const(1d), Gen.Const(4d)))
                .Select((documents, removals, query, minScore) => (documents, removals.Select(r => r == 0).ToArray(), query, minScore)));

    [Fact]
    public void The_best_documents_are_those_that_scoring_every_document_from_its_vector_finds()
    {
        s_case.Sample(
            sample =>
            {
                var (documents, removed, query, minScore) = sample;
                var index = new InvertedIndex<int>(Weights.From(new MatchingOptions { MinScore = minScore }));
                for (var key = 0; key < documents.Length; key++)
                {
                    index.Add(key, documents[key].Group, key, Vector(documents[key]));
                }

                for (var key = 0; key < documents.Length; key++)
                {
                    if (removed[key])
                    {
                        index.Remove(key);
                    }
                }

                // A search is given terms some live document holds, as the index's own term selection gives it.
                var kept = Enumerable.Range(0, query.Terms.Length).Where(q => index.Idf(query.Terms[q]) > 0f).ToArray();
                if (kept.Length == 0)
                {
                    return;
                }

                var termIds = kept.Select(q => query.Terms[q]).ToArray();
                var termWeights = kept.Select(q => query.Weights[q]).ToArray();
                var supporting = Math.Min(query.Supporting, termIds.Length - 1);
                var excludeSlot = index.TryGetSlot(query.Exclude, out var slot) ? slot : -1;
                var results = new ScoredSlot[query.K];

                var found = index.Search(termIds, termWeights, supporting, excludeSlot, query.ExcludeGroup, results, query.Languages);

                var expected = Expected(index, documents, termIds, termWeights, supporting, excludeSlot, query, (float)minScore);
                var actual = results.Take(found).Select(r => ((int)index.ItemAt(r.Slot), r.Score)).ToArray();
                Assert.Equal(expected, actual);
            },
            iter: 300);
    }

    // Every live document scored from its vector: the finding terms in order, then, for a document they found, the supporting
    // ones; best first, ties by key.
    private static (int Key, float Score)[] Expected(InvertedIndex<int> index, Document[] documents, int[] termIds, float[] termWeights, int supporting, int excludeSlot, Query query, float minScore)
    {
        var scored = new List<(int Key, float Score)>();
        for (var key = 0; key < documents.Length; key++)
        {
            if (!index.TryGetSlot(key, out var slot) || slot == excludeSlot || documents[key].Group == query.ExcludeGroup)
            {
                continue;
            }

            if (query.Languages.Length > 0 && !query.Languages[documents[key].Language])
            {
                continue;
            }

            var vector = index.VectorAt(slot);
            var score = 0f;
            for (var q = 0; q < termIds.Length; q++)
            {
                var tf = vector.WeightOf(termIds[q]);
                if (tf > 0f && (q < termIds.Length - supporting || score != 0f))
                {
                    score += termWeights[q] * index.DocumentFactor(tf, slot);
                }
            }

            if (score > 0f && score >= minScore)
            {
                scored.Add((key, score));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Key).Take(query.K)];
    }

    private static Gen<Document> Documents(int vocabulary) =>
        Gen.Select(Gen.Int[0, vocabulary - 1].HashSet[1, 12], Gen.Int[1, 40].Array[12], Gen.Int[0, 5], Gen.Int[0, 2])
            .Select((terms, weights, group, language) =>
            {
                var ids = terms.Order().ToArray();
                return new Document(ids, [.. weights.Take(ids.Length).Select(w => w / 10f)], group, language);
            });

    private static Gen<Query> Queries(int vocabulary) =>
        Gen.Select(Gen.Int[0, vocabulary - 1].HashSet[1, 16], Gen.Int[1, 60].Array[16], Gen.Int[0, 4], Gen.Int[1, 12], Gen.Int[-1, 400], Gen.Int[-1, 5], Gen.Bool.Array[3], Gen.Bool)
            .Select((terms, weights, supporting, k, exclude, excludeGroup, languages, filter) =>
                new Query([.. terms.Order()], [.. weights.Take(terms.Count).Select(w => w / 7f)], supporting, k, exclude, excludeGroup, filter ? languages : []));

    private static TermVector Vector(Document document) =>
        new(document.Terms, document.Weights, new uint[document.Terms.Length], Math.Max(1f, document.Weights.Sum()), document.Language);

    private sealed record Document(int[] Terms, float[] Weights, int Group, int Language);

    private sealed record Query(int[] Terms, float[] Weights, int Supporting, int K, int Exclude, int ExcludeGroup, bool[] Languages);
}
