using System.Collections.Immutable;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// Matching queries over the network's local issues and organisations' expertise, answered on the calling silo from
/// that silo's replica of the index (a stateless worker: no single grain serves every read). Every key gives the same
/// answers: code co-hosted with a silo can use key 0; an external client should vary the key (per caller or per
/// request), because it sends all calls for one key through one gateway, so one key would load one silo.
/// </summary>
/// <remarks>
/// <para>
/// Every issue change a municipality grain makes reaches every active silo's replica before the change's call returns,
/// so a query issued after it, on any silo, sees it. Organisations follow the network grain's members the same way.
/// The exceptions: a silo that cannot be reached for longer than <c>CfcMatchingHostOptions.PushWait</c> gets the change
/// in the background, and a silo that refuses it logs an error; both are repaired by the next resync.
/// </para>
/// <para>
/// A silo that has just started answers once its replica is rebuilt from the municipality grains (the network grain's
/// municipalities) and the network grain's organisations; queries sent before then wait for it.
/// The silo must be set up with <c>AddCfcSdkMatching</c>.
/// </para>
/// </remarks>
[Alias("cfc.IMatchingGrain")]
public interface IMatchingGrain : IGrainWithIntegerKey
{
    /// <summary>The issues of other members most similar to the indexed issue <paramref name="id"/>, best first.</summary>
    /// <param name="id">The issue's id.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <returns>Up to <paramref name="k"/> matches.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="IssueNotFoundException">No municipality has an issue <paramref name="id"/>.</exception>
    [ReadOnly]
    [Alias("MatchAsync")]
    Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k = 10);

    /// <summary>The issues of other members most similar to a draft issue, which need not be stored, best first.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <returns>Up to <paramref name="k"/> matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    [ReadOnly]
    [Alias("MatchDraftAsync")]
    Task<ImmutableArray<IssueMatch>> MatchDraftAsync(LocalIssue draft, int k = 10);

    /// <summary>The organisations whose expertise best fits the indexed issue <paramref name="id"/>, best first.</summary>
    /// <param name="id">The issue's id.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <returns>Up to <paramref name="k"/> matches.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="IssueNotFoundException">No municipality has an issue <paramref name="id"/>.</exception>
    [ReadOnly]
    [Alias("MatchOrganisationsAsync")]
    Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsAsync(IssueId id, int k = 10);

    /// <summary>The organisations whose expertise best fits a draft issue, best first.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <returns>Up to <paramref name="k"/> matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    [ReadOnly]
    [Alias("MatchOrganisationsDraftAsync")]
    Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsDraftAsync(LocalIssue draft, int k = 10);

    /// <summary>As <see cref="MatchAsync(IssueId, int)"/>, among the issues written in one of <paramref name="languages"/> only.</summary>
    /// <param name="id">The stored issue's id.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <param name="languages">BCP 47 language tags (<c>nl</c>, <c>en</c>, ...); empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, each with its language.</returns>
    /// <exception cref="IssueNotFoundException">No issue <paramref name="id"/> is stored.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    [ReadOnly]
    [Alias("MatchInLanguagesAsync")]
    Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k, ImmutableArray<string> languages);

    /// <summary>As <see cref="MatchDraftAsync(LocalIssue, int)"/>, among the issues written in one of <paramref name="languages"/> only.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="k">How many matches at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <param name="languages">BCP 47 language tags; empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, each with its language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    [ReadOnly]
    [Alias("MatchDraftInLanguagesAsync")]
    Task<ImmutableArray<IssueMatch>> MatchDraftAsync(LocalIssue draft, int k, ImmutableArray<string> languages);

    /// <summary>As <see cref="MatchOrganisationsAsync(IssueId, int)"/>, among the expertise written in one of <paramref name="languages"/> only.</summary>
    /// <param name="id">The stored issue's id.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <param name="languages">BCP 47 language tags; empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, each with its language.</returns>
    /// <exception cref="IssueNotFoundException">No issue <paramref name="id"/> is stored.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    [ReadOnly]
    [Alias("MatchOrganisationsInLanguagesAsync")]
    Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsAsync(IssueId id, int k, ImmutableArray<string> languages);

    /// <summary>As <see cref="MatchOrganisationsDraftAsync(LocalIssue, int)"/>, among the expertise written in one of <paramref name="languages"/> only.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="k">How many organisations at most, 1 to <see cref="IssueIndex.MaxK"/>.</param>
    /// <param name="languages">BCP 47 language tags; empty for every language.</param>
    /// <returns>Up to <paramref name="k"/> matches, each with its language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 1 to <see cref="IssueIndex.MaxK"/>.</exception>
    /// <exception cref="ArgumentException">A language is not a BCP 47 language tag.</exception>
    [ReadOnly]
    [Alias("MatchOrganisationsDraftInLanguagesAsync")]
    Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsDraftAsync(LocalIssue draft, int k, ImmutableArray<string> languages);
}
