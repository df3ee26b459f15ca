using System.Globalization;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;

namespace Cfc.Sdk.Orleans.ActionPlans;

/// <summary>
/// A network's action points: creating one (a number from the network's <c>actions</c> sequence, then the point's
/// grain), finding one by number, and their lists, network-wide (<c>actions</c>) and per member (<c>actions-{code}</c>),
/// filed by each point's due date, so that the overdue points come first and a walk for them stops at today.
/// </summary>
public static class ActionPointGrains
{
    /// <summary>The name of the action points' sequence and network-wide list: <c>actions</c>.</summary>
    public const string Kind = "actions";

    /// <summary>Creates <paramref name="point"/> in <paramref name="network"/>: takes the next number and stores the point under it.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="point">The point, just created.</param>
    /// <returns>The point's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="point"/> is <see langword="null"/>.</exception>
    public static async Task<int> CreateActionPointAsync(this IGrainFactory grains, string network, ActionPoint point)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(point);
        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetActionPoint(network, number).CreateAsync(point);
        return number;
    }

    /// <summary>The grain of action point <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The point's number.</param>
    /// <returns>The grain; it holds nothing when no point has the number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static IActionPointGrain GetActionPoint(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IActionPointGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>The network's list of action points, of every member, filed by due date.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList ActionPointList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }

    /// <summary>The list of <paramref name="member"/>'s action points (<c>actions-{code}</c>), filed by due date: its action plan.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="member">The member.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    public static EntityList MemberActionPointList(this IGrainFactory grains, string network, MemberCode member)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return member == default
            ? throw new ArgumentException("The default MemberCode names no member.", nameof(member))
            : new(grains, network, $"{Kind}-{member}");
    }

    /// <summary>What the lists show of action point <paramref name="number"/>.</summary>
    /// <param name="number">The point's number.</param>
    /// <param name="point">The point.</param>
    /// <returns>The entry: number, title, due date as its day, member, status and goal area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is <see langword="null"/>.</exception>
    public static ListEntry EntryOf(int number, ActionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new()
        {
            Id = number.ToString(CultureInfo.InvariantCulture),
            Title = point.Title,
            Day = point.DueOn,
            Member = MemberId.For(point.Member),
            Status = point.Status.ToString(),
            GoalArea = point.GoalArea,
        };
    }
}
