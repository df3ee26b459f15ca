using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Programmes;
using Cfc.Testing;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Cfc.Sdk.Orleans.Tests.Programmes;

/// <summary>The programme index's state through the SQLite storage's JSON (the SDK's one setup, camelCase names).</summary>
public sealed class ProgrammeIndexStateStorageTests : IDisposable
{
    private static readonly GrainId s_nl = GrainId.Create("programmeindex", "nl");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static ProgrammeIndexState FullState()
    {
        var today = new LocalDate(2026, 3, 26);
        var programme = new Programme(ProgrammeRules.Netherlands)
            .Transition(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)), today)
            .Transition(new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1), "kick-off"), today);
        return new ProgrammeIndexState { Entries = [new ProgrammeIndexEntry { Code = MemberCode.GooiseMeren, Name = "Gooise Meren", Programme = programme }] };
    }

    [Fact]
    public async Task A_full_state_reads_back_equal()
    {
        var storage = _database.Storage();
        var written = FullState();
        await storage.WriteStateAsync("programme-index", s_nl, new GrainState<ProgrammeIndexState>(written));

        var read = new GrainState<ProgrammeIndexState>();
        await storage.ReadStateAsync("programme-index", s_nl, read);

        var entry = Assert.Single(read.State!.Entries);
        Assert.Equal(written.Entries[0].Code, entry.Code);
        Assert.Equal(written.Entries[0].Name, entry.Name);
        Assert.Equal(written.Entries[0].Programme, entry.Programme);
    }

    [Fact]
    public async Task The_stored_form_of_a_full_state_is_approved()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync("programme-index", s_nl, new GrainState<ProgrammeIndexState>(FullState()));

        var payload = (string)_database.Scalar("SELECT payload FROM grain_state WHERE state_name = 'programme-index'")!;

        Approvals.VerifyText(JsonNode.Parse(payload)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
