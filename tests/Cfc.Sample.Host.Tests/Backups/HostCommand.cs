using System.Diagnostics;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;
using Microsoft.Data.Sqlite;

namespace Cfc.Sample.Host.Tests.Backups;

/// <summary>What a command of the host (<c>dotnet Cfc.Sample.Host.dll backup …</c>) ended with.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Its error output.</param>
public sealed record HostCommand(int ExitCode, string Output, string Error)
{
    /// <summary>The settings of a Redis store of its own: <paramref name="serviceId"/> as service and cluster id.</summary>
    public static string[] Redis(string serviceId) =>
    [
        "--Cfc:Cluster:Mode=Redis",
        "--Cfc:Cluster:Tls:AllowPlaintext=true",
        $"--ConnectionStrings:Redis={RedisFactAttribute.ConnectionString ?? throw new InvalidOperationException("CFC_REDIS is not set.")}",
        $"--Cfc:Cluster:ClusterId={serviceId}",
        $"--Cfc:Cluster:ServiceId={serviceId}",
    ];

    /// <summary>Runs the built host with <paramref name="arguments"/> and waits until it ends.</summary>
    public static async Task<HostCommand> RunAsync(params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (string[])["exec", typeof(Program).Assembly.Location, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new(process.ExitCode, await output, await error);
    }

    /// <summary>Asserts that the command succeeded.</summary>
    public HostCommand Succeeded()
    {
        Assert.True(ExitCode == 0, $"The command ended with {ExitCode}:\n{Output}\n{Error}");
        return this;
    }

    /// <summary>Every row of a SQLite store, ETags and times included, as one text to compare; empty when there is no file.</summary>
    public static string Rows(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return "";
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state_name, grain_id, etag, payload, modified_utc FROM grain_state ORDER BY state_name, grain_id";
        using var reader = command.ExecuteReader();
        var rows = new System.Text.StringBuilder();
        while (reader.Read())
        {
            rows.AppendLine(string.Join(" | ", Enumerable.Range(0, 5).Select(reader.GetString)));
        }

        return rows.ToString();
    }

    /// <summary>Starts a host on the store of <paramref name="settings"/> and reads <paramref name="reads"/> from it.</summary>
    public static async Task<string> AnswersAsync(IReadOnlyList<string> reads, params IEnumerable<string> settings)
    {
        await using var host = await HostProcess.StartAsync(settings);
        return await Security.WriteRoutes.ReadStateAsync(host.Client, reads);
    }
}
