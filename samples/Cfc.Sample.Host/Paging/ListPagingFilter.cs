using System.Globalization;
using Cfc.Sample.Host.Problems;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace Cfc.Sample.Host.Paging;

/// <summary>
/// The endpoint filter of <see cref="ListPaging.WithListPaging"/>: reads <c>limit</c> and <c>offset</c> before the route
/// runs, then cuts the route's array to the page and links the next one.
/// </summary>
internal sealed class ListPagingFilter : IEndpointFilter
{
    /// <summary>Checks the paging parameters, runs the route and pages its list.</summary>
    /// <param name="context">The route's arguments.</param>
    /// <param name="next">The route.</param>
    /// <returns>The page, the route's other answers unchanged, or the 400 problem.</returns>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var errors = new ValidationErrors();
        var (limit, offset) = Read(request.Query, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await next(context);
        if (PageWindow.Answered(context.HttpContext))
        {
            return result;
        }

        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } || answer is not IValueHttpResult { Value: Array items }
            || (offset == 0 && items.Length <= limit))
        {
            return result;
        }

        var start = Math.Min(offset, items.Length);
        var count = Math.Min(limit, items.Length - start);
        var page = Array.CreateInstance(items.GetType().GetElementType()!, count);
        Array.Copy(items, start, page, 0, count);
        if (start + count < items.Length)
        {
            context.HttpContext.Response.Headers.Append(HeaderNames.Link, $"<{NextPage(request, start + count, limit)}>; rel=\"next\"");
        }

        // Written by its runtime type (an array of the route's items), as the route's own answer would have been.
        return TypedResults.Ok<object>(page);
    }

    /// <summary>
    /// The next page's URL: the same route and query with the next page's offset, relative, so that it does not depend
    /// on the Host header the request came with.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="offset">The next page's offset.</param>
    /// <param name="limit">The page's size.</param>
    /// <returns>The URL.</returns>
    internal static string NextPage(HttpRequest request, int offset, int limit)
    {
        var query = new QueryBuilder(request.Query
            .Where(p => p.Key is not (ListPaging.Limit or ListPaging.Offset))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))))
        {
            { ListPaging.Limit, limit.ToString(CultureInfo.InvariantCulture) },
            { ListPaging.Offset, offset.ToString(CultureInfo.InvariantCulture) },
        };
        return string.Concat(request.PathBase.ToUriComponent(), request.Path.ToUriComponent(), query.ToQueryString().ToUriComponent());
    }

    /// <summary>The page's <c>limit</c> and <c>offset</c> in <paramref name="query"/>; each invalid one is recorded in <paramref name="errors"/> and read as its default.</summary>
    /// <param name="query">The request's query.</param>
    /// <param name="errors">Where invalid parameters are recorded.</param>
    /// <returns>The limit and the offset.</returns>
    internal static (int Limit, int Offset) Read(IQueryCollection query, ValidationErrors errors) =>
        (Read(query, ListPaging.Limit, ListPaging.DefaultLimit, 1, ListPaging.MaxLimit, errors), Read(query, ListPaging.Offset, 0, 0, int.MaxValue, errors));

    private static int Read(IQueryCollection query, string name, int byDefault, int min, int max, ValidationErrors errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return byDefault;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var range = max == int.MaxValue ? $"a whole number from {min}" : $"a whole number from {min} to {max}";
        errors.Add(name, $"'{string.Join(",", (IEnumerable<string?>)values)}' is not {range}{(values.Count > 1 ? ", given once" : string.Empty)}.");
        return byDefault;
    }
}
