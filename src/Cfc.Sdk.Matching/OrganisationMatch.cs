using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>An organisation whose expertise fits the query issue, with its score and the reasons.</summary>
/// <remarks>
/// Immutable. Two matches are equal when all properties are equal. JSON (property names follow the naming policy of the options in use; camelCase here):
/// <c>{"organisation": "o03", "name": "...", "score": 3.25, "relevance": 0.71, "reasons": {...}}</c>, validated on read;
/// a match stored before relevance existed reads with an unknown relevance (<see langword="null"/>), and an unknown relevance is left out of the JSON.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record OrganisationMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="organisation">The organisation's identifier.</param>
    /// <param name="name">The organisation's name.</param>
    /// <param name="score">The similarity score, greater than 0.</param>
    /// <param name="reasons">Why the organisation matched.</param>
    /// <param name="language">The language of the matched organisation's expertise, a tag such as <c>nl</c> or <c>en</c>; <c>nl</c> when not given.</param>
    /// <param name="relevance">The calibrated chance, 0 to 1, that the organisation's expertise fits (<see cref="Relevance"/>); <see langword="null"/> when it is not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is the default value, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not a finite number greater than 0, or <paramref name="relevance"/> is not from 0 to 1.</exception>
    public OrganisationMatch(OrganisationId organisation, string name, double score, MatchReasons reasons, string language = LanguageTag.Dutch, double? relevance = null)
    {
        Relevance = relevance is { } known ? IssueMatch.CheckRelevance(known) : null;
        if (organisation == default)
        {
            throw new ArgumentException("The organisation id is the default value, which names no organisation.", nameof(organisation));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(score) || score <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, string.Create(CultureInfo.InvariantCulture, $"A score is a finite number greater than 0; it is {score}."));
        }

        ArgumentNullException.ThrowIfNull(reasons);
        Organisation = organisation;
        Name = name;
        Score = score;
        Reasons = reasons;
        Language = LanguageTag.IsValid(language)
            ? language
            : throw new ArgumentException($"'{language}' is not a language tag of two or three lower-case letters such as 'nl' or 'pap'.", nameof(language));
    }

    /// <summary>The organisation's identifier.</summary>
    public OrganisationId Organisation { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>The similarity score, greater than 0; comparable between matches of one query only.</summary>
    public double Score { get; }

    /// <summary>Why the organisation matched.</summary>
    public MatchReasons Reasons { get; }

    /// <summary>The language of the matched organisation's expertise (given, or detected when it was indexed), such as <c>nl</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>
    /// The calibrated chance, from 0 to 1, that the organisation's expertise serves the query's problem: 0.5 means that
    /// about half of the matches with this relevance do. Unlike <see cref="Score"/>, it compares between queries.
    /// See the package README for the curve and how it was fitted and checked. <see langword="null"/> when it is not
    /// known: a match stored, or sent by a silo, of a release before relevance existed.
    /// </summary>
    public double? Relevance { get; }

    /// <summary>The match as invariant text, for diagnostics.</summary>
    /// <returns>Text such as <c>o03 3.25: Stichting Meedoen</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Organisation} {Score}: {Name}");

    private sealed class Stored
    {
        public required OrganisationId Organisation { get; init; }

        public required string Name { get; init; }

        public required double Score { get; init; }

        public required MatchReasons Reasons { get; init; }

        public string? Language { get; init; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? Relevance { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<OrganisationMatch, Stored>
    {
        protected override OrganisationMatch FromStored(Stored stored) => new(stored.Organisation, stored.Name, stored.Score, stored.Reasons, stored.Language ?? LanguageTag.Dutch, stored.Relevance);

        protected override Stored ToStored(OrganisationMatch value) =>
            new() { Organisation = value.Organisation, Name = value.Name, Score = value.Score, Reasons = value.Reasons, Language = value.Language, Relevance = value.Relevance };
    }
}
