using System.Globalization;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Dashboard;

/// <summary>
/// The Orleans dashboard's settings, <c>Cfc:Dashboard</c>: whether the host serves it at all (off by default: it shows
/// the silo's addresses, ports, grain activity and a live log), and how many live log streams it serves at once.
/// </summary>
internal sealed class DashboardSettings
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Dashboard";

    /// <summary>Whether the host serves the dashboard (to coordinators only); <see langword="false"/> by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// How many live log streams (<c>/dashboard/Trace</c>) the host serves at once; another is 429. Two by default:
    /// each holds a connection open for up to an hour and is sent every log line.
    /// </summary>
    public int MaxTraceStreams { get; set; } = 2;

    /// <summary>The setting's full name, for messages: <c>Cfc:Dashboard:Enabled</c>.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The setting's name.</returns>
    public static string Setting(string property) => $"{SectionName}:{property}";

    /// <summary>Checks the settings when the host starts, naming the setting that cannot be used.</summary>
    internal sealed class Validator : IValidateOptions<DashboardSettings>
    {
        /// <summary>Checks <paramref name="options"/>.</summary>
        /// <param name="name">The options' name (not used).</param>
        /// <param name="options">The settings.</param>
        /// <returns>Success, or a failure per setting that cannot be used.</returns>
        public ValidateOptionsResult Validate(string? name, DashboardSettings options) =>
            options.MaxTraceStreams < 1
                ? ValidateOptionsResult.Fail($"{Setting(nameof(MaxTraceStreams))} must be at least 1 (it is {options.MaxTraceStreams.ToString(CultureInfo.InvariantCulture)}).")
                : ValidateOptionsResult.Success;
    }
}
