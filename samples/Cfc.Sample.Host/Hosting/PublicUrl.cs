namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The host's public base address, <c>Cfc:PublicUrl</c>, for links in what is not an answer to a request (the
/// newsletter's e-mail): an absolute http(s) URL, such as <c>https://cfc.example.org</c>; an https one where the
/// newsletter is sent (RFC 8058's one-click unsubscribe link must be https). What answers a request builds its links from
/// the request instead.
/// </summary>
internal static class PublicUrl
{
    /// <summary>The setting's name.</summary>
    public const string Setting = "Cfc:PublicUrl";

    /// <summary>Reads and checks the setting.</summary>
    /// <param name="configuration">The host's settings.</param>
    /// <returns>The base address without a trailing slash, or <see langword="null"/> when it is not set.</returns>
    /// <exception cref="InvalidOperationException">The value is not an absolute http(s) URL without query or fragment; the message names the setting.</exception>
    public static Uri? Read(IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } value)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            && url.Query.Length == 0 && url.Fragment.Length == 0 && url.UserInfo.Length == 0
            ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            : throw new InvalidOperationException($"Invalid Cfc settings: {Setting} '{value}' is not an absolute http or https URL without query, such as https://cfc.example.org.");
    }

    /// <summary>
    /// The address a request reached the host at, for absolute links in its answer (a calendar's, a feed's): the scheme
    /// and host as the trusted-proxy middleware left them (<c>X-Forwarded-Proto</c> only from a proxy in
    /// <c>Cfc:Proxy</c>; a <c>Host</c> outside <c>AllowedHosts</c> never gets this far), and the path base.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The address, ending in <c>/</c>.</returns>
    public static Uri Of(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
