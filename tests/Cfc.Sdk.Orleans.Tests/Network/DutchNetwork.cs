using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The Dutch network's sample members, and a network grain seeded with them.</summary>
internal static class DutchNetwork
{
    public static readonly LocalDate Joined = new(2023, 11, 30);

    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId];

    public static readonly DateTimeZone Kralendijk = DateTimeZoneProviders.Tzdb[MemberCode.CaribbeanNetherlandsZoneId];

    public static Member DenHaag { get; } = Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", Amsterdam);

    public static Member GooiseMeren { get; } = Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", Amsterdam);

    public static Member SintEustatius { get; } = Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Kralendijk);

    public static Member Nji { get; } = Member.Organisation(
        OrganisationId.Parse("nji"),
        "Nederlands Jeugdinstituut",
        new ExpertiseProfile(
            "Kennis over jeugdhulp, participatie van jongeren en opvoeden.",
            ["jeugdhulp", "participatie"],
            [GoalArea.VoiceHeard, GoalArea.EssentialServices],
            [CrcArticle.ViewsOfTheChild, CrcArticle.BestInterests]),
        Amsterdam);

    /// <summary>An online meeting of Den Haag with Sint Eustatius at 16:00 in Amsterdam on 14 March 2024 (11:00 on Statia).</summary>
    public static Meeting IslandsMeeting { get; } = new(
        "Kinderparticipatie op de eilanden",
        MeetingFormat.Online,
        MeetingKind.Thematic,
        [new MeetingTheme("participatie", chosenWithYoungPeople: true)],
        MeetingParticipant.For(DenHaag),
        Meeting.StartAt(new LocalDateTime(2024, 3, 14, 16, 0), Amsterdam),
        Duration.FromMinutes(90),
        [MeetingParticipant.For(SintEustatius)]);

    /// <summary>A network grain under <paramref name="key"/> with the three municipalities, all joining on <see cref="Joined"/>.</summary>
    public static async Task<INetworkGrain> SeedAsync(IClusterClient client, string key)
    {
        var network = client.GetGrain<INetworkGrain>(key);
        foreach (var member in new[] { DenHaag, GooiseMeren, SintEustatius })
        {
            await network.SaveMemberAsync(member);
            await network.JoinAsync(member.Id, Joined);
        }

        return network;
    }
}
