using Cfc.Sample.Host.Dashboard;
using Cfc.Sample.Host.Hosting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// Gives every problem the host writes a <c>detail</c>, as the contract asks: the ones ASP.NET Core writes itself
/// (401 and 403 from authorization, status codes without a body) and validation problems, which list their fields.
/// </summary>
internal static class ProblemDefaults
{
    /// <summary>Fills in the detail of <paramref name="context"/>'s problem when it has none.</summary>
    /// <param name="context">The problem about to be written.</param>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= problem switch
        {
            HttpValidationProblemDetails { Errors.Count: > 0 } invalid => $"Invalid: {string.Join(", ", invalid.Errors.Keys)}; see errors.",
            _ => problem.Status switch
            {
                StatusCodes.Status401Unauthorized when context.HttpContext.Features.Get<TokenLifetime.Refusal>() is { } refusal => refusal.Detail,
                StatusCodes.Status401Unauthorized when IsDashboard(context) =>
                    $"The dashboard is for coordinators: sign in at {DashboardAccess.SignInPath} with a coordinator's token (role coordinator), or send it as a bearer token.",
                StatusCodes.Status403Forbidden when IsDashboard(context) => "The dashboard is for coordinators: this token has no role coordinator.",
                StatusCodes.Status401Unauthorized when !WriteProtection.TokensConfigured(context.HttpContext.RequestServices) => WriteProtection.NoTokensDetail,
                StatusCodes.Status401Unauthorized => "A write, or a read of personal data, needs a valid bearer token: role coordinator, or claim cfc:member with the code of the member written.",
                StatusCodes.Status403Forbidden => "This token may not write (or read the personal data of) this member: it needs role coordinator, or claim cfc:member with this member's code.",
                StatusCodes.Status404NotFound => "No such resource.",
                StatusCodes.Status405MethodNotAllowed => "This route does not take this method.",
                // A chunked body the server cut off; a declared length over the limit is refused before (WriteProtection).
                StatusCodes.Status413PayloadTooLarge => $"The body is larger than the {context.HttpContext.RequestServices.GetRequiredService<IOptions<HostLimits>>().Value.MaxRequestBodyBytes} bytes the host takes ({HostLimits.Setting(nameof(HostLimits.MaxRequestBodyBytes))}).",
                StatusCodes.Status415UnsupportedMediaType => "The body must be JSON (Content-Type: application/json).",
                StatusCodes.Status500InternalServerError => "An unexpected error occurred; the request may not have been applied.",
                _ => problem.Title,
            },
        };
    }

    private static bool IsDashboard(ProblemDetailsContext context) =>
        context.HttpContext.Request.Path.StartsWithSegments(DashboardAccess.Path, StringComparison.Ordinal);
}
