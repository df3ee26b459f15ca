using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Orleans.Network;
using NodaTime;

namespace Cfc.Sample.Host.Bottlenecks;

/// <summary>
/// The body of <c>POST /api/bottlenecks</c>: <c>{"signalledBy": "GM0518", "title", "description", "on"?, "articles"?}</c>.
/// </summary>
/// <param name="SignalledBy">The id of the member signalling it, a member the network knows.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">What stands in the way.</param>
/// <param name="On">The date it was signalled; today (Europe/Amsterdam) by default.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
internal sealed record BottleneckRequest(string? SignalledBy, string? Title, string? Description, LocalDate? On, IReadOnlyList<int>? Articles);

/// <summary>The body of <c>POST /api/bottlenecks/{id}/escalations</c>: <c>{"level": "Regional", "on": "2026-03-01", "note"?}</c>.</summary>
/// <param name="Level">The higher agenda: Regional or National.</param>
/// <param name="On">The date it was put there; not before the previous step.</param>
/// <param name="Note">An optional note, such as the body that took it up.</param>
internal sealed record EscalationRequest(EscalationLevel? Level, LocalDate? On, string? Note);

/// <summary>
/// A bottleneck: <c>{"id","signalledBy","title","description","articles","signalledOn","level","history":[{"level","on","note"}]}</c>.
/// </summary>
/// <param name="Id">The network's id for it.</param>
/// <param name="SignalledBy">The member that signalled it.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Articles">The CRC articles, by number.</param>
/// <param name="SignalledOn">The date it was signalled.</param>
/// <param name="Level">The agenda it is on now.</param>
/// <param name="History">Each step, the signal on the Local agenda first.</param>
internal sealed record BottleneckResponse(
    int Id,
    string SignalledBy,
    string Title,
    string Description,
    IReadOnlyList<int> Articles,
    LocalDate SignalledOn,
    EscalationLevel Level,
    IReadOnlyList<EscalationResponse> History)
{
    /// <summary>The response for <paramref name="bottleneck"/>.</summary>
    /// <param name="bottleneck">The bottleneck with its id.</param>
    /// <returns>The response.</returns>
    public static BottleneckResponse From(NetworkBottleneck bottleneck) => new(
        bottleneck.Id,
        bottleneck.Bottleneck.SignalledBy.ToString(),
        bottleneck.Bottleneck.Title,
        bottleneck.Bottleneck.Description,
        [.. bottleneck.Bottleneck.Articles.Select(a => a.Number)],
        bottleneck.Bottleneck.SignalledOn,
        bottleneck.Bottleneck.Level,
        [.. bottleneck.Bottleneck.History.Select(e => new EscalationResponse(e.Level, e.On, e.Note))]);
}

/// <summary>One step of a bottleneck's history.</summary>
/// <param name="Level">The agenda.</param>
/// <param name="On">The date.</param>
/// <param name="Note">The note, if any.</param>
internal sealed record EscalationResponse(EscalationLevel Level, LocalDate On, string? Note);
