using System.Collections.Immutable;
using Orleans.Serialization.Cloning;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Orleans.Serialization;

// Match results are what a match query returns, ten at a time, on every query: through the SDK's JSON they cost more
// than the match itself on a client's call (benchmarks/README.md, "Matching through the Orleans grains"). These
// surrogates carry them in Orleans' binary format, with ids as their text and articles as their numbers; every value
// is rebuilt through its public, validating constructor. Orleans finds them through [RegisterConverter].

/// <summary>
/// The wire form of <see cref="MatchReasons"/>: the words with their shares, the themes, the article numbers and the shared
/// concepts; reasons from a silo of an earlier release have no concepts.
/// </summary>
[GenerateSerializer, Immutable, Alias("cfc.match-reasons")]
internal readonly record struct MatchReasonsSurrogate(
    [property: Id(0)] ImmutableArray<string> Terms,
    [property: Id(1)] ImmutableArray<double> Shares,
    [property: Id(2)] ImmutableArray<string> Themes,
    [property: Id(3)] ImmutableArray<int> Articles,
    [property: Id(4)] ImmutableArray<ConceptReasonSurrogate> Concepts);

/// <summary>The wire form of a <see cref="ConceptReason"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.concept-reason")]
internal readonly record struct ConceptReasonSurrogate(
    [property: Id(0)] string Concept,
    [property: Id(1)] string Label,
    [property: Id(2)] ImmutableArray<string> QueryWords,
    [property: Id(3)] ImmutableArray<string> MatchWords,
    [property: Id(4)] double Share);

/// <summary>Converts <see cref="MatchReasons"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class MatchReasonsConverter : IConverter<MatchReasons, MatchReasonsSurrogate>
{
    /// <inheritdoc/>
    public MatchReasons ConvertFromSurrogate(in MatchReasonsSurrogate surrogate)
    {
        if (surrogate.Terms.Length != surrogate.Shares.Length)
        {
            throw new ArgumentException("The match reasons have a different number of words and shares.", nameof(surrogate));
        }

        return new MatchReasons(
            surrogate.Terms.Zip(surrogate.Shares, static (text, share) => new TermReason(text, share)),
            surrogate.Concepts.IsDefault ? [] : surrogate.Concepts.Select(static c => new ConceptReason(c.Concept, c.Label, c.QueryWords.IsDefault ? [] : c.QueryWords, c.MatchWords.IsDefault ? [] : c.MatchWords, c.Share)),
            surrogate.Themes,
            surrogate.Articles.Select(CrcArticle.FromNumber));
    }

    /// <inheritdoc/>
    public MatchReasonsSurrogate ConvertToSurrogate(in MatchReasons value) =>
        new(
            [.. value.Terms.Select(t => t.Text)],
            [.. value.Terms.Select(t => t.Share)],
            [.. value.Themes],
            [.. value.Articles.Select(a => a.Number)],
            [.. value.Concepts.Select(c => new ConceptReasonSurrogate(c.Concept, c.Label, [.. c.QueryWords], [.. c.MatchWords], c.Share))]);
}

/// <summary>The wire form of an <see cref="IssueMatch"/>; a match from a silo of an earlier release has no language and reads as Dutch, and has no relevance, which stays unknown.</summary>
[GenerateSerializer, Immutable, Alias("cfc.issue-match")]
internal readonly record struct IssueMatchSurrogate(
    [property: Id(0)] string Issue,
    [property: Id(1)] string Member,
    [property: Id(2)] string Title,
    [property: Id(3)] double Score,
    [property: Id(4)] MatchReasons Reasons,
    [property: Id(5)] string? Language,
    [property: Id(6)] double? Relevance);

/// <summary>Converts an <see cref="IssueMatch"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class IssueMatchConverter : IConverter<IssueMatch, IssueMatchSurrogate>
{
    /// <inheritdoc/>
    public IssueMatch ConvertFromSurrogate(in IssueMatchSurrogate surrogate) =>
        new(IssueId.Parse(surrogate.Issue), MemberCode.Parse(surrogate.Member), surrogate.Title, surrogate.Score, surrogate.Reasons, surrogate.Language ?? LanguageTag.Dutch, surrogate.Relevance);

    /// <inheritdoc/>
    public IssueMatchSurrogate ConvertToSurrogate(in IssueMatch value) =>
        new(value.Issue.ToString(), value.Member.ToString(), value.Title, value.Score, value.Reasons, value.Language, value.Relevance);
}

/// <summary>The wire form of an <see cref="OrganisationMatch"/>; a match from a silo of an earlier release has no language and reads as Dutch, and has no relevance, which stays unknown.</summary>
[GenerateSerializer, Immutable, Alias("cfc.organisation-match")]
internal readonly record struct OrganisationMatchSurrogate(
    [property: Id(0)] string Organisation,
    [property: Id(1)] string Name,
    [property: Id(2)] double Score,
    [property: Id(3)] MatchReasons Reasons,
    [property: Id(4)] string? Language,
    [property: Id(5)] double? Relevance);

/// <summary>Converts an <see cref="OrganisationMatch"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class OrganisationMatchConverter : IConverter<OrganisationMatch, OrganisationMatchSurrogate>
{
    /// <inheritdoc/>
    public OrganisationMatch ConvertFromSurrogate(in OrganisationMatchSurrogate surrogate) =>
        new(OrganisationId.Parse(surrogate.Organisation), surrogate.Name, surrogate.Score, surrogate.Reasons, surrogate.Language ?? LanguageTag.Dutch, surrogate.Relevance);

    /// <inheritdoc/>
    public OrganisationMatchSurrogate ConvertToSurrogate(in OrganisationMatch value) =>
        new(value.Organisation.ToString(), value.Name, value.Score, value.Reasons, value.Language, value.Relevance);
}

// The results are immutable: a copy (a call within one silo) is the same instance, as for every other immutable SDK
// value, rather than a trip through the surrogate.

/// <summary>Copies <see cref="MatchReasons"/> by reference.</summary>
[RegisterCopier]
internal sealed class MatchReasonsCopier : ShallowCopier<MatchReasons>;

/// <summary>Copies an <see cref="IssueMatch"/> by reference.</summary>
[RegisterCopier]
internal sealed class IssueMatchCopier : ShallowCopier<IssueMatch>;

/// <summary>Copies an <see cref="OrganisationMatch"/> by reference.</summary>
[RegisterCopier]
internal sealed class OrganisationMatchCopier : ShallowCopier<OrganisationMatch>;
