using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using Microsoft.OpenApi;
using NodaTime;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// How a value is written in the API's JSON, queries and routes: a noun phrase that names its form, an example, and the
/// OpenAPI <c>type</c>, <c>format</c> and <c>pattern</c> of that form. The OpenAPI document describes its schemas with
/// it (<see cref="ApiDocumentation"/>), and a 400 for a value in the wrong form says it (<c>Problems/UnreadableInput</c>),
/// so that both say the same.
/// </summary>
/// <param name="Type">The JSON type.</param>
/// <param name="Format">The OpenAPI format, if there is one.</param>
/// <param name="Pattern">A regular expression the text matches, if there is one.</param>
/// <param name="Example">A real value.</param>
/// <param name="Wants">What the value must be, as a noun phrase: <c>a date in the form yyyy-MM-dd</c>.</param>
internal sealed record ValueForm(JsonSchemaType Type, string? Format, string? Pattern, JsonNode Example, string Wants)
{
    /// <summary>The lowest number of a CRC article.</summary>
    public const int FirstArticle = 1;

    /// <summary>The highest number of a CRC article.</summary>
    public const int LastArticle = 54;

    // The text NodaTime's converters (ConfigureForNodaTime) and the SDK's TextJsonConverter write and read.
    private static readonly Dictionary<System.Type, ValueForm> s_texts = new()
    {
        [typeof(LocalDate)] = Text("date", @"^-?\d{4}-\d{2}-\d{2}$", "2028-12-31", "a date in the form yyyy-MM-dd (ISO 8601)"),
        [typeof(LocalDateTime)] = Text(null, @"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?$", "2027-01-14T16:00:00",
            "a local date and time in the form yyyy-MM-ddTHH:mm:ss (ISO 8601, seconds included, without a zone or offset)"),
        [typeof(LocalTime)] = Text(null, @"^\d{2}:\d{2}:\d{2}(\.\d{1,9})?$", "16:00:00", "a time of day in the form HH:mm:ss"),
        [typeof(Instant)] = Text("date-time", @"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$", "2026-03-01T12:00:00Z",
            "a point in time in UTC in the form yyyy-MM-ddTHH:mm:ssZ (ISO 8601)"),
        [typeof(OffsetDateTime)] = Text("date-time", null, "2026-03-01T13:00:00+01:00",
            "a date and time with its offset from UTC in the form yyyy-MM-ddTHH:mm:ss+hh:mm (ISO 8601)"),
        // Not format "duration": client generators make that their own time span type, which holds no years or months.
        [typeof(Period)] = Text(null, @"^P(-?\d+Y)?(-?\d+M)?(-?\d+W)?(-?\d+D)?(T(-?\d+H)?(-?\d+M)?(-?\d+S)?(-?\d+s)?(-?\d+t)?(-?\d+n)?)?$", "PT1H30M",
            "a period of calendar units in the form of ISO 8601 (P3Y, P1M, PT1H30M)"),
        [typeof(Duration)] = Text(null, @"^-?\d+:\d{2}:\d{2}(\.\d{1,9})?$", "26:03:04",
            "a fixed length of time in the form H:mm:ss (hours, also beyond 24)"),
        [typeof(DateTimeZone)] = Text("tz", null, "Europe/Amsterdam", "an IANA (tzdb) time zone id"),
        [typeof(Cfc.Sdk.Network.MemberCode)] = Text("member-code", null, "GM0518", "a member's code: a Dutch CBS municipality code (GM and four digits, GM0518), or abroad a country's ISO 3166-1 alpha-2 code, a dash and its national code (DE-05315000, ES-28079, FR-2A004, GB-E08000025)"),
        [typeof(Cfc.Sdk.Matching.Issues.IssueId)] = Text("issue-id", null, "GM0518-5f0c2e9a41b7", "a local issue's id: its member's code (GM0518, DE-05315000), a dash and a key"),
        [typeof(Cfc.Sdk.Indicators.IndicatorId)] = Text("indicator-id", null, "poverty.low-income-minors", "an indicator's id in the catalogue"),
        [typeof(Cfc.Sdk.Periods.ReportingPeriod)] = Text("reporting-period", null, "2023", "a reporting period (a calendar year, 2023, or a school year, 2022/2023)"),
    };

    /// <summary>The forms of the types the JSON writes as text of their own, but enums and plain text.</summary>
    internal static IReadOnlyDictionary<System.Type, ValueForm> Texts => s_texts;

    /// <summary>A CRC article, by its number.</summary>
    public static ValueForm Article { get; } = new(JsonSchemaType.Integer, "int32", null, JsonValue.Create(31),
        $"the number of an article of the Convention on the Rights of the Child ({FirstArticle} to {LastArticle})");

    /// <summary>The example as it is written in JSON: <c>"2028-12-31"</c>, <c>9.3</c>.</summary>
    public string ExampleJson => Example.ToJsonString();

    /// <summary>The form of <paramref name="type"/>'s values, or <see langword="null"/> for an object or a list.</summary>
    /// <param name="type">The type, nullable or not.</param>
    /// <param name="name">The field's name in the JSON (<c>articles</c>), which tells an article's number from any other.</param>
    /// <returns>The form.</returns>
    public static ValueForm? Of(System.Type type, string? name = null)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return OfText(type) ?? System.Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 or TypeCode.Int64 or TypeCode.Int16 or TypeCode.Byte when name is "articles" or "article" => Article,
            TypeCode.Int32 or TypeCode.Int64 or TypeCode.Int16 or TypeCode.Byte =>
                new(JsonSchemaType.Integer, null, null, JsonValue.Create(12), "a whole number, without quotes"),
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal =>
                new(JsonSchemaType.Number, null, null, JsonValue.Create(9.3), "a number, without quotes and with a point for decimals"),
            TypeCode.Boolean => new(JsonSchemaType.Boolean, null, null, JsonValue.Create(true), "true or false, without quotes"),
            TypeCode.String => new(JsonSchemaType.String, null, null, JsonValue.Create("tekst"), "text in double quotes"),
            _ => null,
        };
    }

    /// <summary>
    /// The form of a type the JSON writes as text of its own: NodaTime's types, the SDK's codes, ids and periods, and
    /// enums (by name); <see langword="null"/> for any other type, plain text among them.
    /// </summary>
    /// <param name="type">The type, nullable or not.</param>
    /// <returns>The form.</returns>
    public static ValueForm? OfText(System.Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (s_texts.TryGetValue(type, out var text))
        {
            return text;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return new(JsonSchemaType.String, null, null, JsonValue.Create(names[0]), $"one of {string.Join(", ", names)}");
        }

        return IsTextValued(type) ? new(JsonSchemaType.String, null, null, JsonValue.Create(""), $"a {type.Name}, written as its text") : null;
    }

    /// <summary>What a value of this form must be, with the example: <c>a date in the form yyyy-MM-dd, such as 2028-12-31</c>.</summary>
    /// <returns>The sentence, without a full stop.</returns>
    public string Describe() => Example is JsonValue value && value.TryGetValue<string>(out var example) && example.Length == 0
        ? Wants
        : string.Create(CultureInfo.InvariantCulture, $"{Wants}, such as {ExampleJson}");

    private static ValueForm Text(string? format, string? pattern, string example, string wants) =>
        new(JsonSchemaType.String, format, pattern, JsonValue.Create(example), wants);

    // Any other SDK type that says it is written as text (e.g. MemberId, Disaggregation).
    private static bool IsTextValued(System.Type type) =>
        type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
        && converter.GetGenericTypeDefinition() == typeof(TextJsonConverter<>);
}
