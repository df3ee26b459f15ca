using System.Collections.Immutable;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Organisations;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>Loads this silo's replica from the grains the network's register lists: the organisations' (expertise) and the municipalities' (issues).</summary>
internal sealed class MatchingReplicaLoader(MatchingReplica replica, IGrainFactory grains, IOptions<CfcMatchingHostOptions> options)
{
    // How many municipality grains are read at once.
    private const int Parallelism = 32;

    /// <summary>Brings the replica up to the grains' state: adds and replaces what they hold, removes what they no longer hold.</summary>
    /// <returns>The number of municipalities read.</returns>
    public async Task<int> LoadAsync()
    {
        replica.BeginLoad();
        try
        {
            var network = grains.GetGrain<INetworkGrain>(options.Value.NetworkId);
            List<Member> organisations = [];
            foreach (var batch in (await network.GetMembersAsync()).Where(m => m.Id.Organisation is not null).Chunk(Parallelism))
            {
                var profiles = await Task.WhenAll(batch.Select(m =>
                    grains.GetGrain<IOrganisationGrain>(NetworkKey.Of(options.Value.NetworkId, m.Id.Organisation!.Value.ToString())).GetProfileAsync()));
                organisations.AddRange(profiles.OfType<Member>());
            }

            foreach (var organisation in organisations)
            {
                replica.Restore(organisation);
            }

            replica.RemoveMissingOrganisations(organisations
                .Where(m => m.Expertise is not null)
                .Select(m => m.Id.Organisation)
                .OfType<OrganisationId>()
                .ToHashSet());

            var municipalities = await network.GetMunicipalitiesAsync();
            var indexed = replica.IssuesByMember();
            foreach (var batch in municipalities.Chunk(Parallelism))
            {
                // Read in parallel, but index in the register's order: the index's length statistic depends on the order
                // issues are added in, so the same stored issues must be added in the same order on every silo and start.
                var read = await Task.WhenAll(batch.Select(municipality =>
                    grains.GetGrain<IMunicipalityGrain>(municipality.Id.ToString()).GetIssuesAsync()));
                for (var i = 0; i < batch.Length; i++)
                {
                    Restore(batch[i], read[i], indexed);
                }
            }

            return municipalities.Length;
        }
        finally
        {
            replica.EndLoad();
        }
    }

    private void Restore(RegisteredMember municipality, ImmutableArray<LocalIssue> issues, ILookup<MemberCode, IssueId> indexed)
    {
        foreach (var issue in issues)
        {
            replica.Restore(issue);
        }

        if (municipality.Id.Code is { } code)
        {
            replica.RemoveMissing(indexed[code], issues.Select(i => i.Id).ToHashSet());
        }
    }
}
