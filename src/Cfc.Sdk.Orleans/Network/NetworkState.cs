using System.Collections.Immutable;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Practices;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The state release 0.1 stored for a network (schema version 1): every member, person, meeting, practice, bottleneck
/// and subscriber in one state. The <see cref="NetworkGrain"/> reads it to convert it (see <see cref="INetworkGrain"/>)
/// and then stores it empty, in schema version 2, so that release 0.1 refuses it rather than misread it.
/// </summary>
/// <remarks>
/// It is stored as the JSON of <c>ConfigureForCfcSdk</c> (the SQLite storage's serializer); a property missing from
/// stored JSON keeps its default, so properties may be added later but never renamed. The default value is the empty network.
/// </remarks>
[GenerateSerializer, Alias("cfc.network-state")]
public sealed record NetworkState
{
    /// <summary>The members by id: municipalities, public bodies, organisations and partners.</summary>
    [Id(0)]
    public ImmutableSortedDictionary<MemberId, Member> Members { get; init; } = ImmutableSortedDictionary<MemberId, Member>.Empty;

    /// <summary>Who was a member when.</summary>
    [Id(1)]
    public MemberRegister Register { get; init; } = MemberRegister.Empty;

    /// <summary>The contact people, in the order they were added; an equal person is kept once.</summary>
    [Id(2)]
    public ImmutableArray<Person> People { get; init; } = [];

    /// <summary>The meetings, in the order they were added.</summary>
    [Id(3)]
    public ImmutableArray<Meeting> Meetings { get; init; } = [];

    /// <summary>The good practices, in the order they were shared.</summary>
    [Id(4)]
    public ImmutableArray<GoodPractice> GoodPractices { get; init; } = [];

    /// <summary>The bottlenecks in the order they were signalled; the one at index <c>i</c> has id <c>i + 1</c>.</summary>
    [Id(5)]
    public ImmutableArray<Bottleneck> Bottlenecks { get; init; } = [];

    /// <summary>When the newsletter appears; <see langword="null"/> until it is set.</summary>
    [Id(6)]
    public NewsletterSchedule? NewsletterSchedule { get; init; }

    /// <summary>The newsletter's subscribers' e-mail addresses, as <see cref="Newsletter.Subscribers"/> keeps them.</summary>
    [Id(7)]
    public ImmutableArray<string> NewsletterSubscribers { get; init; } = [];

    /// <summary>
    /// How many organisation changes release 0.1 had made, for its matching pushes; kept so that its state reads as it
    /// was written. Each organisation's grain now counts its own changes.
    /// </summary>
    [Id(8)]
    public long OrganisationVersion { get; init; }
}
