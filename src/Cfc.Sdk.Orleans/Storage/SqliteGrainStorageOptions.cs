using System.Text.Json;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>The options of one <see cref="SqliteGrainStorage"/>: where its database file is and how state is written as JSON.</summary>
/// <remarks>
/// Options are read once, when the storage is created; they are checked then, and a missing or unusable
/// <see cref="DataSource"/> fails the silo's start with an <see cref="global::Orleans.Runtime.OrleansConfigurationException"/>.
/// </remarks>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>The default of <see cref="BusyTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The path of the SQLite database file (required). A relative path is relative to the process's current directory;
    /// the file and its folder are created when missing. An in-memory database (<c>:memory:</c>) is refused: it would
    /// not outlive a connection.
    /// </summary>
    public string? DataSource { get; set; }

    /// <summary>
    /// How long an operation waits for another connection's write lock before it fails (SQLite's busy timeout);
    /// <see cref="DefaultBusyTimeout"/> unless set. Must be positive and at most 24 hours; it is applied in whole
    /// seconds, rounded up.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;

    /// <summary>
    /// The JSON setup of stored state. By default camelCase property names, unescaped non-ASCII text (so that the
    /// stored JSON reads well in the <c>sqlite3</c> shell) and the SDK's own setup
    /// (<see cref="CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk"/>: NodaTime as ISO text, enums by name).
    /// Whatever options are set here, a stored state keeps its <c>schemaVersion</c>/<c>state</c> envelope.
    /// </summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = StateEnvelope.CreateDefaultJsonSerializerOptions();
}
