using System.Reflection;
using Cfc.Sample.Host.Problems;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Cfc.Sample.Host.Exchange;

/// <summary>A 406 problem: the route cannot answer in any media type the request's <c>Accept</c> names.</summary>
/// <param name="offered">The media types the route answers in.</param>
internal sealed class NotAcceptableProblem(IEnumerable<string> offered)
    : DescribedProblem(new ProblemDetails
    {
        Status = StatusCodes.Status406NotAcceptable,
        Title = "Not acceptable",
        Detail = $"This route answers in {string.Join(" or ", offered.Select(t => $"'{t}'"))}: name one in Accept (or */*).",
    }), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status406NotAcceptable, typeof(ProblemDetails));
}
