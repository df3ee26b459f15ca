using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

/// <summary>A grain that returns what it is given, so that a value makes the trip client → silo → client.</summary>
[Alias("cfc.test.IEchoGrain")]
public interface IEchoGrain : IGrainWithStringKey
{
    [Alias("EchoAsync`1")]
    Task<T> EchoAsync<T>(T value);

    [Alias("EchoProgrammeAsync")]
    Task<Programme> EchoProgrammeAsync(Programme programme);

    [Alias("EchoLedgerAsync")]
    Task<ObservationLedger> EchoLedgerAsync(ObservationLedger ledger);

    [Alias("EchoIssueAsync")]
    Task<LocalIssue> EchoIssueAsync(LocalIssue issue);

    [Alias("EchoMeetingAsync")]
    Task<Meeting> EchoMeetingAsync(Meeting meeting);

    [Alias("EchoEnvelopeAsync")]
    Task<EchoEnvelope> EchoEnvelopeAsync(EchoEnvelope envelope);
}

/// <summary>A generated-codec type whose fields are SDK and NodaTime values, as grain state and messages are.</summary>
[GenerateSerializer, Immutable, Alias("cfc.test.EchoEnvelope")]
public sealed record EchoEnvelope(Programme Programme, ObservationLedger Ledger, LocalIssue Issue, Meeting Meeting, Instant At, ZonedDateTime Start, Period Period, DateTimeZone Zone, LocalDate Date);

public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<T> EchoAsync<T>(T value) => Task.FromResult(value);

    public Task<Programme> EchoProgrammeAsync(Programme programme) => Task.FromResult(programme);

    public Task<ObservationLedger> EchoLedgerAsync(ObservationLedger ledger) => Task.FromResult(ledger);

    public Task<LocalIssue> EchoIssueAsync(LocalIssue issue) => Task.FromResult(issue);

    public Task<Meeting> EchoMeetingAsync(Meeting meeting) => Task.FromResult(meeting);

    public Task<EchoEnvelope> EchoEnvelopeAsync(EchoEnvelope envelope) => Task.FromResult(envelope);
}
