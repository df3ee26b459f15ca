using System.Reflection;
using System.Text.Json;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

[Collection(EchoClusterDefinition.Name)]
public sealed class EchoGrainTests(EchoClusterFixture cluster)
{
    private static readonly JsonSerializerOptions s_sdkJson = new JsonSerializerOptions().ConfigureForCfcSdk();

    private IEchoGrain Echo => cluster.Client.GetGrain<IEchoGrain>("echo");

    private static T Sample<T>() => SdkSamples.All().OfType<T>().First();

    [Fact]
    public async Task A_programme_a_ledger_an_issue_and_a_meeting_come_back_equal_from_a_grain()
    {
        var programme = Sample<Programme>();
        var ledger = Sample<ObservationLedger>();
        var issue = Sample<LocalIssue>();
        var meeting = Sample<Meeting>();

        Assert.Equal(programme, await Echo.EchoProgrammeAsync(programme));
        var history = programme.StatusOn(new LocalDate(2026, 12, 1)).History;
        var historyBack = (await Echo.EchoProgrammeAsync(programme)).StatusOn(new LocalDate(2026, 12, 1)).History;
        Assert.Equal(JsonSerializer.Serialize(history, s_sdkJson), JsonSerializer.Serialize(historyBack, s_sdkJson));
        Assert.Equal(history.ToArray(), historyBack.ToArray());
        Assert.Equal(ledger, await Echo.EchoLedgerAsync(ledger));
        Assert.Equal(issue, await Echo.EchoIssueAsync(issue));
        Assert.Equal(meeting, await Echo.EchoMeetingAsync(meeting));
    }

    [Fact]
    public async Task A_generated_type_with_sdk_and_nodatime_fields_comes_back_equal_from_a_grain()
    {
        var envelope = new EchoEnvelope(
            Sample<Programme>(), Sample<ObservationLedger>(), Sample<LocalIssue>(), Sample<Meeting>(), SdkSamples.InstantWithNanoseconds,
            SdkSamples.InstantWithNanoseconds.InZone(SdkSamples.Kralendijk), Period.FromMonths(14) + Period.FromNanoseconds(7), SdkSamples.Kralendijk,
            new LocalDate(2024, 2, 29));

        var back = await Echo.EchoEnvelopeAsync(envelope);

        Assert.Equal(envelope, back);
        Assert.Equal(123_456_789, back.At.InUtc().NanosecondOfSecond);
        Assert.Equal("America/Kralendijk", back.Start.Zone.Id);
    }

    [Fact]
    public async Task Every_sample_comes_back_from_a_grain_through_a_generic_method()
    {
        var echo = typeof(EchoGrainTests).GetMethod(nameof(EchoAsAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var sample in SdkSamples.All())
        {
            var back = await (Task<object?>)echo.MakeGenericMethod(sample.GetType()).Invoke(this, [sample])!;

            Assert.Equal(JsonSerializer.Serialize(sample, sample.GetType(), s_sdkJson), JsonSerializer.Serialize(back, sample.GetType(), s_sdkJson));
        }
    }

    private async Task<object?> EchoAsAsync<T>(T value) => await Echo.EchoAsync(value);
}
