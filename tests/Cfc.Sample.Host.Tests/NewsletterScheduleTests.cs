using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>The newsletter schedule, on a host of its own: the schedule is the network's, one for all tests.</summary>
public sealed class NewsletterScheduleTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_schedule_is_404_until_set_then_read_back_with_its_next_edition()
    {
        var client = host.Client;
        await (await client.GetAsync("/api/newsletters/schedule")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/newsletters/next")).ProblemAsync(HttpStatusCode.NotFound);

        // Invalid schedules change nothing.
        await (await client.PutJsonAsync("/api/newsletters/schedule", "{}")).ValidationProblemAsync("anchor");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-13-01"}""")).ValidationProblemAsync("anchor");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": "PT6H"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": "P-6W"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": "P0D"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": "six weeks"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": 6}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2020-01-01", "cadence": "P9000Y"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "9999-12-01", "cadence": "P6W"}""")).ValidationProblemAsync("anchor");
        await (await host.Anonymous.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0518"));
        await (await member.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/newsletters/schedule")).ProblemAsync(HttpStatusCode.NotFound);

        // Six weeks by default: 5 January, 16 February, 30 March 2026; today is 1 March.
        var response = await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""");
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/newsletters/schedule", response.Headers.Location?.OriginalString);
        Assert.Equal(["anchor", "cadence", "next"], created.Names());
        Assert.Equal("2026-01-05", (string?)created["anchor"]);
        Assert.Equal("P6W", (string?)created["cadence"]);
        Assert.Equal("2026-03-30", (string?)created["next"]);
        Assert.Equal(created.ToJsonString(), (await host.Anonymous.GetJsonAsync("/api/newsletters/schedule")).ToJsonString());

        var replaced = await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-01", "cadence": "P1M"}""")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("P1M", (string?)replaced["cadence"]);
        Assert.Equal("2026-03-01", (string?)replaced["next"]);

        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-01", "cadence": "P-1M"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2020-01-01", "cadence": "P9000Y"}""")).ValidationProblemAsync("cadence");
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "9999-12-01", "cadence": "P6W"}""")).ValidationProblemAsync("anchor");
        Assert.Equal(replaced.ToJsonString(), (await client.GetJsonAsync("/api/newsletters/schedule")).ToJsonString());
        Assert.Equal("2026-03-01", (string?)(await client.GetJsonAsync("/api/newsletters/next"))["edition"]);

        // The widest schedules still have a draft: daily from the calendar's start, yearly from the latest anchor.
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "-9998-01-01", "cadence": "P1D"}""")).JsonAsync(HttpStatusCode.OK);
        var daily = await client.GetJsonAsync("/api/newsletters/next");
        Assert.Equal("2026-03-01", (string?)daily["edition"]);
        Assert.Equal("2026-02-28", (string?)daily["since"]);
        Assert.Equal("2026-03-02", (string?)daily["until"]);
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "9997-12-31", "cadence": "P1Y"}""")).JsonAsync(HttpStatusCode.OK);
        var latest = await client.GetJsonAsync("/api/newsletters/next");
        Assert.Equal("9997-12-31", (string?)latest["edition"]);
        Assert.Equal("9997-12-31", (string?)latest["since"]);
        Assert.Equal("9998-12-31", (string?)latest["until"]);
    }
}
