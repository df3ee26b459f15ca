using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;

namespace Cfc.Sample.Host.Seeding;

/// <summary>A municipality the host creates on a fresh store, with the programme transitions it starts with.</summary>
/// <param name="Code">The CBS code.</param>
/// <param name="Name">The name.</param>
/// <param name="Transitions">The programme's transitions, oldest first; none for a member without a programme.</param>
internal sealed record SeedMember(MemberCode Code, string Name, IReadOnlyList<PhaseTransition> Transitions)
{
    /// <summary>The members seeded: three candidates since 30 November 2023 and three members without a programme yet.</summary>
    public static IReadOnlyList<SeedMember> All { get; } = Build();

    private static SeedMember[] Build()
    {
        PhaseTransition[] candidate = [new(ProgrammePhase.Agreement, new(2023, 11, 30), "Candidate Child Friendly City since 30 November 2023.")];
        return
        [
            new(MemberCode.DenHaag, "'s-Gravenhage", candidate),
            new(MemberCode.GooiseMeren, "Gooise Meren", candidate),
            new(MemberCode.SintEustatius, "Sint Eustatius", candidate),
            new(MemberCode.Parse("GM0344"), "Utrecht", []),
            new(MemberCode.Parse("GM0599"), "Rotterdam", []),
            new(MemberCode.Bonaire, "Bonaire", []),
        ];
    }
}
