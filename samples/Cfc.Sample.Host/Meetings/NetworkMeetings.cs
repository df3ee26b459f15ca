using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Network;
using NodaTime;

namespace Cfc.Sample.Host.Meetings;

/// <summary>A meeting with its number in the network.</summary>
/// <param name="Id">The number, as in <c>/api/meetings/{id}</c> and <c>/meetings/{id}</c>.</param>
/// <param name="Meeting">The meeting.</param>
internal sealed record NumberedMeeting(int Id, Meeting Meeting);

/// <summary>
/// What the API, the pages and the newsletter read of a network's meetings: a page of the <c>meetings</c> list with
/// each meeting from its own grain, and the names of the members a set of meetings mentions, each from the register.
/// </summary>
internal static class NetworkMeetings
{
    /// <summary>
    /// The first <paramref name="count"/> meetings that start on or after <paramref name="from"/> (Europe/Amsterdam), by
    /// start: the list is read only as far as they go, then the meetings are read from their grains at once.
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="from">The first day.</param>
    /// <param name="count">The most meetings wanted.</param>
    /// <param name="plannedOnly">Whether to leave cancelled meetings out.</param>
    /// <param name="before">The first day no longer read, if any.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The meetings, by start.</returns>
    public static async Task<IReadOnlyList<NumberedMeeting>> ReadMeetingsAsync(
        this IGrainFactory grains, string network, LocalDate from, int count, bool plannedOnly = false, LocalDate? before = null, CancellationToken cancellationToken = default)
    {
        var numbers = await grains.ReadNumbersAsync(network, from, count, plannedOnly, before, cancellationToken);
        var meetings = await Task.WhenAll(numbers.Select(n => grains.GetMeeting(network, n).GetAsync()));
        return [.. numbers.Zip(meetings).Where(m => m.Second is not null).Select(m => new NumberedMeeting(m.First, m.Second!))];
    }

    /// <summary>
    /// The first <paramref name="count"/> meetings, planned or cancelled, that start from <paramref name="from"/> and before
    /// <paramref name="before"/> (Europe/Amsterdam), by start, each with its sequence (<see cref="IMeetingGrain.GetRevisionAsync"/>):
    /// the list is read only as far as they go.
    /// </summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="from">The first day.</param>
    /// <param name="before">The first day no longer read.</param>
    /// <param name="count">The most meetings wanted.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The meetings with their numbers and sequences, by start.</returns>
    public static async Task<IReadOnlyList<(int Id, MeetingRevision Revision)>> ReadRevisionsAsync(
        this IGrainFactory grains, string network, LocalDate from, LocalDate before, int count, CancellationToken cancellationToken = default)
    {
        var numbers = await grains.ReadNumbersAsync(network, from, count, plannedOnly: false, before, cancellationToken);
        var revisions = await Task.WhenAll(numbers.Select(n => grains.GetMeeting(network, n).GetRevisionAsync()));
        return [.. numbers.Zip(revisions).Where(m => m.Second is not null).Select(m => (m.First, m.Second!))];
    }

    private static async Task<List<int>> ReadNumbersAsync(
        this IGrainFactory grains, string network, LocalDate from, int count, bool plannedOnly, LocalDate? before, CancellationToken cancellationToken)
    {
        var numbers = new List<int>();
        if (count > 0)
        {
            await foreach (var entry in grains.MeetingList(network).ReadAsync(from, cancellationToken: cancellationToken))
            {
                if (entry.Day >= before)
                {
                    break;
                }

                if (plannedOnly && entry.Status != nameof(MeetingStatus.Planned))
                {
                    continue;
                }

                if (EntityIds.Number(entry.Id) is { } number)
                {
                    numbers.Add(number);
                }
                if (numbers.Count == count)
                {
                    break;
                }
            }
        }

        return numbers;
    }

    /// <summary>The names of the members that take part in <paramref name="meetings"/>, one register call per member; a member the register no longer knows is named by its id.</summary>
    /// <param name="network">The network's grain.</param>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The name of a member.</returns>
    public static async Task<Func<MemberId, string>> NamesAsync(this INetworkGrain network, IEnumerable<Meeting> meetings)
    {
        var ids = meetings.SelectMany(m => m.Participants).Select(p => p.Member).Distinct().ToArray();
        var members = (await Task.WhenAll(ids.Select(network.GetMemberAsync))).OfType<RegisteredMember>().ToDictionary(m => m.Id, m => m.Name);
        return id => members.TryGetValue(id, out var name) ? name : id.ToString();
    }
}
