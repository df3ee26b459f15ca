using System.Text.Json.Serialization;
using Cfc.Sample.Host.Programmes;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sample.Host.Municipalities;

/// <summary>
/// A municipality or public body with its programme today: <c>{"code","name","timeZone","programme"}</c>, with
/// <c>population</c> when it is known, <c>predecessors</c> when it succeeded members and <c>successor</c> when another member succeeded it.
/// </summary>
/// <param name="Code">The member code, <c>GM0518</c> or <c>DE-05315000</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="TimeZone">The IANA id of its zone.</param>
/// <param name="Programme">Its programme as it stands today in its zone.</param>
internal sealed record MunicipalityResponse(string Code, string Name, string TimeZone, ProgrammeResponse Programme)
{
    /// <summary>Its number of inhabitants, which rules such as Germany's programme durations depend on; left out when not known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Population { get; init; }

    /// <summary>The members it succeeded (and those they succeeded), whose data it reads; left out when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PredecessorResponse>? Predecessors { get; init; }

    /// <summary>The member that succeeded it; left out while none has.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SuccessorResponse? Successor { get; init; }

    /// <summary>The response for a member's profile and programme today.</summary>
    /// <param name="member">The profile.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="today">Today in the member's zone.</param>
    /// <returns>The response.</returns>
    public static MunicipalityResponse From(Member member, Programme programme, LocalDate today) =>
        new(member.Id.ToString(), member.Name, member.TimeZone.Id, ProgrammeResponse.From(programme.StatusOn(today), programme))
        {
            Population = member.Population,
        };
}
