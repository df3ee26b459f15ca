namespace Cfc.Sdk.Matching.Indexing;

/// <summary>
/// The analysed terms of one document: term ids in ascending order with their weights, and the document's
/// length. Weights are kept at half precision (ample for field weights of one or two significant digits) to
/// keep the index small; everything that scores reads them through <see cref="WeightAt"/>, so scoring is consistent.
/// </summary>
internal sealed class TermVector
{
    private readonly Half[] _weights;

    public TermVector(int[] ids, float[] weights, float length, int language)
    {
        Language = language;
        Ids = ids;
        _weights = new Half[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            _weights[i] = (Half)weights[i];
        }

        Length = length;
    }

    public int[] Ids { get; }

    public float Length { get; }

    /// <summary>The id of the document's language in the analyzer's table of languages.</summary>
    public int Language { get; }

    public float WeightAt(int index) => (float)_weights[index];

    public float WeightOf(int termId)
    {
        var i = Array.BinarySearch(Ids, termId);
        return i >= 0 ? WeightAt(i) : 0f;
    }
}
