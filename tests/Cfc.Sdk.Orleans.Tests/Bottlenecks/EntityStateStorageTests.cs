using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Cfc.Testing;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Cfc.Sdk.Orleans.Tests.Bottlenecks;

/// <summary>The stored forms of the good practice and bottleneck grains through the SQLite storage's JSON.</summary>
public sealed class EntityStateStorageTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_stored_form_of_a_resolved_bottleneck_state_is_approved()
    {
        var bottleneck = new Bottleneck(MemberId.For(MemberCode.DenHaag), "Wachtlijst jeugdzorg", "Maanden wachten.", new LocalDate(2024, 2, 1), [CrcArticle.Health])
            .EscalateTo(EscalationLevel.Regional, new LocalDate(2024, 3, 1), "regio Haaglanden")
            .Resolve(new LocalDate(2024, 6, 1), "Extra plaatsen ingekocht.");

        var read = await RoundTripAsync("bottleneck", new BottleneckState { Bottleneck = bottleneck });

        Assert.Equal(bottleneck, read.Bottleneck);
        Approvals.VerifyText(Payload("bottleneck"));
    }

    [Fact]
    public async Task The_stored_form_of_a_good_practice_state_is_approved()
    {
        var practice = new GoodPractice(
            MemberId.For(MemberCode.GooiseMeren), "Kinderraad", [GoalArea.VoiceHeard], "Een kinderraad opgericht.", "Werving.", "Vroeg beginnen.",
            new LocalDate(2024, 5, 1), [CrcArticle.ViewsOfTheChild]);

        var read = await RoundTripAsync("practice", new GoodPracticeState { Practice = practice });

        Assert.Equal(practice, read.Practice);
        Approvals.VerifyText(Payload("practice"));
    }

    private async Task<T> RoundTripAsync<T>(string name, T state)
    {
        var storage = _database.Storage();
        var id = GrainId.Create(name, "nl/1");
        await storage.WriteStateAsync(name, id, new GrainState<T>(state));
        var read = new GrainState<T>();
        await storage.ReadStateAsync(name, id, read);
        return read.State!;
    }

    private string Payload(string name) =>
        JsonNode.Parse((string)_database.Scalar($"SELECT payload FROM grain_state WHERE state_name = '{name}'")!)!
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
