using System.Globalization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// A network's participation records: recording one (a number from the network's <c>participation</c> sequence, then the
/// record's grain), finding one by number, and their lists, network-wide and per member, filed by the day each was held.
/// </summary>
public static class ParticipationGrains
{
    /// <summary>The name of the records' sequence and network-wide list: <c>participation</c>; a member's list is <c>participation-{code}</c>.</summary>
    public const string Kind = "participation";

    /// <summary>Records <paramref name="record"/> in <paramref name="network"/>: takes the next number and stores the record under it.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="record">The record.</param>
    /// <returns>The record's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static async Task<int> RecordParticipationAsync(this IGrainFactory grains, string network, ParticipationRecord record)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(record);
        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetParticipation(network, number).CreateAsync(record);
        return number;
    }

    /// <summary>The grain of participation record <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The record's number.</param>
    /// <returns>The grain; it holds nothing when no record has the number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static IParticipationGrain GetParticipation(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IParticipationGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>The network's list of participation records, filed by the day each was held.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList ParticipationList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }

    /// <summary>The list of <paramref name="member"/>'s participation records, filed by the day each was held: <c>participation-{code}</c>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="member">The member.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    public static EntityList MemberParticipationList(this IGrainFactory grains, string network, MemberCode member)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return member == default
            ? throw new ArgumentException("The default MemberCode names no member.", nameof(member))
            : new(grains, network, $"{Kind}-{member}");
    }

    /// <summary>What the lists show of participation record <paramref name="number"/>.</summary>
    /// <param name="number">The record's number.</param>
    /// <param name="record">The record.</param>
    /// <returns>
    /// The entry: number, the kind as title, the day held, member, and as status <c>FeedbackGiven</c> or <c>AwaitingFeedback</c>;
    /// never the count of participants, which is shown only through disclosure control.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static ListEntry EntryOf(int number, ParticipationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            Id = number.ToString(CultureInfo.InvariantCulture),
            Title = record.Kind.ToString(),
            Day = record.HeldOn,
            Member = MemberId.For(record.Member),
            Status = record.Feedback is null ? "AwaitingFeedback" : "FeedbackGiven",
        };
    }
}
