using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Data.Sqlite;
using NodaTime;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// The host's maintenance commands, run instead of the host when the first argument names one: <c>backup</c>,
/// <c>export</c>, <c>import</c> and <c>--help</c>. They take the host's own settings (command line, environment,
/// appsettings), so they find the store the host uses. Exit code 0 when done, 1 when refused or failed (one line on the
/// error output says why; nothing was changed), 2 on bad use.
/// </summary>
internal static class HostCommands
{
    /// <summary>The exit code of a command line that names no command, or lacks an option.</summary>
    public const int BadUse = 2;

    /// <summary>The exit code of a command that was refused or failed.</summary>
    public const int Failed = 1;

    /// <summary>What <c>--help</c> writes.</summary>
    public const string Usage = """
        Usage: Cfc.Sample.Host [settings]                          serve the network
               Cfc.Sample.Host backup --to FILE [--force] [settings]
               Cfc.Sample.Host export --to FILE [--force] [settings]
               Cfc.Sample.Host import --from FILE [settings]
               Cfc.Sample.Host --help

          backup  copies the SQLite store (grains.db of Cfc:DataDirectory) into FILE with SQLite's online backup, also
                  while the host serves; FILE opens as the grains.db of a new data directory. Localhost mode only: in
                  Redis mode use Redis' own persistence (RDB, AOF), or export.
          export  writes the network of Cfc:NetworkId from the store of Cfc:Cluster:Mode (SQLite or Redis) into FILE, as
                  JSON lines (format cfc-network-export 1).
          import  writes the network of FILE into the store of Cfc:Cluster:Mode, which must hold nothing of that
                  network yet. Every line is checked before anything is written.

          FILE is written with mode 0600 and refused when it exists, unless --force.
          settings: the host's, such as --Cfc:DataDirectory=DIR, --Cfc:Cluster:Mode=Redis, --ConnectionStrings:Redis=HOST:PORT,
                  --Cfc:Cluster:ServiceId=ID, --Cfc:NetworkId=ID.
          Exit code: 0 done; 1 refused or failed (nothing was changed); 2 bad use.

        """;

    private static readonly string[] s_help = ["--help", "-h", "-?", "help"];

    /// <summary>
    /// Whether <paramref name="args"/> ask for a command rather than the host: the first argument is <c>--help</c> or a
    /// word (no leading <c>-</c>, no <c>=</c> as in a setting <c>Key=Value</c>).
    /// </summary>
    /// <param name="args">The process's arguments.</param>
    /// <returns><see langword="true"/> for a command.</returns>
    public static bool IsCommand(string[] args) =>
        args is [var first, ..] && (s_help.Contains(first) || (!first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal)));

    /// <summary>Runs the command that <paramref name="args"/> name.</summary>
    /// <param name="args">The process's arguments, the command first.</param>
    /// <returns>The process's exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args[0];
        if (s_help.Contains(command))
        {
            Console.Out.Write(Usage);
            return 0;
        }

        var line = CommandLine.Parse(args);
        if (line.Problem is { } problem)
        {
            Console.Error.WriteLine($"Cfc.Sample.Host {command}: {problem} See Cfc.Sample.Host --help.");
            return BadUse;
        }

        try
        {
            var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = line.Settings }).Configuration;
            var options = CfcHostingOptions.Read(configuration);
            Console.Out.WriteLine(command switch
            {
                "backup" => await BackupAsync(options, line.File!, line.Force),
                "export" => await ExportAsync(options, line.File!, line.Force),
                _ => await ImportAsync(options, line.File!),
            });
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or SqliteException or RedisException)
        {
            Console.Error.WriteLine($"Cfc.Sample.Host {command}: {e.Message}");
            return Failed;
        }
    }

    private static async Task<string> BackupAsync(CfcHostingOptions options, string file, bool force)
    {
        if (options.Cluster.Mode == CfcClusterMode.Redis)
        {
            throw new InvalidOperationException(
                "backup copies the SQLite store of Localhost mode, but Cfc:Cluster:Mode is Redis: the state is in Redis. Back it up with Redis' own " +
                "persistence (RDB snapshots or the append-only file), or copy a network out with `export`. Nothing was written.");
        }

        var database = options.DatabasePath;
        if (!File.Exists(database))
        {
            throw new InvalidOperationException($"There is no store to back up: {database} does not exist (Cfc:DataDirectory). Nothing was written.");
        }

        await OwnerOnlyFiles.WriteAsync(file, force, partial => Task.Run(() => StoreBackup.Copy(database, partial)));
        return $"Backed up {database} to {Path.GetFullPath(file)} (integrity check: ok). To restore it, copy it as grains.db into a new data directory and start the host with Cfc:DataDirectory set to that directory.";
    }

    private static async Task<string> ExportAsync(CfcHostingOptions options, string file, bool force)
    {
        var network = options.NetworkId;
        await using var store = await OpenAsync(options);
        // In the order of the grains: the same network exports as the same lines from either store.
        var states = (await store.ReadAllAsync(CancellationToken.None))
            .Where(s => NetworkStates.Belongs(s, network))
            .OrderBy(s => s.GrainId, StringComparer.Ordinal)
            .ThenBy(s => s.StateName, StringComparer.Ordinal)
            .ToList();
        if (states.Count == 0)
        {
            throw new InvalidOperationException($"{store.Description} holds nothing of network '{network}' (Cfc:NetworkId): there is nothing to export. Nothing was written.");
        }

        var exported = SystemClock.Instance.GetCurrentInstant();
        await OwnerOnlyFiles.WriteAsync(file, force, async partial =>
        {
            await using var stream = new FileStream(partial, FileMode.Open, FileAccess.Write);
            await NetworkExportFile.WriteAsync(stream, network, exported, states);
            stream.Flush(flushToDisk: true);
        });
        return $"Exported network '{network}' from {store.Description} to {Path.GetFullPath(file)}: {states.Count} states.";
    }

    private static async Task<string> ImportAsync(CfcHostingOptions options, string file)
    {
        string network;
        IReadOnlyList<StoredState> states;
        try
        {
            (network, states) = await NetworkExportFile.ReadAsync(file, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{Path.GetFullPath(file)}, {e.Message} Nothing was written.", e);
        }

        await using var store = await OpenAsync(options);
        var present = (await store.ReadAllAsync(CancellationToken.None)).Where(s => NetworkStates.Belongs(s, network)).ToList();
        if (present.Count > 0)
        {
            throw new InvalidOperationException(
                $"{store.Description} holds network '{network}' already ({present.Count} states, such as '{present[0].StateName}' of grain '{present[0].GrainId}'): " +
                "import writes a network only into a store that has nothing of it. Nothing was written.");
        }

        await store.WriteNewAsync(states, CancellationToken.None);
        var serves = network == options.NetworkId ? "" : $" A host serves it with Cfc:NetworkId={network}.";
        return $"Imported network '{network}' into {store.Description}: {states.Count} states.{serves}";
    }

    private static async Task<IGrainStateStore> OpenAsync(CfcHostingOptions options) =>
        options.Cluster.Mode == CfcClusterMode.Redis
            ? await RedisStateStore.ConnectAsync(options.RedisConnectionString!, options.Cluster.ServiceId)
            : new SqliteStateStore(options.DatabasePath);
}
