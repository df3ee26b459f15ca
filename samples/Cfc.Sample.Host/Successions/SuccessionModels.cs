using System.ComponentModel.DataAnnotations;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sample.Host.Successions;

/// <summary>The body of <c>POST /api/municipalities/{code}/succession</c>: <c>{"successor": "GM0363", "on": "2022-03-24"}</c>.</summary>
/// <param name="Successor">The code of the municipality that succeeds the one in the route.</param>
/// <param name="On">The first day of the succession: the day of the merger.</param>
internal sealed record SuccessionRequest([property: Required] string? Successor, [property: Required] LocalDate? On);

/// <summary>A succession: <c>{"predecessor","successor","on"}</c>.</summary>
/// <param name="Predecessor">The code of the member succeeded.</param>
/// <param name="Successor">The code of the member that succeeds it.</param>
/// <param name="On">The first day of the succession.</param>
internal sealed record SuccessionResponse(string Predecessor, string Successor, LocalDate On)
{
    /// <summary>The response for <paramref name="succession"/>.</summary>
    /// <param name="succession">The domain's succession.</param>
    /// <returns>The response.</returns>
    public static SuccessionResponse From(Succession succession) =>
        new(succession.Predecessor.ToString(), succession.Successor.ToString(), succession.On);
}

/// <summary>A member a successor succeeded, in the successor's answer: <c>{"code","name","on"}</c>.</summary>
/// <param name="Code">The predecessor's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="On">The first day of the succession.</param>
internal sealed record PredecessorResponse(string Code, string Name, LocalDate On);

/// <summary>The member that succeeded a member, in the predecessor's entry of the list: <c>{"code","on"}</c>.</summary>
/// <param name="Code">The successor's code.</param>
/// <param name="On">The first day of the succession.</param>
internal sealed record SuccessorResponse(string Code, LocalDate On);
