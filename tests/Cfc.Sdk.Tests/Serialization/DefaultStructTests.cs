using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>
/// The default value of every public struct of the SDK formats to text that its <c>Parse</c> reads back, or to the empty string,
/// in which case the default value round-trips through JSON (both option sets of <see cref="CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk"/>).
/// </summary>
public sealed class DefaultStructTests
{
    /// <summary>
    /// Structs outside the rights, network, meeting, practice, bottleneck and newsletter folders whose default value does not
    /// yet keep that promise. Their folders were being changed by other engineers when this test was added; the lead empties
    /// this list after merging. A struct listed here that has since been fixed fails
    /// <see cref="The_default_value_formats_to_text_that_parses_back_or_to_the_empty_string_that_json_reads_back"/>, so the list
    /// cannot go stale.
    /// </summary>
    private static readonly HashSet<string> KnownExceptions =
    [
        // Disclosure: formats to ".", and there is no Parse.
        "Cfc.Sdk.Disclosure.DisclosedValue",

        // Observations: a record struct; formats to "ObservationKey { Member = , ... }", and there is no Parse.
        "Cfc.Sdk.Observations.ObservationKey",

        // Reports: a record struct; formats to "ReportPoint { Period = , Value = ., Status = 0 }", and there is no Parse.
        "Cfc.Sdk.Reports.ReportPoint",

        // Targets: a record struct; formats to "DataPoint { Date = Monday, 01 January 0001, Value = 0 }" (the date in the
        // current culture), and there is no Parse.
        "Cfc.Sdk.Targets.DataPoint",
    ];

    public static TheoryData<string> Structs() => new(PublicStructs().Select(t => t.FullName!));

    [Fact]
    public void There_are_structs_to_check()
    {
        var structs = PublicStructs().ToList();

        Assert.Contains(typeof(MemberCode), structs);
        Assert.True(structs.Count > 10);
    }

    [Fact]
    public void Every_known_exception_names_a_public_struct() =>
        Assert.Empty(KnownExceptions.Except(PublicStructs().Select(t => t.FullName!)));

    [Theory]
    [MemberData(nameof(Structs))]
    public void The_default_value_formats_to_text_that_parses_back_or_to_the_empty_string_that_json_reads_back(string typeName)
    {
        var type = PublicStructs().Single(t => t.FullName == typeName);
        var failure = Failure(type);
        if (KnownExceptions.Contains(typeName))
        {
            Assert.False(failure is null, $"default({type.Name}) now keeps the promise: remove it from {nameof(KnownExceptions)}.");
        }
        else
        {
            Assert.True(failure is null, failure);
        }
    }

    [Fact]
    public void The_default_value_formats_the_same_under_a_dutch_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var failures = PublicStructs().Where(t => !KnownExceptions.Contains(t.FullName!)).Select(Failure).OfType<string>().ToList();

            Assert.Empty(failures);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>What is wrong with the default value of <paramref name="type"/>, or <see langword="null"/> when nothing is.</summary>
    private static string? Failure(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        string text;
        try
        {
            text = value.ToString()!;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"default({type.Name}).ToString() throws {e.GetType().Name}: {e.Message}";
        }

        if (text.Length == 0)
        {
            return JsonFailure(type, value, new JsonSerializerOptions().ConfigureForCfcSdk())
                ?? JsonFailure(type, value, new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk());
        }

        var parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        if (parse is null)
        {
            return $"default({type.Name}) formats to \"{text}\", but {type.Name} has no Parse(string) to read it back.";
        }

        try
        {
            var parsed = parse.Invoke(null, [text]);
            return Equals(parsed, value) ? null : $"default({type.Name}) formats to \"{text}\", which parses to {parsed}, not the default value.";
        }
        catch (TargetInvocationException e)
        {
            return $"default({type.Name}) formats to \"{text}\", which {type.Name}.Parse refuses: {e.InnerException?.Message}";
        }
    }

    private static string? JsonFailure(Type type, object value, JsonSerializerOptions options)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(value, type, options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"default({type.Name}) formats to the empty string but cannot be written as JSON: {e.Message}";
        }

        try
        {
            var read = JsonSerializer.Deserialize(json, type, options);
            return Equals(read, value) ? null : $"default({type.Name}) is written as {json}, which reads back as {read}, not the default value.";
        }
        catch (JsonException e)
        {
            return $"default({type.Name}) is written as {json}, which JSON refuses to read back: {e.Message}";
        }
    }

    private static IEnumerable<Type> PublicStructs() =>
        typeof(MemberCode).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
