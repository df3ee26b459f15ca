using Cfc.Sdk.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization.Cloning;

namespace Orleans.Serialization;

/// <summary>Registers the types of Cfc.Sdk, Cfc.Sdk.Matching and NodaTime with the Orleans serializer.</summary>
public static class CfcSdkSerializerBuilderExtensions
{
    /// <summary>
    /// Lets the values of Cfc.Sdk, Cfc.Sdk.Matching and NodaTime cross grain calls: they are written as the JSON of
    /// the SDK's one setup (<c>new JsonSerializerOptions().ConfigureForCfcSdk()</c>) inside Orleans' System.Text.Json
    /// codec, and copied by reference because they are immutable.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Call it on the silo and on every client, for example
    /// <c>siloBuilder.Services.AddSerializer(serializer =&gt; serializer.AddCfcSdkTypes())</c>: both ends must read
    /// what the other writes.
    /// </para>
    /// <para>
    /// Only types defined in those three assemblies are affected, and only where Orleans has no codec of its own
    /// (a <c>[GenerateSerializer]</c> type keeps its generated codec; only its SDK-typed fields go through JSON).
    /// The SDK's JSON options are kept apart from the JSON codec's own options, so an application that also calls
    /// <c>AddJsonSerializer</c> for its own types, with its own options, before or after this call, keeps them.
    /// </para>
    /// <para>
    /// Copies: the SDK's values and NodaTime's are immutable, so Orleans passes the same instance, as it does for
    /// <c>[Immutable]</c> types. Types with a public setter (settings such as <c>MatchingOptions</c>) are copied
    /// through JSON instead. Calling this method again changes nothing.
    /// </para>
    /// <para>
    /// The SDK's enums are written by Orleans itself, as their number (as every enum without a generated codec), so a
    /// grain interface should declare the enum type: an enum passed as <see cref="object"/> comes back as a number.
    /// </para>
    /// </remarks>
    /// <param name="builder">The serializer builder, as given by <c>services.AddSerializer(...)</c>.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static ISerializerBuilder AddCfcSdkTypes(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(IGeneralizedCopier) && d.ImplementationType == typeof(CfcSdkCopier)))
        {
            return builder;
        }

        builder.Services.AddSingleton<IGeneralizedCopier, CfcSdkCopier>();
        return builder.AddJsonSerializer(
            isSerializable: CfcSdkTypes.IsSerializedAsJson,
            isCopyable: CfcSdkTypes.IsCopiedThroughJson,
            configureOptions: options => options.PostConfigure(codec =>
                codec.SerializerOptions = CfcSdkJsonConverterFactory.AddTo(codec.SerializerOptions)));
    }
}
