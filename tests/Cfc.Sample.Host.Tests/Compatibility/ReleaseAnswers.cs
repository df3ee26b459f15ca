using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests.Compatibility;

/// <summary>How an answer of today's host is compared with an earlier release's (<c>Release01/answers.json</c>, <c>Release02/answers.json</c>).</summary>
internal static class ReleaseAnswers
{
    // Whether an answer holds everything the last release answered: the same values, arrays of the same length, and
    // every property of an object; an answer may add properties (a programme's history entries gained their note).
    public static bool Holds(JsonNode? answer, JsonNode? expected) => (answer, expected) switch
    {
        (JsonObject a, JsonObject e) => e.All(p => a.ContainsKey(p.Key) && Holds(a[p.Key], p.Value)),
        (JsonArray a, JsonArray e) => a.Count == e.Count && a.Zip(e).All(pair => Holds(pair.First, pair.Second)),
        _ => JsonNode.DeepEquals(answer, expected),
    };

    // What an answer holds that does not depend on the day it is read: municipalities without their programme's status
    // today (the programme is compared on a fixed date), a schedule without its next edition, an indicator report's
    // stored parts (its figures and target, not the assessment against today).
    public static JsonNode? Comparable(string path, JsonNode? answer)
    {
        var copy = answer?.DeepClone();
        if (path == "/api/municipalities")
        {
            foreach (var municipality in copy!.AsArray())
            {
                municipality!.AsObject().Remove("programme");
            }
        }
        else if (path.StartsWith("/api/municipalities/", StringComparison.Ordinal) && path.Count(c => c == '/') == 3)
        {
            copy!.AsObject().Remove("programme");
        }
        else if (path == "/api/newsletters/schedule" && copy is JsonObject schedule)
        {
            schedule.Remove("next");
        }
        else if (path.EndsWith("/indicators", StringComparison.Ordinal))
        {
            return new JsonArray([.. copy!.AsArray().Select(report => (JsonNode)new JsonObject
            {
                ["indicator"] = report!["indicator"]!.DeepClone(),
                ["series"] = report["series"]!.DeepClone(),
                ["target"] = report["target"]?.DeepClone(),
            })]);
        }

        return copy;
    }
}
