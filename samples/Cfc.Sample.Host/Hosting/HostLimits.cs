using System.Globalization;
using Cfc.Sdk.Matching.Issues;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The limits the host puts on requests, from the <c>Cfc:Limits</c> settings: the size of a request's body, the length
/// of a request's lists and texts, how many writes and how many reads one caller may send in a window of time, and how
/// long a bearer token may live.
/// </summary>
/// <remarks>
/// Limits the domain already sets (the length of a title, a name or a note, the number of matches <c>k</c>) are the
/// domain's and are not repeated here: a request that breaks one gets the domain's message, which names it.
/// <see cref="MaxTextLength"/> may only lower the domain's longest text. How many issues a member holds is limited
/// where the issues are, by the municipality grain (<c>Cfc:Limits:MaxIssuesPerMember</c>, bound by <c>AddCfc</c>).
/// </remarks>
internal sealed class HostLimits
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Limits";

    /// <summary>
    /// The most bytes a request's body may have; a larger one is 413. 256 KiB by default: room for the longest text the
    /// domain takes (an issue's 20,000 characters) even when every character is JSON-escaped.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The most items a list in a request may hold (themes, articles, criteria, goal areas, participants); 64 by default.</summary>
    public int MaxListItems { get; set; } = 64;

    /// <summary>
    /// The most characters any text of a request may have (an issue's text, a description, a practice's lessons); 8,000
    /// by default, at most the domain's longest (an issue's text, <see cref="LocalIssue.MaxTextLength"/>). A member's
    /// stored issues, rewritten on each of its writes, grow with it.
    /// </summary>
    public int MaxTextLength { get; set; } = 8000;

    /// <summary>How many writes one caller (the token's subject, else the client's address) may send per <see cref="WriteWindow"/>; 120 by default.</summary>
    public int WritesPerWindow { get; set; } = 120;

    /// <summary>The window of <see cref="WritesPerWindow"/>; one minute by default.</summary>
    public TimeSpan WriteWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many reads (every request but a write and the health checks: the API's reads, the pages and their assets,
    /// the API reference, the dashboard) one caller may send per <see cref="ReadWindow"/>; 600 by default, ten a second,
    /// which a person browsing the pages or watching the dashboard does not reach. A caller without a valid token is its
    /// client's address; one with a token is the token's subject (or the token), so anonymous readers cannot use up a
    /// token holder's reads.
    /// </summary>
    public int ReadsPerWindow { get; set; } = 600;

    /// <summary>The window of <see cref="ReadsPerWindow"/>; one minute by default.</summary>
    public TimeSpan ReadWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest a bearer token may be valid, from its <c>nbf</c> (else its <c>iat</c>) to its <c>exp</c>; one day by
    /// default. A token that lives longer is refused with 401 however soon it expires: tokens cannot be revoked, so a
    /// stolen one must not stay usable for long.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The setting's full name, for messages: <c>Cfc:Limits:MaxListItems</c>.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The setting's name.</returns>
    public static string Setting(string property) => $"{SectionName}:{property}";

    /// <summary>Checks the limits when the host starts, naming the setting that cannot be used.</summary>
    internal sealed class Validator : IValidateOptions<HostLimits>
    {
        /// <summary>Checks <paramref name="options"/>.</summary>
        /// <param name="name">The options' name (not used).</param>
        /// <param name="options">The limits.</param>
        /// <returns>Success, or a failure per setting that cannot be used.</returns>
        public ValidateOptionsResult Validate(string? name, HostLimits options)
        {
            var failures = new List<string>();
            if (options.MaxRequestBodyBytes < 1024)
            {
                failures.Add($"{Setting(nameof(MaxRequestBodyBytes))} must be at least 1024 (it is {options.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (options.MaxListItems < 1)
            {
                failures.Add($"{Setting(nameof(MaxListItems))} must be at least 1 (it is {options.MaxListItems.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (options.MaxTextLength is < 1 or > LocalIssue.MaxTextLength)
            {
                failures.Add($"{Setting(nameof(MaxTextLength))} must be from 1 to {LocalIssue.MaxTextLength.ToString(CultureInfo.InvariantCulture)}, the domain's longest text (it is {options.MaxTextLength.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (options.WritesPerWindow < 1)
            {
                failures.Add($"{Setting(nameof(WritesPerWindow))} must be at least 1 (it is {options.WritesPerWindow.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (options.WriteWindow <= TimeSpan.Zero)
            {
                failures.Add($"{Setting(nameof(WriteWindow))} must be longer than zero (it is {options.WriteWindow.ToString("c", CultureInfo.InvariantCulture)}).");
            }

            if (options.ReadsPerWindow < 1)
            {
                failures.Add($"{Setting(nameof(ReadsPerWindow))} must be at least 1 (it is {options.ReadsPerWindow.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (options.ReadWindow <= TimeSpan.Zero)
            {
                failures.Add($"{Setting(nameof(ReadWindow))} must be longer than zero (it is {options.ReadWindow.ToString("c", CultureInfo.InvariantCulture)}).");
            }

            if (options.MaxTokenLifetime <= TimeSpan.Zero)
            {
                failures.Add($"{Setting(nameof(MaxTokenLifetime))} must be longer than zero (it is {options.MaxTokenLifetime.ToString("c", CultureInfo.InvariantCulture)}).");
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
