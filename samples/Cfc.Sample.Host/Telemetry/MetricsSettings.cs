namespace Cfc.Sample.Host.Telemetry;

/// <summary>
/// The settings of the Prometheus scrape endpoint, <c>Cfc:Telemetry:Metrics</c>: whether the host serves
/// <c>/metrics</c> (on by default, to anyone who can reach the host, as Prometheus expects; it shows counts and
/// latencies by route and state kind, never a member, a person or an id).
/// </summary>
internal sealed class MetricsSettings
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Telemetry:Metrics";

    /// <summary>Whether the host serves <c>/metrics</c>; <see langword="true"/> by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The setting's full name, for messages: <c>Cfc:Telemetry:Metrics:Enabled</c>.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The setting's name.</returns>
    public static string Setting(string property) => $"{SectionName}:{property}";
}
