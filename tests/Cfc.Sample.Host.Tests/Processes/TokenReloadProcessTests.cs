using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// A coordinator's first day as the host README tells it: the host runs in Development (as <c>dotnet run</c> starts it)
/// before any signing key exists, <c>dotnet user-jwts create</c> then puts a key in the user secrets and makes a token,
/// and the next write with that token is taken, without a restart.
/// </summary>
public sealed class TokenReloadProcessTests
{
    // The host reads a changed settings file after the file watcher's short delay: a bound, not a measured figure.
    private static readonly TimeSpan s_reloadBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_token_made_with_dotnet_user_jwts_while_the_host_runs_is_taken_without_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("cfc-sample-host-jwts-").FullName;
        // User secrets live under APPDATA when it is set (also on Linux): the host and dotnet user-jwts both use this one,
        // not the user's own; it has no user secrets yet, as on a new machine.
        var secrets = Directory.CreateTempSubdirectory("cfc-sample-host-secrets-").FullName;
        // dotnet user-jwts writes the issuer and audience into the project's appsettings.Development.json (which holds
        // them already); the repository's file stays as it was.
        var settings = Path.Combine(RepositoryRoot(), "samples", "Cfc.Sample.Host", "appsettings.Development.json");
        var written = await File.ReadAllBytesAsync(settings);
        try
        {
            var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["APPDATA"] = secrets };
            await using var host = await HostProcess.StartAsync(environment, trustTestTokens: false, $"--Cfc:DataDirectory={data}");
            using var client = new HttpClient { BaseAddress = host.Address };

            // Before any key: refused, and the problem says what to run and that no restart follows.
            using (var before = Put("not-a-token"))
            {
                var problem = await (await client.SendAsync(before)).ProblemAsync(HttpStatusCode.Unauthorized);
                Assert.Contains("dotnet user-jwts create", (string?)problem["detail"], StringComparison.Ordinal);
                Assert.Contains("no restart", (string?)problem["detail"], StringComparison.Ordinal);
            }

            // The README's command, as written, from the repository's root.
            var token = await UserJwtsAsync(secrets, "create", "--project", "samples/Cfc.Sample.Host", "--role", "coordinator", "--valid-for", "8h", "-o", "token");

            var answer = await UntilNotUnauthorizedAsync(client, token, host);
            await answer.JsonAsync(HttpStatusCode.Created);
            Assert.Equal("Delft", (string?)(await client.GetJsonAsync("/api/municipalities/GM0503"))["name"]);
        }
        finally
        {
            await File.WriteAllBytesAsync(settings, written);
            Directory.Delete(data, recursive: true);
            Directory.Delete(secrets, recursive: true);
        }
    }

    // The settings are read again once the file watcher reports the new secrets; until then a write is 401 and changes nothing.
    private static async Task<HttpResponseMessage> UntilNotUnauthorizedAsync(HttpClient client, string token, HostProcess host)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            using var request = Put(token);
            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            if (watch.Elapsed > s_reloadBound)
            {
                Assert.Fail($"The token of dotnet user-jwts was still refused {s_reloadBound} after it was made: {await response.Content.ReadAsStringAsync()}\n{host.Output}");
            }

            response.Dispose();
            await Task.Delay(250);
        }
    }

    private static async Task<string> UserJwtsAsync(string secrets, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(),
        };
        start.ArgumentList.Add("user-jwts");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["APPDATA"] = secrets;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"dotnet user-jwts {string.Join(' ', arguments)} ended with {process.ExitCode}: {await output}{await error}");
        return (await output).Trim();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cfc.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Cfc.Sdk.sln above {AppContext.BaseDirectory}.");
    }

    private static HttpRequestMessage Put(string token) => new(HttpMethod.Put, "/api/municipalities/GM0503")
    {
        Content = new StringContent("""{"name": "Delft"}""", System.Text.Encoding.UTF8, "application/json"),
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
