using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
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
internal sealed record BottleneckRequest([property: Required] string? SignalledBy, [property: Required] string? Title, [property: Required] string? Description, LocalDate? On, IReadOnlyList<int>? Articles)
{
    /// <summary>The bottleneck the request signals, or the errors naming each field that cannot be used.</summary>
    /// <param name="today">The date a bottleneck without <see cref="On"/> is signalled on.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The bottleneck; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public Bottleneck? ToBottleneck(LocalDate today, ValidationErrors errors)
    {
        MemberId member = default;
        if (SignalledBy is null)
        {
            errors.Add("signalledBy", "The member signalling the bottleneck is required, such as \"GM0518\".");
        }
        else if (!MemberId.TryParse(SignalledBy, out member))
        {
            errors.Add("signalledBy", $"'{SignalledBy}' is not a member id (a member code such as GM0518 or DE-05315000, or org: and an organisation's id).");
        }

        if (Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (Description is null)
        {
            errors.Add("description", "The description is required.");
        }

        var articles = errors.Articles("articles", Articles);
        if (errors.Any)
        {
            return null;
        }

        try
        {
            return new Bottleneck(member, Title!, Description!, On ?? today, articles);
        }
        catch (ArgumentException e)
        {
            errors.Add(e.ParamName switch { "signalledOn" => "on", null => "request", var name => name }, ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>The body of <c>POST /api/bottlenecks/{id}/escalations</c>: <c>{"level": "Regional", "on": "2026-03-01", "note"?}</c>.</summary>
/// <param name="Level">The higher agenda: Regional or National.</param>
/// <param name="On">The date it was put there; not before the previous step.</param>
/// <param name="Note">An optional note, such as the body that took it up.</param>
internal sealed record EscalationRequest([property: Required] EscalationLevel? Level, [property: Required] LocalDate? On, string? Note)
{
    /// <summary>Checks that the level and date are given.</summary>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The level and date; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public (EscalationLevel Level, LocalDate On)? Validate(ValidationErrors errors)
    {
        if (Level is null)
        {
            errors.Add("level", "The level is required: Regional or National.");
        }

        if (On is null)
        {
            errors.Add("on", "The date is required, e.g. \"2026-03-01\".");
        }

        return Level is { } level && On is { } on ? (level, on) : null;
    }
}

/// <summary>The body of <c>POST /api/bottlenecks/{id}/resolution</c>: <c>{"on": "2026-06-01", "outcome": "..."}</c>.</summary>
/// <param name="On">The date it was resolved; not before the last step of its history.</param>
/// <param name="Outcome">What came of it.</param>
internal sealed record ResolutionRequest([property: Required] LocalDate? On, [property: Required] string? Outcome)
{
    /// <summary>Checks that the date and outcome are given; the bottleneck checks the rest (a blank or too long outcome, a date before its last step).</summary>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The date and outcome; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public (LocalDate On, string Outcome)? Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "The date is required, e.g. \"2026-06-01\".");
        }

        if (Outcome is null)
        {
            errors.Add("outcome", "The outcome is required: what came of the bottleneck.");
        }

        return On is { } on && Outcome is { } outcome ? (on, outcome) : null;
    }
}

/// <summary>
/// A bottleneck: <c>{"id","signalledBy","title","description","articles","signalledOn","level","status","history":[{"level","on","note"}],"resolution":{"on","outcome"}}</c>
/// (<c>resolution</c> <see langword="null"/> while open).
/// </summary>
/// <param name="Id">The network's number for it.</param>
/// <param name="SignalledBy">The member that signalled it.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Articles">The CRC articles, by number.</param>
/// <param name="SignalledOn">The date it was signalled.</param>
/// <param name="Level">The agenda it is on now.</param>
/// <param name="Status">Open or Resolved.</param>
/// <param name="History">Each step, the signal on the Local agenda first.</param>
/// <param name="Resolution">How and when it was resolved; <see langword="null"/> while open.</param>
internal sealed record BottleneckResponse(
    int Id,
    string SignalledBy,
    string Title,
    string Description,
    IReadOnlyList<int> Articles,
    LocalDate SignalledOn,
    EscalationLevel Level,
    BottleneckStatus Status,
    IReadOnlyList<EscalationResponse> History,
    ResolutionResponse? Resolution)
{
    /// <summary>The response for bottleneck <paramref name="id"/>.</summary>
    /// <param name="id">The bottleneck's number.</param>
    /// <param name="bottleneck">The bottleneck.</param>
    /// <returns>The response.</returns>
    public static BottleneckResponse From(int id, Bottleneck bottleneck) => new(
        id,
        bottleneck.SignalledBy.ToString(),
        bottleneck.Title,
        bottleneck.Description,
        [.. bottleneck.Articles.Select(a => a.Number)],
        bottleneck.SignalledOn,
        bottleneck.Level,
        bottleneck.Status,
        [.. bottleneck.History.Select(e => new EscalationResponse(e.Level, e.On, e.Note))],
        bottleneck.Resolution is { } resolution ? new ResolutionResponse(resolution.On, resolution.Outcome) : null);
}

/// <summary>One step of a bottleneck's history.</summary>
/// <param name="Level">The agenda.</param>
/// <param name="On">The date.</param>
/// <param name="Note">The note, if any.</param>
internal sealed record EscalationResponse(EscalationLevel Level, LocalDate On, string? Note);

/// <summary>A bottleneck's resolution: <c>{"on","outcome"}</c>.</summary>
/// <param name="On">The date it was resolved.</param>
/// <param name="Outcome">What came of it.</param>
internal sealed record ResolutionResponse(LocalDate On, string Outcome);
