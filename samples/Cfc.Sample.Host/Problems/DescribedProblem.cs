using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// A problem response (RFC 9457, <c>application/problem+json</c>) whose status the route's OpenAPI description
/// states: a handler that can return one says so in its return type, as with <c>Results&lt;Ok&lt;T&gt;, NotFoundProblem&gt;</c>.
/// </summary>
/// <remarks>
/// The response itself is the one <see cref="Results.Problem(ProblemDetails)"/> writes, through the host's
/// <see cref="IProblemDetailsService"/> (so it gets the defaults of <see cref="ProblemDefaults"/> and a trace id).
/// </remarks>
/// <param name="problem">The problem to write.</param>
internal abstract class DescribedProblem(ProblemDetails problem) : IResult, IStatusCodeHttpResult
{
    /// <summary>The media type of a problem.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>The problem written.</summary>
    public ProblemDetails ProblemDetails { get; } = problem;

    /// <inheritdoc />
    public int? StatusCode => ProblemDetails.Status;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => Results.Problem(ProblemDetails).ExecuteAsync(httpContext);

    /// <summary>Adds the description of a problem response with <paramref name="status"/> to the route.</summary>
    /// <param name="builder">The route's endpoint.</param>
    /// <param name="status">The status.</param>
    /// <param name="type">The problem's type: <see cref="ProblemDetails"/> or <see cref="HttpValidationProblemDetails"/>.</param>
    protected static void Describe(EndpointBuilder builder, int status, Type type) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, type, [MediaType]));
}

/// <summary>A 400 problem: the request's fields that are invalid, in <c>errors</c>.</summary>
/// <param name="errors">Each invalid field with its messages.</param>
internal sealed class InvalidProblem(IDictionary<string, string[]> errors)
    : DescribedProblem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest }), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
}

/// <summary>A 404 problem: the resource the route names does not exist.</summary>
/// <param name="detail">Which resource, such as <c>No municipality GM0518.</c></param>
internal sealed class NotFoundProblem(string detail)
    : DescribedProblem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = detail }), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status404NotFound, typeof(ProblemDetails));
}

/// <summary>A 403 problem: the token is valid, but may not write the member the request names (nothing was changed).</summary>
/// <param name="detail">Which member, and what the token may write instead.</param>
internal sealed class ForbiddenProblem(string detail)
    : DescribedProblem(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = detail }), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
}

/// <summary>A 409 problem: the request is well-formed, but a domain rule forbids it (nothing was changed).</summary>
/// <param name="title">Which rule, in short.</param>
/// <param name="detail">Why the rule forbids it.</param>
/// <param name="extensions">Fields that say more, such as the refused request field; none by default.</param>
internal sealed class ConflictProblem(string title, string detail, IDictionary<string, object?>? extensions = null)
    : DescribedProblem(Conflict(title, detail, extensions)), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status409Conflict, typeof(ProblemDetails));

    private static ProblemDetails Conflict(string title, string detail, IDictionary<string, object?>? extensions)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
