using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;

namespace Cfc.Sdk.Orleans.Checklists;

/// <summary>The members' checklist grains: one per member of a network.</summary>
public static class ChecklistGrains
{
    /// <summary>The grain of <paramref name="member"/>'s answers to the checklist in <paramref name="network"/>, keyed <c>{network}/{code}</c>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="member">The member.</param>
    /// <returns>The grain; it holds no answers until the member gives one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    public static IChecklistGrain GetChecklist(this IGrainFactory grains, string network, MemberCode member)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return member == default
            ? throw new ArgumentException("The default MemberCode names no member.", nameof(member))
            : grains.GetGrain<IChecklistGrain>(NetworkKey.Of(network, member.ToString()));
    }
}
