using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cfc.Sdk.Serialization;
using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;

namespace Cfc.Testing;

/// <summary>
/// The one place that knows how snapshot (approval) tests are taken: Snapshooter today, with
/// snapshots committed under <c>__snapshots__</c> beside each test file. Moving to another snapshot
/// library touches this file only. Snapshooter finds the calling test through its stack frame, so
/// call these methods directly from the test method.
/// </summary>
internal static class Approvals
{
    /// <summary>The JSON form the HTTP contract uses: camelCase, enums as strings, NodaTime ISO text.</summary>
    public static JsonSerializerOptions Json { get; } = CreateJsonOptions();

    /// <summary>Approves <paramref name="value"/> serialized as indented JSON.</summary>
    public static void VerifyJson(object? value, string? name = null) =>
        VerifyText(JsonSerializer.Serialize(value, Json), name);

    /// <summary>Approves <paramref name="text"/> as it is.</summary>
    public static void VerifyText(string text, string? name = null)
    {
        if (name is null)
        {
            Snapshot.Match(text);
        }
        else
        {
            Snapshot.Match(text, SnapshotNameExtension.Create(name));
        }
    }

    /// <summary>Approves the public API of <paramref name="assembly"/>, so that a change to it is a reviewed change.</summary>
    public static void VerifyPublicApi(Assembly assembly) =>
        VerifyText(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],

            // The packages' registration extensions live in Microsoft.Extensions.DependencyInjection by convention.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],

            // Orleans' code generator makes public codecs and proxies for the grain interfaces; they are not our API.
            DenyNamespacePrefixes = ["OrleansCodeGen"],
        }));

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.ConfigureForCfcSdk();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
