using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Cfc.Sample.Host.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// The 400 problems of input the host cannot read, written for the person who sent it: the field, the form its value
/// must have and an example (<see cref="ValueForm"/>: <c>'start' must be a local date and time in the form
/// yyyy-MM-ddTHH:mm:ss …, such as "2027-01-14T16:00:00"</c>), never the text of .NET's exceptions (type names,
/// <c>Path: $.x</c>, "Change the reader options").
/// </summary>
internal static partial class UnreadableInput
{
    /// <summary>The problem of a body <see cref="JsonSerializer"/> could not read.</summary>
    /// <param name="json">What the serializer threw; its path names the field.</param>
    /// <param name="endpoint">The route the body was sent to, whose handler says what it reads; none when unknown.</param>
    /// <param name="options">The serializer options the host reads bodies with.</param>
    /// <returns>A validation problem naming the field, or a problem about the body as a whole.</returns>
    public static ProblemDetails Body(JsonException json, Endpoint? endpoint, JsonSerializerOptions options)
    {
        // The reader's own error (System.Text.Json's internal JsonReaderException): the text is not JSON there, or ends early.
        var broken = json.InnerException?.GetType().Name == "JsonReaderException";
        var where = json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? $"line {line + 1}, position {position + 1}"
            : "somewhere";
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
            : json.Path is { Length: > 2 } indexed && indexed.StartsWith("$[", StringComparison.Ordinal) ? indexed[1..]
            : null;
        var requestType = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        if (field is null)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON.",
                Detail = broken
                    ? $"The body is not valid JSON at {where}: it breaks off there, or has a character JSON does not allow (a comment, a trailing comma, a quote missing). Send one JSON object."
                    : $"The body must be {(requestType is null ? "a JSON object" : Wanted(options.GetTypeInfo(requestType), null))}.",
            };
        }

        var wanted = requestType is null ? null : Wanted(requestType, field, options);
        var message = (broken, wanted) switch
        {
            (true, null) => $"The JSON is not valid in '{field}' ({where}): it breaks off there, or has a character JSON does not allow.",
            (true, _) => $"The JSON is not valid in '{field}' ({where}): '{field}' must be {wanted}.",
            (false, null) => $"'{field}' has a value of the wrong JSON type.",
            (false, _) => $"'{field}' must be {wanted}.",
        };
        return Invalid(field, message);
    }

    /// <summary>
    /// The problem of a route value, query value or header the handler could not bind, for ASP.NET Core's messages
    /// <c>Failed to bind parameter "T name" from "value".</c> and <c>Required parameter "T name" was not provided from …</c>.
    /// </summary>
    /// <param name="bad">What ASP.NET Core threw.</param>
    /// <param name="endpoint">The route, whose handler names the parameter's type; none when unknown.</param>
    /// <returns>The problem, or <see langword="null"/> for another message.</returns>
    public static ProblemDetails? Parameter(BadHttpRequestException bad, Endpoint? endpoint)
    {
        if (BindFailure().Match(bad.Message) is { Success: true } failed)
        {
            var name = failed.Groups["name"].Value;
            var wanted = Wanted(endpoint, name);
            return Invalid(name, $"'{failed.Groups["value"].Value}' is not {(wanted is null ? "a value of the right form" : $"right: '{name}' must be {wanted}")}.");
        }

        if (RequiredMissing().Match(bad.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            var wanted = Wanted(endpoint, name);
            return Invalid(name, $"'{name}' is required{(wanted is null ? "" : $": {wanted}")}.");
        }

        return bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            ? new ProblemDetails { Status = bad.StatusCode, Title = "The request cannot be read.", Detail = "The request needs a JSON body (Content-Type: application/json)." }
            : null;
    }

    private static string? Wanted(Endpoint? endpoint, string parameter) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == parameter) is { } found
            ? ValueForm.Of(found.ParameterType, found.Name)?.Describe()
            : null;

    // The field's type, found by walking the request type's JSON contract along the path: "themes[1].name".
    private static string? Wanted(Type requestType, string field, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(requestType);
        string? name = null;
        foreach (Match segment in PathSegment().Matches(field))
        {
            if (segment.Groups["index"].Success)
            {
                if (info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is null)
                {
                    return null;
                }

                info = options.GetTypeInfo(info.ElementType);
                continue;
            }

            var property = segment.Groups["name"].Value;
            var found = info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase))
                : null;
            if (found is null)
            {
                return null;
            }

            name = found.Name;
            info = options.GetTypeInfo(found.PropertyType);
        }

        return Wanted(info, name);
    }

    private static string Wanted(JsonTypeInfo info, string? name) =>
        ValueForm.Of(info.Type, name)?.Describe() ?? info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => $"a list in square brackets{(info.ElementType is { } element && ValueForm.Of(element, name) is { } form ? $" of {form.Wants} (such as [{form.ExampleJson}])" : "")}",
            JsonTypeInfoKind.Dictionary => "a JSON object of names and values",
            _ => "a JSON object in braces, {…}",
        };

    private static HttpValidationProblemDetails Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred." };
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^"]+) (?<name>[^" ]+)" was not provided""")]
    private static partial Regex RequiredMissing();

    [GeneratedRegex("""\.?(?<name>[^.\[\]]+)|\[(?<index>\d+)\]|\['(?<name>[^']*)'\]""")]
    private static partial Regex PathSegment();
}
