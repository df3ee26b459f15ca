namespace Cfc.Sdk.Matching.Indexing;

/// <summary>The analysed terms of one document: term ids in ascending order with their weights, and the document's length.</summary>
internal sealed class TermVector(int[] ids, float[] weights, float length)
{
    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public float Length { get; } = length;

    public float WeightOf(int termId)
    {
        var i = Array.BinarySearch(Ids, termId);
        return i >= 0 ? Weights[i] : 0f;
    }
}
