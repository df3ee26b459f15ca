using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using Scalar.AspNetCore;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and the interactive reference at <c>/scalar</c>. The JSON of
/// NodaTime's types and of the SDK's text-valued types (codes, ids, periods) is text, which the document says:
/// <c>type: string</c> with the format and an example of that text.
/// </summary>
internal static class ApiDocumentation
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Where the interactive reference is served.</summary>
    public const string ReferencePath = "/scalar";

    // The text each type is written as, by NodaTime's converters (ConfigureForNodaTime) or the SDK's TextJsonConverter.
    private static readonly Dictionary<Type, (string? Format, string Example, string Description)> s_texts = new()
    {
        [typeof(LocalDate)] = ("date", "2024-03-01", "A date, ISO 8601 (yyyy-MM-dd)."),
        [typeof(Instant)] = ("date-time", "2026-03-01T12:00:00Z", "A point in time, ISO 8601 in UTC."),
        [typeof(Period)] = ("duration", "P3Y", "A period of calendar units, ISO 8601 (NodaTime's round-trip pattern, e.g. P3Y, P1Y2M10D)."),
        [typeof(Duration)] = (null, "1:02:03:04", "A fixed length of time, NodaTime's round-trip pattern -D:hh:mm:ss.FFFFFFFFF (days:hours:minutes:seconds)."),
        [typeof(DateTimeZone)] = ("tz", "Europe/Amsterdam", "An IANA (tzdb) time zone id."),
        [typeof(Cfc.Sdk.Network.MemberCode)] = ("member-code", "GM0518", "A member's code: a Dutch CBS municipality code (GM and four digits, GM0518), or abroad a country's ISO 3166-1 alpha-2 code, a dash and its national code (DE-05315000, ES-28079, FR-2A004, GB-E08000025)."),
        [typeof(Cfc.Sdk.Matching.Issues.IssueId)] = ("issue-id", "GM0518-5f0c2e9a41b7", "A local issue's id: its member's code (GM0518, DE-05315000), a dash and a key."),
        [typeof(Cfc.Sdk.Indicators.IndicatorId)] = ("indicator-id", "poverty.low-income-minors", "An indicator's id in the catalogue."),
        [typeof(Cfc.Sdk.Periods.ReportingPeriod)] = ("reporting-period", "2023", "A reporting period: a calendar year (2023) or a school year (2022/2023)."),
    };

    /// <summary>Adds the OpenAPI document with the schema transformer for text-valued types.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCfcOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddSchemaTransformer(DescribeTextAsync)
            .AddOperationTransformer(DescribeRouteValuesAsync));

    /// <summary>Maps the OpenAPI document and the interactive reference.</summary>
    /// <param name="app">The host's endpoints.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static IEndpointRouteBuilder MapCfcApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        // A nonce per request on its inline scripts, which the reference's own policy allows (SecurityHeaders), and no
        // fonts from Scalar's CDN: the reference loads nothing from elsewhere.
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Cfc.Sample.Host")
            .WithOpenApiRoutePattern(DocumentPath)
            .WithNonce()
            .DisableDefaultFonts());
        return app;
    }

    /// <summary>Describes a text-valued type as <c>type: string</c> with its format and an example.</summary>
    /// <param name="schema">The schema generated for the type.</param>
    /// <param name="context">The type being described.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeTextAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A nullable one is a oneOf of null and a reference to this schema.
        var described = context.JsonTypeInfo.Type;
        if (!s_texts.TryGetValue(described, out var text))
        {
            if (!IsTextValued(described))
            {
                return Task.CompletedTask;
            }

            text = (null, "", $"A {described.Name}, written as its text.");
        }

        Describe(schema, text);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Describes the route values the handlers read as text: a member's <c>{code}</c> and an issue's <c>{id}</c>.
    /// </summary>
    /// <param name="operation">The operation of one route.</param>
    /// <param name="context">The route being described.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeRouteValuesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = context.Description.RelativePath ?? "";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var type = (parameter.In, parameter.Name) switch
            {
                (ParameterLocation.Path, "code") => typeof(Cfc.Sdk.Network.MemberCode),
                (ParameterLocation.Path, "id") when route.StartsWith("api/issues/", StringComparison.Ordinal) => typeof(Cfc.Sdk.Matching.Issues.IssueId),
                _ => null,
            };
            if (type is not null && parameter.Schema is OpenApiSchema schema)
            {
                Describe(schema, s_texts[type]);
            }
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, (string? Format, string Example, string Description) text)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = text.Format;
        schema.Description ??= text.Description;
        schema.Examples = text.Example.Length > 0 ? [JsonValue.Create(text.Example)] : null;
        schema.Properties?.Clear();
        schema.Required?.Clear();
    }

    // Any other SDK type that says it is written as text (e.g. MemberId, Disaggregation).
    private static bool IsTextValued(Type type) =>
        type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
        && converter.GetGenericTypeDefinition() == typeof(TextJsonConverter<>);
}
