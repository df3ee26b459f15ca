using System.Reflection;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using NodaTime;

using Cfc.Testing;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>
/// The promise of <see cref="CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk"/>, kept for every public type at
/// once: a type added to the SDK fails here until it has a sample that round-trips.
/// </summary>
public class EveryPublicTypeRoundTripsTests
{
    public static TheoryData<string> SampleTypes() => new(DomainSamples.All().Select(s => s.GetType().Name).Distinct());

    [Fact]
    public void Every_public_type_that_can_be_stored_has_a_sample()
    {
        var stored = typeof(CfcJsonSerializerOptionsExtensions).Assembly.GetExportedTypes()
            .Where(t => !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !t.IsInterface)
            .Where(t => !DomainSamples.NotStored.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t))
            .Where(t => t.DeclaringType is null);
        var sampled = DomainSamples.All().Select(s => s.GetType()).ToHashSet();

        Assert.Empty(stored.Where(t => !sampled.Contains(t)).Select(t => t.FullName).Order());
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void Every_sample_of_the_type_round_trips(string typeName)
    {
        var assertRoundTrips = typeof(JsonRoundTrip).GetMethod(nameof(JsonRoundTrip.AssertRoundTrips))!;
        foreach (var sample in DomainSamples.All().Where(s => s.GetType().Name == typeName))
        {
            try
            {
                assertRoundTrips.MakeGenericMethod(sample.GetType()).Invoke(null, [sample]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
