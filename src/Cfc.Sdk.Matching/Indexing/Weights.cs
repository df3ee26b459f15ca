namespace Cfc.Sdk.Matching.Indexing;

/// <summary>The validated numbers of <see cref="MatchingOptions"/> the index works with, copied once so that a later change of the options object cannot tear the index.</summary>
internal sealed record Weights(
    float Title,
    float Theme,
    float Article,
    float AgeGroup,
    float Concept,
    float CompoundPart,
    float K1,
    float B,
    int MaxQueryTerms,
    double MaxDocumentFrequency,
    int MinDocumentFrequencyCut,
    float Common,
    float MinScore,
    int FeedbackDocuments,
    int FeedbackTerms,
    float FeedbackWeight)
{
    public static Weights From(MatchingOptions options) => new(
        (float)options.TitleWeight,
        (float)options.ThemeWeight,
        (float)options.ArticleWeight,
        (float)options.AgeGroupWeight,
        (float)options.ConceptWeight,
        (float)options.CompoundPartWeight,
        (float)options.K1,
        (float)options.B,
        options.MaxQueryTerms,
        options.MaxDocumentFrequency,
        options.MinDocumentFrequencyCut,
        (float)options.CommonWordWeight,
        (float)options.MinScore,
        options.FeedbackDocuments,
        options.FeedbackTerms,
        (float)options.FeedbackWeight);
}
