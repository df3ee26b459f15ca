using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

public sealed class OrleansSerializerTests
{
    private static readonly JsonSerializerOptions s_sdkJson = new JsonSerializerOptions().ConfigureForCfcSdk();

    private static readonly Lazy<ServiceProvider> s_services = new(() => Services(sb => sb.AddCfcSdkTypes()));

    private static Serializer Serializer => s_services.Value.GetRequiredService<Serializer>();

    private static DeepCopier Copier => s_services.Value.GetRequiredService<DeepCopier>();

    public static TheoryData<string> SampleTypes() => new(SdkSamples.All().Select(s => s.GetType().FullName!).Distinct());

    private static ServiceProvider Services(Action<ISerializerBuilder> configure) =>
        new ServiceCollection().AddSerializer(configure).BuildServiceProvider();

    private static IEnumerable<object> SamplesOf(string typeName) => SdkSamples.All().Where(s => s.GetType().FullName == typeName);

    [Fact]
    public void Every_public_value_type_of_the_sdk_and_matching_has_a_sample()
    {
        var values = new[] { typeof(Programme).Assembly, typeof(IssueIndex).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !t.IsInterface && t.DeclaringType is null)
            .Where(t => !SdkSamples.NotValues.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t));
        var sampled = SdkSamples.All().Select(s => s.GetType()).ToHashSet();

        Assert.Empty(values.Where(t => !sampled.Contains(t)).Select(t => t.FullName).Order());
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void Every_sample_round_trips_through_the_orleans_serializer_as_its_own_type_and_as_object(string typeName)
    {
        foreach (var sample in SamplesOf(typeName))
        {
            AssertSame(sample, Invoke(nameof(RoundTripAs), sample));

            // Orleans writes an enum without a generated codec as its number, before any other codec is asked, so a
            // boxed enum comes back as that number: grain interfaces declare the enum type, and then it round-trips.
            if (!sample.GetType().IsEnum)
            {
                AssertSame(sample, Serializer.Deserialize<object>(Serializer.SerializeToArray<object>(sample)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void Every_sample_deep_copies_to_an_equal_value(string typeName)
    {
        foreach (var sample in SamplesOf(typeName))
        {
            AssertSame(sample, Invoke(nameof(CopyAs), sample));
            AssertSame(sample, Copier.Copy<object>(sample));
        }
    }

    [Fact]
    public void Immutable_values_are_copied_by_reference_and_settings_through_json()
    {
        var programme = SdkSamples.All().OfType<Programme>().First();
        var period = Period.FromDays(3);
        var options = SdkSamples.All().OfType<MatchingOptions>().Single();

        Assert.Same(programme, Copier.Copy(programme));
        Assert.Same(period, Copier.Copy(period));
        Assert.Same(SdkSamples.Kralendijk, Copier.Copy(SdkSamples.Kralendijk));

        var copied = Copier.Copy(options);
        Assert.NotSame(options, copied);
        Assert.Equal(JsonSerializer.Serialize(options, s_sdkJson), JsonSerializer.Serialize(copied, s_sdkJson));
    }

    [Fact]
    public void Only_the_settings_types_with_setters_are_deep_copied_every_other_sdk_type_is_copied_by_reference()
    {
        var codecs = s_services.Value.GetRequiredService<CodecProvider>();
        var deepCopied = new[] { typeof(Programme).Assembly, typeof(IssueIndex).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsAbstract && !t.IsInterface && !t.ContainsGenericParameters && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => codecs.GetDeepCopier(t) is not IOptionalDeepCopier copier || !copier.IsShallowCopyable())
            .Select(t => t.Name)
            .Order();

        Assert.Equal(
            ["CfcSdkOptions", "ChecklistSetting", "ConcernSetting", "DisclosureOptions", "ForecastOptions", "MatchingOptions", "PeerOptions", "ProgrammeRulesDefinition", "ProgrammeStepDefinition", "ReadinessRulesDefinition", "SdmxOptions"],
            deepCopied);
    }

    [Fact]
    public void Match_results_cross_in_orleans_binary_form_not_as_json_and_come_back_equal()
    {
        var results = SdkSamples.All().OfType<IssueMatch>().ToImmutableArray();
        Assert.NotEmpty(results);

        var payload = Serializer.SerializeToArray(results);

        Assert.DoesNotContain(JsonSerializer.Serialize(results[0].Reasons, s_sdkJson), Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
        Assert.Equal<IssueMatch>(results, Serializer.Deserialize<ImmutableArray<IssueMatch>>(payload));
        var organisation = SdkSamples.All().OfType<OrganisationMatch>().First();
        Assert.Equal(organisation, Serializer.Deserialize<OrganisationMatch>(Serializer.SerializeToArray(organisation)));
    }

    [Fact]
    public void Nanoseconds_and_the_zone_id_are_written_as_the_sdk_json_writes_them()
    {
        var start = SdkSamples.InstantWithNanoseconds.InZone(SdkSamples.Kralendijk);

        var payload = Encoding.UTF8.GetString(Serializer.SerializeToArray(start));

        Assert.Contains(JsonSerializer.Serialize(start, s_sdkJson), payload, StringComparison.Ordinal);
        Assert.Contains("2026-03-26T11:00:00.123456789-04 America/Kralendijk", payload, StringComparison.Ordinal);
        Assert.Equal("America/Kralendijk", Serializer.Deserialize<ZonedDateTime>(Serializer.SerializeToArray(start)).Zone.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_application_json_codec_for_its_own_types_keeps_its_options_before_or_after_the_sdk(bool sdkFirst)
    {
        var camelCase = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        using var services = Services(sb =>
        {
            if (sdkFirst)
            {
                sb.AddCfcSdkTypes();
            }

            sb.AddJsonSerializer(t => t == typeof(Postcard), camelCase);
            if (!sdkFirst)
            {
                sb.AddCfcSdkTypes();
            }
        });
        var serializer = services.GetRequiredService<Serializer>();
        var postcard = new Postcard { Greeting = "Hallo" };
        var programme = SdkSamples.All().OfType<Programme>().First();

        var payload = serializer.SerializeToArray(postcard);

        Assert.Contains("\"greeting\":\"Hallo\"", Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
        Assert.Equal("Hallo", serializer.Deserialize<Postcard>(payload)!.Greeting);
        Assert.Equal(programme, serializer.Deserialize<Programme>(serializer.SerializeToArray(programme)));
        Assert.Equal(SdkSamples.InstantWithNanoseconds, serializer.Deserialize<Instant>(serializer.SerializeToArray(SdkSamples.InstantWithNanoseconds)));
    }

    [Fact]
    public void Registering_twice_changes_nothing()
    {
        using var services = Services(sb => sb.AddCfcSdkTypes().AddCfcSdkTypes());
        var serializer = services.GetRequiredService<Serializer>();
        var issue = SdkSamples.Issue();

        Assert.Equal(issue, serializer.Deserialize<Cfc.Sdk.Matching.Issues.LocalIssue>(serializer.SerializeToArray(issue)));
        Assert.Single(services.GetServices<IGeneralizedCopier>(), c => c.GetType().Name == "CfcSdkCopier");
    }

    [Fact]
    public void Without_the_registration_an_sdk_value_has_no_codec()
    {
        using var services = Services(_ => { });
        var serializer = services.GetRequiredService<Serializer>();

        Assert.ThrowsAny<Exception>(() => serializer.SerializeToArray(SdkSamples.Issue()));
    }

    [Fact]
    public void A_null_builder_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => CfcSdkSerializerBuilderExtensions.AddCfcSdkTypes(null!));

    private static T RoundTripAs<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    private static T CopyAs<T>(T value) => Copier.Copy(value)!;

    private static object? Invoke(string method, object sample)
    {
        try
        {
            return typeof(OrleansSerializerTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(sample.GetType()).Invoke(null, [sample]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>
    /// Equal where the type has value equality, and always the same SDK JSON, which shows nothing was lost (nanoseconds,
    /// zone ids, history) even for a type without value equality.
    /// </summary>
    private static void AssertSame(object expected, object? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(JsonSerializer.Serialize(expected, expected.GetType(), s_sdkJson), JsonSerializer.Serialize(actual, actual.GetType(), s_sdkJson));
        if (HasValueEquality(expected.GetType()))
        {
            Assert.Equal(expected, actual);
        }
    }

    private static bool HasValueEquality(Type type) =>
        type.IsValueType
        || typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)
        || type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType != typeof(object);

    /// <summary>An application's own type, which the application sends through Orleans' JSON codec with its own options.</summary>
    public sealed class Postcard
    {
        public string Greeting { get; set; } = "";
    }
}
