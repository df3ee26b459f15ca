using Orleans;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>A grain's state in a silo that uses the SQLite storage as its default.</summary>
public sealed class SqliteGrainStorageClusterTests
{
    [Fact]
    public async Task A_grain_state_kept_in_the_default_storage_is_in_the_file_and_survives_deactivation()
    {
        using var database = new TemporaryDatabase();
        var builder = new InProcessTestClusterBuilder(1);
        // The test assembly's grain interfaces carry SDK and NodaTime types (the echo grain), which a silo refuses
        // without their codecs.
        builder.ConfigureSilo((_, silo) => silo.AddSqliteGrainStorageAsDefault(database.Path).Services.AddSerializer(s => s.AddCfcSdkTypes()));
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<INoteGrain>("0518");

        await grain.SaveAsync("Jeugdraad opgericht");
        await grain.SaveAsync("Jeugdraad opgericht; speelplekken geïnventariseerd");
        await cluster.DeactivateAsync(grain);

        Assert.Equal("Jeugdraad opgericht; speelplekken geïnventariseerd (revision 2)", await grain.ReadAsync());
        Assert.Equal(
            """{"schemaVersion":2,"state":{"text":"Jeugdraad opgericht; speelplekken geïnventariseerd","revision":2}}""",
            database.Scalar("SELECT payload FROM grain_state WHERE state_name = 'note' AND grain_id = 'note/0518'"));
    }
}

/// <summary>A grain that keeps one note in the default storage.</summary>
[Alias("cfc.tests.INoteGrain")]
public interface INoteGrain : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="text"/> as the next revision.</summary>
    [Alias("SaveAsync")]
    Task SaveAsync(string text);

    /// <summary>The stored note and its revision.</summary>
    [Alias("ReadAsync")]
    Task<string> ReadAsync();
}

/// <summary>The state of <see cref="NoteGrain"/>.</summary>
[GenerateSerializer, Alias("cfc.tests.NoteState")]
public sealed class NoteState
{
    [Id(0)]
    public string Text { get; set; } = "";

    [Id(1)]
    public int Revision { get; set; }
}

/// <summary>Keeps one note in the storage registered as default.</summary>
public sealed class NoteGrain([PersistentState("note")] IPersistentState<NoteState> note) : Grain, INoteGrain
{
    public async Task SaveAsync(string text)
    {
        note.State.Text = text;
        note.State.Revision++;
        await note.WriteStateAsync();
    }

    public Task<string> ReadAsync() => Task.FromResult($"{note.State.Text} (revision {note.State.Revision})");
}
