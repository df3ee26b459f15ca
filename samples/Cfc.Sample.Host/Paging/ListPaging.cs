using Microsoft.OpenApi;

namespace Cfc.Sample.Host.Paging;

/// <summary>
/// Pages a list route's answer: <c>limit</c> (1 to <see cref="MaxLimit"/>, <see cref="DefaultLimit"/> by default) items
/// from <c>offset</c> (0 by default), and, when more follow, <c>Link: &lt;…&gt;; rel="next"</c> (RFC 8288) to them. The
/// answer stays a JSON array, so that a client that follows no link still reads the first page as it read the list.
/// </summary>
/// <remarks>
/// A route that reads a list entry by entry (an <c>EntityList</c>) reads only <see cref="Window"/> entries; the others
/// hand over whole lists and only the response is bounded. The offset counts items in the list's own
/// order, so a list that changes between two pages may repeat or skip an item at the seam.
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

    /// <summary>
    /// How many items of its list a route needs for the page <paramref name="request"/> asks: those before the page, the
    /// page, and one more, which tells that another page follows. The filter has refused a bad <c>limit</c> or <c>offset</c>.
    /// </summary>
    /// <param name="request">The request of a route with <see cref="WithListPaging"/>.</param>
    /// <returns><c>offset + limit + 1</c>, at most <see cref="int.MaxValue"/>.</returns>
    public static int Window(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (limit, offset) = ListPagingFilter.Read(request.Query, new Problems.ValidationErrors());
        return (int)Math.Min((long)offset + limit + 1, int.MaxValue);
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
