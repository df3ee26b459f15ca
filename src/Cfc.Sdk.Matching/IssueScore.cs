using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>A matched issue and its score, without reasons: what <see cref="IssueIndex.Match(IssueId, Span{IssueScore})"/> writes.</summary>
/// <param name="Issue">The matched issue's identifier.</param>
/// <param name="Member">The member that faces the matched issue.</param>
/// <param name="Score">The similarity score, greater than 0; comparable between matches of one query only.</param>
/// <remarks>Two values are equal when all properties are equal.</remarks>
public readonly record struct IssueScore(IssueId Issue, MemberCode Member, double Score);
