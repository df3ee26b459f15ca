using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching;

/// <summary>An organisation whose expertise fits the query issue, with its score and the reasons.</summary>
/// <param name="Organisation">The organisation's identifier.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Score">The similarity score, greater than 0; comparable between matches of one query only.</param>
/// <param name="Reasons">Why the organisation matched.</param>
/// <remarks>Two matches are equal when all properties are equal.</remarks>
public sealed record OrganisationMatch(OrganisationId Organisation, string Name, double Score, MatchReasons Reasons);
