using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Orleans.Serialization;

/// <summary>Which types the SDK's serialization covers, and how they are copied.</summary>
internal static class CfcSdkTypes
{
    private static readonly Assembly[] s_assemblies = [typeof(Programme).Assembly, typeof(IssueIndex).Assembly, typeof(Instant).Assembly];

    private static readonly ConcurrentDictionary<Type, bool> s_copiedByReference = new();

    /// <summary>The SDK's one JSON setup, used for every SDK type on the wire.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateJsonOptions();

    // Carried in Orleans' binary format by their own surrogates (MatchResultConverters), not as JSON.
    private static readonly Type[] s_surrogated = [typeof(IssueMatch), typeof(OrganisationMatch), typeof(MatchReasons)];

    /// <summary>
    /// Whether <paramref name="type"/> is a value defined in Cfc.Sdk, Cfc.Sdk.Matching or NodaTime. Exceptions are not: they
    /// cross grain calls through their own surrogates (<c>DomainExceptionConverters</c>) or Orleans' exception codec.
    /// </summary>
    public static bool IsSdkType(Type type) => Array.IndexOf(s_assemblies, type.Assembly) >= 0 && !typeof(Exception).IsAssignableFrom(type);

    /// <summary>Whether an SDK type crosses grain calls as the SDK's JSON: every SDK type but the match results, which have surrogates.</summary>
    public static bool IsSerializedAsJson(Type type) => IsSdkType(type) && Array.IndexOf(s_surrogated, type) < 0;

    /// <summary>Whether an SDK type is immutable, so that a copy may be the same instance.</summary>
    public static bool IsCopiedByReference(Type type) =>
        IsSdkType(type) && s_copiedByReference.GetOrAdd(type, static t => !HasPublicSetter(t));

    /// <summary>Whether an SDK type has to be copied through its JSON (a settings type with setters).</summary>
    public static bool IsCopiedThroughJson(Type type) => IsSdkType(type) && !IsCopiedByReference(type);

    // The SDK's convention is that values are immutable; its settings classes, bound from configuration, have
    // setters. A public setter (init included) or writable field is the one sign of mutability reflection can see.
    private static bool HasPublicSetter(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.SetMethod is { IsPublic: true })
        || type.GetFields(BindingFlags.Public | BindingFlags.Instance).Any(f => !f.IsInitOnly && !f.IsLiteral);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForCfcSdk();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
