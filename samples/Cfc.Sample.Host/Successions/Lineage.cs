using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;

namespace Cfc.Sample.Host.Successions;

/// <summary>
/// A member's successions as the municipality grains record them: who answers for a succeeded member now, and whose
/// data a successor reads besides its own.
/// </summary>
/// <remarks>
/// A member succeeded is closed to successions (it is neither succeeded again nor a successor), so following successors
/// or predecessors never comes round to a member already met; the set of members met keeps it so all the same.
/// </remarks>
internal static class Lineage
{
    /// <summary>The member that answers for the member <paramref name="succession"/> closed: its successor, or that one's successor, and so on.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="succession">The succession of the member asked for.</param>
    /// <returns>The last successor: a member not succeeded itself.</returns>
    public static async Task<MemberCode> CurrentSuccessorAsync(IGrainFactory grains, Succession succession)
    {
        var met = new HashSet<MemberCode> { succession.Predecessor };
        var current = succession.Successor;
        while (met.Add(current) && await grains.GetGrain<IMunicipalityGrain>(current.ToString()).GetSuccessionAsync() is { } next)
        {
            current = next.Successor;
        }

        return current;
    }

    /// <summary>
    /// Refuses a write for <paramref name="member"/> once it is succeeded, on the routes that name the member in their
    /// body or through an entity rather than by a <c>{code}</c> the middleware sees (<see cref="SucceededMembers"/>).
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="member">The member the write is for.</param>
    /// <returns>A task that completes when the member is not succeeded.</returns>
    /// <exception cref="MemberSucceededException">The member is succeeded; the exception handler answers 409 naming the successor.</exception>
    public static async Task RefuseIfSucceededAsync(IGrainFactory grains, MemberCode member)
    {
        if (await grains.GetGrain<IMunicipalityGrain>(member.ToString()).GetSuccessionAsync() is { } succession)
        {
            throw new MemberSucceededException(succession);
        }
    }

    /// <summary>
    /// Every member whose data <paramref name="successor"/> reads besides its own: the members it succeeded, in the
    /// order recorded, each followed by the members that one succeeded.
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="successor">The member.</param>
    /// <returns>The successions, each of a predecessor; empty when the member succeeded none.</returns>
    public static async Task<IReadOnlyList<Succession>> PredecessorsAsync(IGrainFactory grains, MemberCode successor)
    {
        var found = new List<Succession>();
        var met = new HashSet<MemberCode> { successor };
        await AddAsync(successor);
        return found;

        async Task AddAsync(MemberCode member)
        {
            foreach (var succession in await grains.GetGrain<IMunicipalityGrain>(member.ToString()).GetPredecessorsAsync())
            {
                if (met.Add(succession.Predecessor))
                {
                    found.Add(succession);
                    await AddAsync(succession.Predecessor);
                }
            }
        }
    }
}
