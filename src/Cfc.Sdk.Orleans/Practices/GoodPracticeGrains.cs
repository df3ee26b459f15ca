using System.Globalization;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Practices;

namespace Cfc.Sdk.Orleans.Practices;

/// <summary>
/// A network's good practices: sharing one (a number from the network's <c>practices</c> sequence, then the practice's
/// grain), finding one by number, and their list, filed by the day each was shared.
/// </summary>
public static class GoodPracticeGrains
{
    /// <summary>The name of the practices' sequence and list: <c>practices</c>.</summary>
    public const string Kind = "practices";

    /// <summary>The status every practice's list entry shows: <c>Shared</c>.</summary>
    public const string SharedStatus = "Shared";

    /// <summary>Shares <paramref name="practice"/> with <paramref name="network"/>: takes the next number and stores the practice under it.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="practice">The practice.</param>
    /// <returns>The practice's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="practice"/> is <see langword="null"/>.</exception>
    public static async Task<int> ShareGoodPracticeAsync(this IGrainFactory grains, string network, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(practice);
        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetGoodPractice(network, number).CreateAsync(practice);
        return number;
    }

    /// <summary>The grain of practice <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The practice's number.</param>
    /// <returns>The grain; it holds nothing when no practice has the number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static IGoodPracticeGrain GetGoodPractice(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IGoodPracticeGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>The network's list of practices, filed by the day each was shared.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList GoodPracticeList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }

    /// <summary>What the list shows of practice <paramref name="number"/>.</summary>
    /// <param name="number">The practice's number.</param>
    /// <param name="practice">The practice.</param>
    /// <returns>The entry: number, title, the day shared, member and <see cref="SharedStatus"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="practice"/> is <see langword="null"/>.</exception>
    public static ListEntry EntryOf(int number, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return new()
        {
            Id = number.ToString(CultureInfo.InvariantCulture),
            Title = practice.Title,
            Day = practice.SharedOn,
            Member = practice.Member,
            Status = SharedStatus,
        };
    }
}
