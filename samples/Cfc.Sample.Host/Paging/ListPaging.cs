using Microsoft.OpenApi;

namespace Cfc.Sample.Host.Paging;

/// <summary>
/// Pages a list route's answer: <c>limit</c> (1 to <see cref="MaxLimit"/>, <see cref="DefaultLimit"/> by default) items
/// from <c>offset</c> (0 by default), and, when more follow, <c>Link: &lt;…&gt;; rel="next"</c> (RFC 8288) to them. The
/// answer stays a JSON array, so that a client that follows no link still reads the first page as it read the list.
/// </summary>
/// <remarks>
/// A route whose list lives in a grain that hands it over whole is cut here; a route that reads an <c>EntityList</c>
/// answers its page itself through <see cref="PageWindow"/>, reading no more of the list than the page needs. The offset
/// counts items in the list's own order, so a list that changes between two pages may repeat or skip an item at the seam.
/// </remarks>
internal static class ListPaging
{
    /// <summary>The items of a page when the request asks no <c>limit</c>.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most items a page may have.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The query parameter of the items per page.</summary>
    public const string Limit = "limit";

    /// <summary>The query parameter of the first item's position.</summary>
    public const string Offset = "offset";

    /// <summary>
    /// Pages the route's list (its 200 answer, an array), refuses a bad <c>limit</c> or <c>offset</c> with a 400 problem
    /// naming it, and describes both parameters and the 400 in the OpenAPI document.
    /// </summary>
    /// <param name="route">A route that answers 200 with an array.</param>
    /// <returns><paramref name="route"/>, for chaining.</returns>
    public static RouteHandlerBuilder WithListPaging(this RouteHandlerBuilder route)
    {
        route.AddEndpointFilter<ListPagingFilter>()
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(Parameter(Limit, $"How many items to answer, 1 to {MaxLimit}; {DefaultLimit} by default. When more follow, the `Link` header (rel=\"next\") leads to them."));
                operation.Parameters.Add(Parameter(Offset, "How many items of the list to skip; 0 by default. The `Link` header's next page sets it."));
                return Task.CompletedTask;
            });
        return route;
    }

    private static OpenApiParameter Parameter(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
    };
}
