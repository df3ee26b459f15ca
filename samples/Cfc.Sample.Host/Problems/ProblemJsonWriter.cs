using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// Writes a problem as <c>application/problem+json</c> when ASP.NET Core's own writer declines because the request's
/// <c>Accept</c> names only other types (<c>text/markdown</c> for the newsletter): an error is always a problem, never
/// the status code pages' plain text.
/// </summary>
/// <remarks>Registered after <c>AddProblemDetails</c>, so that it is asked only after the default writer.</remarks>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    /// <summary>Always: this writer is the last resort.</summary>
    /// <param name="context">The problem about to be written.</param>
    /// <returns><see langword="true"/>.</returns>
    public bool CanWrite(ProblemDetailsContext context) => true;

    /// <summary>Completes the problem as the default writer does and writes it as JSON.</summary>
    /// <param name="context">The problem about to be written.</param>
    /// <returns>The write.</returns>
    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
