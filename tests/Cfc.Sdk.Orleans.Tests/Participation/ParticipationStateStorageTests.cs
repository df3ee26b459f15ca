using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Testing;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Cfc.Sdk.Orleans.Tests.Participation;

/// <summary>The stored forms of the participation and theme proposal grains through the SQLite storage's JSON.</summary>
public sealed class ParticipationStateStorageTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_stored_form_of_a_participation_state_is_approved()
    {
        var record = new ParticipationRecord(
            MemberCode.DenHaag, ParticipationKind.Workshop, new LocalDate(2026, 3, 12), ProgrammePhase.ActionPlan, 9, ["12-17"],
            [ReachedGroup.InCare], ["wonen"], "Actieplan 2027", new ParticipationFeedback(new LocalDate(2026, 4, 1), "Terugkommiddag."));

        var read = await RoundTripAsync("participation", new ParticipationState { Record = record });

        Assert.Equal(record, read.Record);
        Approvals.VerifyText(Payload("participation"));
    }

    [Fact]
    public async Task The_stored_form_of_a_theme_proposal_state_is_approved()
    {
        var proposal = new ThemeProposal("Veilig naar school", "Kinderen fietsen over drukke wegen.", new LocalDate(2026, 2, 1))
            .Vote(MemberCode.Saba, 3).Vote(MemberCode.DenHaag, 12);

        var read = await RoundTripAsync("theme-proposal", new ThemeProposalState { Proposal = proposal });

        Assert.Equal(proposal, read.Proposal);
        Approvals.VerifyText(Payload("theme-proposal"));
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
