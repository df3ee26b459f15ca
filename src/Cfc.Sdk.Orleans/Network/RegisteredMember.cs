using System.Text.Json.Serialization;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// What the network's register keeps of a member: its id, kind, name, time zone and a municipality's population. The member's profile itself
/// (an organisation's expertise, a municipality's programme) and its contact people live in the member's own grain.
/// </summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Id">The member's id: a municipality's code or <c>org:</c> and an organisation's id.</param>
/// <param name="Kind">Municipality, public body, organisation or network partner.</param>
/// <param name="Name">The member's name.</param>
/// <param name="TimeZoneId">The IANA id of the zone the member works in, such as <c>Europe/Amsterdam</c>.</param>
[GenerateSerializer, Immutable, Alias("cfc.registered-member")]
public sealed record RegisteredMember(
    [property: Id(0)] MemberId Id,
    [property: Id(1)] MemberKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string TimeZoneId)
{
    /// <summary>The register's entry of <paramref name="member"/>.</summary>
    /// <param name="member">The member.</param>
    /// <returns>Its id, kind, name and zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    public static RegisteredMember Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.Id, member.Kind, member.Name, member.TimeZone.Id) { Population = member.Population };
    }

    /// <summary>A municipality's or public body's number of inhabitants; <see langword="null"/> when not known (and in registers stored by releases 0.1 and 0.2).</summary>
    [Id(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Population { get; init; }
}
