using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>A matched issue and its score, without reasons: what <see cref="IssueIndex.Match(IssueId, Span{IssueScore}, IEnumerable{string})"/> writes.</summary>
/// <remarks>
/// Two values are equal when all properties are equal. The default value (what a destination holds before the index writes
/// to it) names no issue; it formats as the empty string. JSON (property names follow the naming policy of the options in use; camelCase here): <c>{"issue": "d001", "member": "GM0518", "score": 3.25}</c>,
/// validated on read. The default value is not stored: writing it throws a <see cref="System.Text.Json.JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly record struct IssueScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="issue">The matched issue's identifier.</param>
    /// <param name="member">The member that faces the matched issue.</param>
    /// <param name="score">The similarity score, greater than 0.</param>
    /// <exception cref="ArgumentException"><paramref name="issue"/> or <paramref name="member"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not a finite number greater than 0.</exception>
    public IssueScore(IssueId issue, MemberCode member, double score)
    {
        Issue = issue.IsDefault ? throw new ArgumentException("The issue id is the default value, which identifies no issue.", nameof(issue)) : issue;
        Member = member == default ? throw new ArgumentException("The member code is the default value, which names no member.", nameof(member)) : member;
        Score = double.IsFinite(score) && score > 0
            ? score
            : throw new ArgumentOutOfRangeException(nameof(score), score, string.Create(CultureInfo.InvariantCulture, $"A score is a finite number greater than 0; it is {score}."));
    }

    /// <summary>The matched issue's identifier.</summary>
    public IssueId Issue { get; }

    /// <summary>The member that faces the matched issue.</summary>
    public MemberCode Member { get; }

    /// <summary>The similarity score, greater than 0 (0 only for the default value); comparable between matches of one query only.</summary>
    public double Score { get; }

    /// <summary>The score as invariant text, for diagnostics.</summary>
    /// <returns>Text such as <c>d001 (GM0518) 3.25</c>; the empty string for the default value.</returns>
    public override string ToString() => Issue.IsDefault ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Issue} ({Member}) {Score}");

    private sealed class Stored
    {
        public required IssueId Issue { get; init; }

        public required MemberCode Member { get; init; }

        public required double Score { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<IssueScore, Stored>
    {
        protected override IssueScore FromStored(Stored stored) => new(stored.Issue, stored.Member, stored.Score);

        protected override Stored ToStored(IssueScore value) => value.Issue.IsDefault
            ? throw new JsonException("The default IssueScore names no issue; it is not stored, because it could not be read back.")
            : new() { Issue = value.Issue, Member = value.Member, Score = value.Score };
    }
}
