using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Cfc.Sdk.Tests.Programmes;

/// <summary>
/// The JSON form of the HTTP contract (camelCase, enums as strings, NodaTime ISO text), as <c>Approvals.Json</c> means
/// to give it. <c>Approvals.Json</c> currently fails to initialise (it makes options read-only without a type-info
/// resolver), so these tests serialize with this copy and approve the text; once that is fixed, this can go.
/// </summary>
internal static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}
