using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;
using Microsoft.Data.Sqlite;

namespace Cfc.Sample.Host.Tests.Compatibility;

/// <summary>
/// A data directory written by each earlier release opens in today's host as that release left it on disk (a directory
/// others may list, a file others may read): every kind of record reads back as that release answered it, and the files
/// are then its user's alone. <c>Compatibility/Release01</c> was made by the host of commit e07fa85 (schema 1, one
/// network row, converted on the first start); <c>Compatibility/Release02</c> by the host of commit b8f0a00 (schema 2, a
/// grain per municipality, meeting, practice, bottleneck, organisation, list, sequence and the newsletter), whose stored
/// shapes (the municipality, meeting, newsletter and list states) have gained fields since: a meeting's sequence, the
/// newsletter's editions and unsubscribe key, each read as its default.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReleaseDataTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _parent = Directory.CreateTempSubdirectory("cfc-sample-host-release-").FullName;

    private string DataDirectory => Path.Combine(_parent, "data");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [UnixTheory]
    [InlineData("Release01")]
    [InlineData("Release02")]
    public async Task Every_kind_of_record_of_an_earlier_release_reads_back_as_that_release_answered_and_its_files_become_the_owners_alone(string folder)
    {
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", folder);
        Directory.CreateDirectory(DataDirectory);
        File.Copy(Path.Combine(release, "grains.db"), Path.Combine(DataDirectory, "grains.db"));
        File.SetUnixFileMode(DataDirectory, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(DataDirectory, "grains.db"), (UnixFileMode)0b110_100_100);
        var answers = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(release, "answers.json")))!.AsObject();

        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");

        foreach (var (path, expected) in answers)
        {
            var actual = await host.Client.GetJsonAsync(path);
            Assert.True(ReleaseAnswers.Holds(ReleaseAnswers.Comparable(path, actual), ReleaseAnswers.Comparable(path, expected)), $"{path} answers\n{actual}\nnot, as that release did,\n{expected}");
        }

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(DataDirectory, "grains.db")));

        // What was added since reads the release's records with the new fields at their defaults: every meeting is in
        // the calendar, never changed since it was stored (SEQUENCE:0), and the newsletter has published no edition.
        var meetings = (await host.Client.GetJsonAsync("/api/meetings?from=2000-01-01&limit=1000")).AsArray();
        var calendar = await host.Client.GetStringAsync(new Uri("/api/meetings.ics?from=2000-01-01", UriKind.Relative));
        var events = calendar.ReplaceLineEndings("\n").Split("BEGIN:VEVENT").Skip(1).ToArray();
        Assert.NotEmpty(meetings);
        Assert.Equal(meetings.Count, events.Length);
        foreach (var meeting in meetings)
        {
            var uid = $"UID:urn:cfc:nl:meeting:{(int)meeting!["id"]!}\n";
            Assert.Contains("SEQUENCE:0\n", Assert.Single(events, e => e.Contains(uid, StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        Assert.Empty((await host.Client.GetJsonAsync("/api/newsletters/editions")).AsArray());

        // The release's figures report under today's indicators: named as the release named them (above), with the day a
        // snapshot indicator is of, and each stored snapshot still shown although no day was asked of it then.
        foreach (var path in answers.Select(a => a.Key).Where(p => p.EndsWith("/indicators", StringComparison.Ordinal)))
        {
            var reports = (await host.Client.GetJsonAsync(path)).AsArray();
            Assert.All(reports, r => Assert.True(r!.AsObject().ContainsKey("snapshotDay"), $"{path} has a report without snapshotDay"));
            Assert.Equal(answers[path]!.AsArray().Count, reports.Count);
        }

        // Their members have no population, so none is shown; their programmes read under the rules they started with.
        var municipalities = (await host.Client.GetJsonAsync("/api/municipalities")).AsArray();
        Assert.NotEmpty(municipalities);
        Assert.All(municipalities, m => Assert.False(m!.AsObject().ContainsKey("population"), m.ToJsonString()));

        // Their organisations' expertise was stored without a language: none is shown, and matching detects it.
        var organisations = (await host.Client.GetJsonAsync("/api/organisations")).AsArray();
        Assert.NotEmpty(organisations);
        Assert.All(organisations, o => Assert.False(o!["expertise"]!.AsObject().ContainsKey("language"), o.ToJsonString()));

        // Their issues were stored without a language: each answers the one detected from its (Dutch) text, alone and in
        // its member's list, as the matches of other issues say it.
        foreach (var path in answers.Select(a => a.Key).Where(p => p.StartsWith("/api/issues/", StringComparison.Ordinal)))
        {
            Assert.Equal("nl", (string?)(await host.Client.GetJsonAsync(path))["language"]);
        }

        foreach (var path in answers.Select(a => a.Key).Where(p => p.EndsWith("/issues", StringComparison.Ordinal)))
        {
            Assert.All((await host.Client.GetJsonAsync(path)).AsArray(), i => Assert.Equal("nl", (string?)i!["language"]));
        }
    }

    [UnixTheory]
    [InlineData("Release01")]
    [InlineData("Release02")]
    public async Task A_subscriber_an_earlier_release_kept_with_a_domain_without_a_dot_stays_and_the_others_still_change(string folder)
    {
        // Those releases took any plain address, so a data directory of theirs may hold one the newsletter now refuses
        // from new input; the release's file gets one beside its subscriber, as that release would have stored it.
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", folder);
        Directory.CreateDirectory(DataDirectory);
        var database = Path.Combine(DataDirectory, "grains.db");
        File.Copy(Path.Combine(release, "grains.db"), database);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """UPDATE grain_state SET payload = replace(payload, '"lezer@example.org"', '"lezer@example.org","redactie@localhost"') WHERE payload LIKE '%"lezer@example.org"%'""";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");

        string[] Subscribers(JsonNode list) => [.. list.AsArray().Select(s => (string)s!["address"]!)];
        Assert.Equal(["lezer@example.org", "redactie@localhost"], Subscribers(await host.Client.GetJsonAsync("/api/newsletters/subscribers")));
        await (await host.Client.PostJsonAsync("/api/newsletters/subscribers", """{"address": "nieuw@denhaag.nl"}""")).JsonAsync(System.Net.HttpStatusCode.Created);
        await (await host.Client.PostJsonAsync("/api/newsletters/subscribers", """{"address": "jan@localhost"}""")).ValidationProblemAsync("address");
        using (var removed = await host.Client.PostJsonAsync("/api/newsletters/subscribers/removals", """{"address": "lezer@example.org"}"""))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, removed.StatusCode);
        }

        Assert.Equal(["nieuw@denhaag.nl", "redactie@localhost"], Subscribers(await host.Client.GetJsonAsync("/api/newsletters/subscribers")));
    }

    [UnixFact]
    public async Task A_member_abroad_added_to_a_store_of_release_02_reads_back_after_a_restart_beside_the_releases_members()
    {
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release02");
        Directory.CreateDirectory(DataDirectory);
        File.Copy(Path.Combine(release, "grains.db"), Path.Combine(DataDirectory, "grains.db"));
        string issue;
        JsonNode before;
        await using (var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}"))
        {
            await (await host.Client.PutJsonAsync("/api/municipalities/DE-05315000", """{"name": "Köln", "timeZone": "Europe/Berlin", "population": 1084831}""")).JsonAsync(System.Net.HttpStatusCode.Created);
            await (await host.Client.PostJsonAsync("/api/municipalities/DE-05315000/programme/transitions", """{"phase": "Agreement", "on": "2026-01-15"}""")).JsonAsync(System.Net.HttpStatusCode.OK);
            issue = (string)(await (await host.Client.PostJsonAsync("/api/municipalities/DE-05315000/issues", """{"title": "Kinderarmut", "text": "Armut bei Alleinerziehenden."}""")).JsonAsync(System.Net.HttpStatusCode.Created))["id"]!;
            before = await host.Client.GetJsonAsync("/api/municipalities/DE-05315000");
        }

        await using var restarted = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");

        var koeln = await restarted.Client.GetJsonAsync("/api/municipalities/DE-05315000");
        Assert.Equal(before.ToJsonString(), koeln.ToJsonString());
        Assert.Equal(("Europe/Berlin", 1084831, "Agreement"), ((string?)koeln["timeZone"], (int)koeln["population"]!, (string?)koeln["programme"]!["phase"]));
        Assert.Equal("Kinderarmut", (string?)(await restarted.Client.GetJsonAsync($"/api/issues/{issue}"))["title"]);
        var codes = (await restarted.Client.GetJsonAsync("/api/municipalities")).AsArray().Select(m => (string)m!["code"]!).ToList();
        Assert.Equal("DE-05315000", codes[^1]);
        Assert.Contains("GM0518", codes);
    }
}
