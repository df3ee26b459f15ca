namespace Cfc.Sdk.Matching.Indexing;

/// <summary>
/// The analysed terms of one document: term ids in ascending order with their weights and where each was first written,
/// and the document's length. Weights are kept at half precision (ample for field weights of one or two significant
/// digits) to keep the index small; everything that scores reads them through <see cref="WeightAt"/>, so scoring is
/// consistent.
/// </summary>
internal sealed class TermVector
{
    // A place packs the field (0 the title, 1 the text, 2 onwards the themes), the start and the length of the first word
    // or phrase that produced a term; 0 when there is none or it does not fit (a token of over a thousand characters, a
    // theme after the 126th).
    private const int StartBits = 15;
    private const int LengthBits = 10;
    private const int FieldBits = 32 - StartBits - LengthBits;

    private readonly Half[] _weights;
    private readonly uint[] _places;

    public TermVector(int[] ids, float[] weights, uint[] places, float length, int language)
    {
        Language = language;
        Ids = ids;
        _weights = new Half[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            _weights[i] = (Half)weights[i];
        }

        _places = places;
        Length = length;
    }

    public int[] Ids { get; }

    public float Length { get; }

    /// <summary>The id of the document's language in the analyzer's table of languages.</summary>
    public int Language { get; }

    public float WeightAt(int index) => (float)_weights[index];

    public float WeightOf(int termId)
    {
        var i = IndexOf(termId);
        return i >= 0 ? WeightAt(i) : 0f;
    }

    /// <summary>The index of <paramref name="termId"/> among <see cref="Ids"/>; negative when the document does not hold it.</summary>
    public int IndexOf(int termId) => Ids.AsSpan().BinarySearch(termId);

    /// <summary>
    /// The first word or phrase of the document's fields that produced the term at <paramref name="index"/>, as written;
    /// <see langword="null"/> for a tag, which no word produces.
    /// </summary>
    public string? SurfaceAt(int index, string title, string text, IReadOnlyList<string> themes)
    {
        var place = _places[index];
        if (place == 0)
        {
            return null;
        }

        var start = (int)(place & ((1u << StartBits) - 1));
        var length = (int)((place >> StartBits) & ((1u << LengthBits) - 1));
        var field = (int)(place >> (StartBits + LengthBits));
        return (field switch { 0 => title, 1 => text, _ => themes[field - 2] }).Substring(start, length);
    }

    /// <summary>Whether <paramref name="place"/> starts where <paramref name="other"/> does, in the same field, and is longer.</summary>
    public static bool IsLongerAtSameStart(uint place, uint other) =>
        place != 0 && other != 0
        && (place >> (StartBits + LengthBits)) == (other >> (StartBits + LengthBits))
        && (place & ((1u << StartBits) - 1)) == (other & ((1u << StartBits) - 1))
        && ((place >> StartBits) & ((1u << LengthBits) - 1)) > ((other >> StartBits) & ((1u << LengthBits) - 1));

    /// <summary>The place of a word or phrase for <see cref="SurfaceAt"/>; 0 when it does not fit one.</summary>
    public static uint Place(int field, int start, int length) =>
        field < 1 << FieldBits && start < 1 << StartBits && length is > 0 and < 1 << LengthBits
            ? ((uint)field << (StartBits + LengthBits)) | ((uint)length << StartBits) | (uint)start
            : 0;
}
