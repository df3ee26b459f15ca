using System.Globalization;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;

namespace Cfc.Sdk.Orleans.Bottlenecks;

/// <summary>
/// A network's bottlenecks: signalling one (a number from the network's <c>bottlenecks</c> sequence, then the
/// bottleneck's grain), finding one by number, and their list, filed by the day each was signalled.
/// </summary>
public static class BottleneckGrains
{
    /// <summary>The name of the bottlenecks' sequence and list: <c>bottlenecks</c>.</summary>
    public const string Kind = "bottlenecks";

    /// <summary>The name of the list of bottlenecks on the national agenda, filed by the day each was put there: <c>bottlenecks-national</c>.</summary>
    public const string NationalKind = "bottlenecks-national";

    /// <summary>The name of the list of bottlenecks filed under the day of each of their escalations: <c>bottlenecks-escalated</c>.</summary>
    public const string EscalatedKind = "bottlenecks-escalated";

    /// <summary>Signals <paramref name="bottleneck"/> to <paramref name="network"/>: takes the next number and stores the bottleneck under it.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="bottleneck">The bottleneck, as signalled.</param>
    /// <returns>The bottleneck's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="bottleneck"/> is <see langword="null"/>.</exception>
    public static async Task<int> SignalBottleneckAsync(this IGrainFactory grains, string network, Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(bottleneck);
        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetBottleneck(network, number).CreateAsync(bottleneck);
        return number;
    }

    /// <summary>The grain of bottleneck <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The bottleneck's number.</param>
    /// <returns>The grain; it holds nothing when no bottleneck has the number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static IBottleneckGrain GetBottleneck(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IBottleneckGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>The network's list of bottlenecks, filed by the day each was signalled.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList BottleneckList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }

    /// <summary>
    /// The network's list of bottlenecks put on the <see cref="EscalationLevel.National"/> agenda, filed by the day each
    /// was put there: what a newsletter edition reports as news reads only the days it covers.
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList NationalBottleneckList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, NationalKind);
    }

    /// <summary>
    /// The network's list of escalated bottlenecks, filed under the day of each escalation (a bottleneck put on the
    /// regional and then the national agenda is under both days): what a newsletter edition reports as news reads only
    /// the days it covers. An escalation stored by a release without this list is filed when its bottleneck next changes.
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList EscalatedBottleneckList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, EscalatedKind);
    }

    /// <summary>What the list shows of bottleneck <paramref name="number"/>.</summary>
    /// <param name="number">The bottleneck's number.</param>
    /// <param name="bottleneck">The bottleneck.</param>
    /// <returns>The entry: number, title, the day signalled, member, status and level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bottleneck"/> is <see langword="null"/>.</exception>
    public static ListEntry EntryOf(int number, Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        return new()
        {
            Id = number.ToString(CultureInfo.InvariantCulture),
            Title = bottleneck.Title,
            Day = bottleneck.SignalledOn,
            Member = bottleneck.SignalledBy,
            Status = bottleneck.Status.ToString(),
            Level = bottleneck.Level.ToString(),
        };
    }
}
