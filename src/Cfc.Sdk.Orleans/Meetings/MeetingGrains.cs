using Cfc.Sdk.Meetings;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>A network's meetings from a grain factory: by number, new ones numbered by the network's sequence, and the list.</summary>
public static class MeetingGrains
{
    /// <summary>The name of the meetings' <see cref="ISequenceGrain"/> kind and of their <see cref="EntityList"/>.</summary>
    public const string Kind = "meetings";

    /// <summary>The grain of meeting <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The meeting's number.</param>
    /// <returns>The grain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static IMeetingGrain GetMeeting(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IMeetingGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>Creates <paramref name="meeting"/> in <paramref name="network"/> under the next number of the network's meetings.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="meeting">The new meeting, planned.</param>
    /// <returns>The meeting's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="meeting"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id, or <paramref name="meeting"/> is cancelled.</exception>
    public static async Task<int> CreateMeetingAsync(this IGrainFactory grains, string network, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status != MeetingStatus.Planned)
        {
            throw new ArgumentException("A new meeting is planned.", nameof(meeting));
        }

        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetMeeting(network, number).CreateAsync(meeting);
        return number;
    }

    /// <summary>The list of <paramref name="network"/>'s meetings, filed by their start's date in Europe/Amsterdam.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList MeetingList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }
}
