using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The real host process with <c>Logging:Console:FormatterName=json</c>: every log line is one JSON object with the
/// category, level, message and the template's values, and no line carries the contact person's contact it was sent.
/// </summary>
public sealed class LoggingTests
{
    private const string Contact = "prive.contact@gemeente.example";

    [Fact]
    public async Task With_the_json_formatter_each_log_line_is_a_JSON_object_without_personal_data()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-logging-").FullName;
        try
        {
            await using (var host = await HostProcess.StartAsync(
                $"--Cfc:DataDirectory={directory}",
                "--Logging:Console:FormatterName=json",
                "--Logging:LogLevel:Default=Information",
                "--Logging:LogLevel:Microsoft.AspNetCore=Information"))
            {
                using var created = await host.Client.PutAsync(new Uri("/api/municipalities/GM1920", UriKind.Relative), Json("""{"name": "Gemeente"}"""));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                using var added = await host.Client.PostAsync(
                    new Uri("/api/municipalities/GM1920/people", UriKind.Relative),
                    Json($$"""{"displayName": "A. de Vries", "role": "CivilServant", "contact": "{{Contact}}"}"""));
                Assert.Equal(HttpStatusCode.Created, added.StatusCode);
                using var refused = await host.Client.PostAsync(
                    new Uri("/api/municipalities/GM1920/people", UriKind.Relative),
                    Json($$"""{"displayName": "Jeugdraad", "role": "YouthRepresentative", "contact": "{{Contact}}"}"""));
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                await host.TerminateAsync();

                var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var logs = lines.Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!).ToList();
                Assert.Contains(logs, log => (string?)log["Category"] == "Microsoft.Hosting.Lifetime" && (string?)log["LogLevel"] == "Information");
                Assert.Contains(logs, log => ((string?)log["Message"])?.Contains("/api/municipalities/GM1920/people", StringComparison.Ordinal) == true);
                Assert.All(logs, log => Assert.Equal(["EventId", "LogLevel", "Category", "Message"], log.AsObject().Select(p => p.Key).Where(k => k is "EventId" or "LogLevel" or "Category" or "Message")));
                Assert.DoesNotContain(lines, l => l.StartsWith("info:", StringComparison.Ordinal) || l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal));
                Assert.DoesNotContain(lines, l => l.Contains(Contact, StringComparison.OrdinalIgnoreCase));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
