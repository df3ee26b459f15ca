using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Quality;

/// <summary>
/// Guards the matcher's quality, scored as the shared data's README prescribes. On the development set the
/// floors sit a little below what the matcher measures (nDCG@10 0.769, organisation hit@3 0.959; Lucene.Net
/// MoreLikeThis 0.225 and 0.694). The blind set was written without seeing the thesaurus or the development
/// set, so it guards against tuning to the development set's sentences: its floors are the issue's targets
/// (0.45 and 0.85), below the measured 0.497 and 0.948 (MoreLikeThis 0.317 and 0.719).
/// </summary>
public sealed class QualityFloorTests
{
    [Fact]
    public void Issue_matching_reaches_the_ndcg_floor_on_the_development_set()
    {
        using var index = Dev.BuildIndex();
        Assert.InRange(Dev.NdcgAt10(index), 0.72, 1.0);
    }

    [Fact]
    public void Organisation_matching_reaches_the_hit_at_3_floor_on_the_development_set()
    {
        using var index = Dev.BuildIndex();
        Assert.InRange(Dev.OrganisationHitAt3(index), 0.92, 1.0);
    }

    [Fact]
    public void Issue_matching_reaches_the_target_on_the_blind_set()
    {
        using var index = Blind.BuildIndex();
        Assert.InRange(Blind.NdcgAt10(index), 0.45, 1.0);
    }

    [Fact]
    public void Organisation_matching_reaches_the_target_on_the_blind_set()
    {
        using var index = Blind.BuildIndex();
        Assert.InRange(Blind.OrganisationHitAt3(index), 0.85, 1.0);
    }
}
