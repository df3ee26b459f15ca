using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>An issue of another member that resembles the query, with its score and the reasons.</summary>
/// <remarks>
/// Immutable. Two matches are equal when all properties are equal. JSON (property names follow the naming policy of the options in use; camelCase here):
/// <c>{"issue": "d001", "member": "GM0518", "title": "...", "score": 3.25, "relevance": 0.71, "reasons": {...}}</c>, validated on read;
/// a match stored before relevance existed reads with an unknown relevance (<see langword="null"/>), and an unknown relevance is left out of the JSON.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record IssueMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="issue">The matched issue's identifier.</param>
    /// <param name="member">The member that faces the matched issue.</param>
    /// <param name="title">The matched issue's title.</param>
    /// <param name="score">The similarity score, greater than 0.</param>
    /// <param name="reasons">Why the issue matched.</param>
    /// <param name="language">The language of the matched issue, a tag such as <c>nl</c> or <c>en</c>; <c>nl</c> when not given.</param>
    /// <param name="relevance">The calibrated chance, 0 to 1, that the match is relevant (<see cref="Relevance"/>); <see langword="null"/> when it is not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="issue"/> or <paramref name="member"/> is the default value, or <paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not a finite number greater than 0, or <paramref name="relevance"/> is not from 0 to 1.</exception>
    public IssueMatch(IssueId issue, MemberCode member, string title, double score, MatchReasons reasons, string language = LanguageTag.Dutch, double? relevance = null)
    {
        Relevance = relevance is { } known ? CheckRelevance(known) : null;
        var checkedScore = new IssueScore(issue, member, score);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(reasons);
        Issue = checkedScore.Issue;
        Member = checkedScore.Member;
        Title = title;
        Score = checkedScore.Score;
        Reasons = reasons;
        Language = LanguageTag.IsValid(language)
            ? language
            : throw new ArgumentException($"'{language}' is not a language tag of two or three lower-case letters such as 'nl' or 'pap'.", nameof(language));
    }

    /// <summary>The matched issue's identifier.</summary>
    public IssueId Issue { get; }

    /// <summary>The member that faces the matched issue.</summary>
    public MemberCode Member { get; }

    /// <summary>The matched issue's title.</summary>
    public string Title { get; }

    /// <summary>The similarity score, greater than 0; comparable between matches of one query only.</summary>
    public double Score { get; }

    /// <summary>Why the issue matched.</summary>
    public MatchReasons Reasons { get; }

    /// <summary>The language of the matched issue (given, or detected when it was indexed), such as <c>nl</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>
    /// The calibrated chance, from 0 to 1, that a coordinator judges the match relevant (about the same problem): 0.5
    /// means that about half of the matches with this relevance are. Unlike <see cref="Score"/>, it compares between
    /// queries. See the package README for the curve and how it was fitted and checked. <see langword="null"/> when it
    /// is not known: a match stored, or sent by a silo, of a release before relevance existed.
    /// </summary>
    public double? Relevance { get; }

    internal static double CheckRelevance(double relevance, string paramName = "relevance") =>
        double.IsFinite(relevance) && relevance is >= 0 and <= 1
            ? relevance
            : throw new ArgumentOutOfRangeException(paramName, relevance, string.Create(CultureInfo.InvariantCulture, $"A relevance is from 0 to 1; it is {relevance}."));

    /// <summary>The match as invariant text, for diagnostics.</summary>
    /// <returns>Text such as <c>d001 (GM0518) 3.25: Kind stopt bij voetbalclub</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Issue} ({Member}) {Score}: {Title}");

    private sealed class Stored
    {
        public required IssueId Issue { get; init; }

        public required MemberCode Member { get; init; }

        public required string Title { get; init; }

        public required double Score { get; init; }

        public required MatchReasons Reasons { get; init; }

        public string? Language { get; init; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? Relevance { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<IssueMatch, Stored>
    {
        protected override IssueMatch FromStored(Stored stored) => new(stored.Issue, stored.Member, stored.Title, stored.Score, stored.Reasons, stored.Language ?? LanguageTag.Dutch, stored.Relevance);

        protected override Stored ToStored(IssueMatch value) =>
            new() { Issue = value.Issue, Member = value.Member, Title = value.Title, Score = value.Score, Reasons = value.Reasons, Language = value.Language, Relevance = value.Relevance };
    }
}
