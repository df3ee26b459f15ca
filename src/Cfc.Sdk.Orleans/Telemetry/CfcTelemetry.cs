namespace Cfc.Sdk.Orleans.Telemetry;

/// <summary>
/// The names under which the SDK reports what it does: its meter and its activity source, both <c>Cfc.Sdk</c>. An
/// application that collects telemetry with OpenTelemetry adds them by these names
/// (<c>metrics.AddMeter(CfcTelemetry.MeterName)</c>, <c>tracing.AddSource(CfcTelemetry.ActivitySourceName)</c>); nothing is
/// measured or traced while nobody listens.
/// </summary>
/// <remarks>
/// The meter's instruments: <c>cfc.matching.matches</c> (match queries answered), <c>cfc.matching.duration</c> (their
/// latency in seconds), <c>cfc.matching.replica.pushes</c> (changes pushed to a silo's replica of the matching index),
/// <c>cfc.storage.writes</c> (grain state writes and clears) and <c>cfc.storage.write.duration</c> (their latency in
/// seconds). The activities: <c>cfc.matching.match</c> around a match query and <c>cfc.storage.write</c> around a write
/// or clear. The package's README lists their units and tags.
/// </remarks>
public static class CfcTelemetry
{
    /// <summary>The name of the SDK's meter: <c>Cfc.Sdk</c>.</summary>
    public const string MeterName = "Cfc.Sdk";

    /// <summary>The name of the SDK's activity source: <c>Cfc.Sdk</c>.</summary>
    public const string ActivitySourceName = "Cfc.Sdk";
}
