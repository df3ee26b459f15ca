using System.Text.Json.Nodes;
using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The schema transformer of the host's OpenAPI document, on an app of its own whose one route answers every
/// text-valued type (the host's routes answer <c>IResult</c>, so its document has no response schemas yet).
/// </summary>
public sealed class TextSchemaTests
{
    [Theory]
    [InlineData("date", "date", "2028-12-31")]
    [InlineData("instant", "date-time", "2026-03-01T12:00:00Z")]
    [InlineData("period", null, "PT1H30M")]
    [InlineData("duration", null, "26:03:04")]
    [InlineData("zone", "tz", "Europe/Amsterdam")]
    [InlineData("member", "member-code", "GM0518")]
    [InlineData("issue", "issue-id", "GM0518-5f0c2e9a41b7")]
    [InlineData("indicator", "indicator-id", "poverty.low-income-minors")]
    [InlineData("reportingPeriod", "reporting-period", "2023")]
    [InlineData("maybeDate", "date", "2028-12-31")]
    public async Task Text_valued_types_are_strings_with_their_format_and_an_example(string property, string? format, string example)
    {
        var schema = await PropertyAsync(property);

        Assert.Equal(["string"], Types(schema));
        Assert.Equal(format, (string?)schema["format"]);
        Assert.Equal(example, (string?)schema["examples"]![0]);
        Assert.Null(schema["properties"]);
    }

    [Fact]
    public async Task A_nullable_date_is_null_or_the_date()
    {
        var property = await PropertyAsync("maybeDate", resolve: false);

        var oneOf = property["oneOf"]!.AsArray();
        Assert.Equal("null", (string?)oneOf[0]!["type"]);
        Assert.Equal("#/components/schemas/LocalDate", (string?)oneOf[1]!["$ref"]);
    }

    [Fact]
    public async Task Another_SDK_type_written_as_text_is_a_string()
    {
        var schema = await PropertyAsync("memberId");

        Assert.Equal(["string"], Types(schema));
        Assert.Null(schema["properties"]);
    }

    // The property's schema; resolved: the component schema it refers to (a nullable one's non-null choice).
    private static async Task<JsonNode> PropertyAsync(string name, bool resolve = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForCfcSdk());
        builder.Services.AddCfcOpenApi();
        await using var app = builder.Build();
        app.MapGet("/texts", () => TypedResults.Ok<Texts?>(null));
        app.MapCfcApiDocumentation();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var document = await client.GetJsonAsync(ApiDocumentation.DocumentPath);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var property = schemas["Texts"]!["properties"]![name]!;
        if (!resolve)
        {
            return property;
        }

        var choice = property["oneOf"]?.AsArray().Single(s => (string?)s!["type"] != "null") ?? property;
        return (string?)choice["$ref"] is { } reference ? schemas[reference["#/components/schemas/".Length..]]! : choice;
    }

    private static List<string?> Types(JsonNode schema) =>
        schema["type"] is JsonArray types ? [.. types.Select(t => (string?)t)] : [(string?)schema["type"]];

    internal sealed record Texts(
        LocalDate Date,
        Instant Instant,
        Period Period,
        Duration Duration,
        DateTimeZone Zone,
        MemberCode Member,
        IssueId Issue,
        IndicatorId Indicator,
        ReportingPeriod ReportingPeriod,
        LocalDate? MaybeDate,
        MemberId MemberId);
}
