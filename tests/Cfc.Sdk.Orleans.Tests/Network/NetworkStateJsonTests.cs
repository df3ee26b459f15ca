using Cfc.Testing;
using System.Collections.Immutable;
using System.Text.Json;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The network's state as the SQLite storage writes it: the JSON of <c>ConfigureForCfcSdk</c>.</summary>
public sealed class NetworkStateJsonTests
{
    public static TheoryData<string> Options => new() { "general", "web" };

    [Theory]
    [MemberData(nameof(Options))]
    public void A_full_network_state_round_trips_through_the_sdks_json(string defaults)
    {
        var options = (defaults == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : new JsonSerializerOptions()).ConfigureForCfcSdk();
        var state = FullState();

        var read = JsonSerializer.Deserialize<NetworkState>(JsonSerializer.Serialize(state, options), options)!;

        Assert.Equal(state.Members, read.Members);
        Assert.Equal(state.Register, read.Register);
        Assert.Equal(state.People.AsEnumerable(), read.People.AsEnumerable());
        Assert.Equal(state.Meetings.AsEnumerable(), read.Meetings.AsEnumerable());
        Assert.Equal(state.GoodPractices.AsEnumerable(), read.GoodPractices.AsEnumerable());
        Assert.Equal(state.Bottlenecks.AsEnumerable(), read.Bottlenecks.AsEnumerable());
        Assert.Equal(state.NewsletterSchedule, read.NewsletterSchedule);
        Assert.Equal(state.NewsletterSubscribers.AsEnumerable(), read.NewsletterSubscribers.AsEnumerable());
    }

    [Fact]
    public void The_stored_shape_of_a_network_state_is_approved() => Approvals.VerifyJson(FullState());

    [Fact]
    public void An_empty_state_written_before_later_properties_existed_reads_as_the_empty_network()
    {
        var read = JsonSerializer.Deserialize<NetworkState>("{}", new JsonSerializerOptions().ConfigureForCfcSdk())!;

        Assert.Empty(read.Members);
        Assert.Equal(MemberRegister.Empty, read.Register);
        Assert.Empty(read.People);
        Assert.Empty(read.Meetings);
        Assert.Empty(read.GoodPractices);
        Assert.Empty(read.Bottlenecks);
        Assert.Null(read.NewsletterSchedule);
        Assert.Empty(read.NewsletterSubscribers);
    }

    [Fact]
    public void An_invalid_stored_member_is_a_JsonException()
    {
        var options = new JsonSerializerOptions().ConfigureForCfcSdk();
        var json = JsonSerializer.Serialize(new NetworkState { Members = ImmutableSortedDictionary<MemberId, Member>.Empty.Add(DenHaag.Id, DenHaag) }, options)
            .Replace("Europe/Amsterdam", "America/Kralendijk", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NetworkState>(json, options));
    }

    private static NetworkState FullState()
    {
        var members = new[] { DenHaag, GooiseMeren, SintEustatius, Nji };
        var register = members.Aggregate(MemberRegister.Empty, (r, m) => r.Join(m.Id, Joined)).Leave(GooiseMeren.Id, new LocalDate(2024, 12, 31));
        var meeting = IslandsMeeting;
        return new NetworkState
        {
            Members = members.ToImmutableSortedDictionary(m => m.Id, m => m),
            Register = register,
            People = [new Person(DenHaag.Id, "A. de Vries", PersonRole.CivilServant, "kindvriendelijk@denhaag.nl")],
            Meetings = [meeting],
            GoodPractices = [new GoodPractice(GooiseMeren.Id, "Kinderburgemeester", [GoalArea.VoiceHeard], "Gekozen.", "Scholen.", "Begin klein.", new LocalDate(2024, 1, 10))],
            Bottlenecks = [new Bottleneck(GooiseMeren.Id, "Wachtlijst", "Maanden wachten.", new LocalDate(2024, 2, 1)).EscalateTo(EscalationLevel.Regional, new LocalDate(2024, 3, 1))],
            NewsletterSchedule = new NewsletterSchedule(new LocalDate(2024, 1, 10)),
            NewsletterSubscribers = ["jeugd@gooisemeren.nl"],
        };
    }
}
