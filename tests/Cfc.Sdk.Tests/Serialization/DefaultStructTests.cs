using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>
/// The default value of every public struct of the SDK formats to invariant text that its <c>Parse</c> reads back, or to the
/// empty string, in which case the default value round-trips through JSON (both option sets of
/// <see cref="CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk"/>). A struct with no text form of its own (a record of
/// several values, such as <c>ObservationKey</c>) has no <c>Parse</c>: its default either round-trips through JSON or is
/// refused when written, never written as JSON that cannot be read back.
/// </summary>
public sealed class DefaultStructTests
{
    public static TheoryData<string> Structs() => new(PublicStructs().Select(t => t.FullName!));

    [Fact]
    public void There_are_structs_to_check()
    {
        var structs = PublicStructs().ToList();

        Assert.Contains(typeof(MemberCode), structs);
        Assert.True(structs.Count > 10);
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void The_default_value_formats_to_text_that_parses_back_or_to_the_empty_string_that_json_reads_back(string typeName)
    {
        var type = PublicStructs().Single(t => t.FullName == typeName);
        var failure = Failure(type);
        Assert.True(failure is null, failure);
    }

    [Fact]
    public void The_default_value_formats_the_same_under_a_dutch_culture_and_keeps_its_promise_there()
    {
        var invariant = PublicStructs().Select(t => Activator.CreateInstance(t)!.ToString()).ToList();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var dutch = PublicStructs().Select(t => Activator.CreateInstance(t)!.ToString()).ToList();
            var failures = PublicStructs().Select(Failure).OfType<string>().ToList();

            Assert.Equal(invariant, dutch);
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
            return JsonFailure(type, value, new JsonSerializerOptions().ConfigureForCfcSdk(), writeMayRefuse: true)
                ?? JsonFailure(type, value, new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk(), writeMayRefuse: true);
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

    private static string? JsonFailure(Type type, object value, JsonSerializerOptions options, bool writeMayRefuse = false)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(value, type, options);
        }
        catch (JsonException) when (writeMayRefuse)
        {
            return null;
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
