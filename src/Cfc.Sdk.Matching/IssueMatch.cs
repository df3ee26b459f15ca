using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>An issue of another member that resembles the query, with its score and the reasons.</summary>
/// <param name="Issue">The matched issue's identifier.</param>
/// <param name="Member">The member that faces the matched issue.</param>
/// <param name="Title">The matched issue's title.</param>
/// <param name="Score">The similarity score, greater than 0; comparable between matches of one query only.</param>
/// <param name="Reasons">Why the issue matched.</param>
/// <remarks>Two matches are equal when all properties are equal.</remarks>
public sealed record IssueMatch(IssueId Issue, MemberCode Member, string Title, double Score, MatchReasons Reasons);
