using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Cfc.Sample.Host.Paging;

/// <summary>
/// The part of a list one request asks for (<c>offset</c> and <c>limit</c>, see <see cref="ListPaging"/>), for a route
/// that reads its list a day at a time (an <c>EntityList</c>) and so stops reading once the page is full, instead of
/// handing the whole list to <see cref="ListPagingFilter"/> to cut.
/// </summary>
/// <param name="Offset">How many items of the list to skip.</param>
/// <param name="Limit">How many items the page has at most.</param>
internal readonly record struct PageWindow(int Offset, int Limit)
{
    // Marks a request whose route answered its page itself, so that the filter does not cut it again.
    private static readonly object s_paged = new();

    /// <summary>How many entries to read: the page, those before it and one more, which shows whether a next page follows.</summary>
    public int Reach => (int)Math.Min((long)Offset + Limit + 1, int.MaxValue);

    /// <summary>The window the request asks for; <see cref="ListPagingFilter"/> has refused a bad <c>limit</c> or <c>offset</c> before the route runs.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The window.</returns>
    public static PageWindow Of(HttpRequest request) =>
        new(Read(request, ListPaging.Offset, 0), Read(request, ListPaging.Limit, ListPaging.DefaultLimit));

    /// <summary>
    /// The page of <paramref name="entries"/>: reads at most <see cref="Reach"/> of them, turns those on the page into
    /// items (in parallel, one call each), and links the next page when one follows.
    /// </summary>
    /// <typeparam name="TEntry">What the list holds.</typeparam>
    /// <typeparam name="TItem">What the route answers for each.</typeparam>
    /// <param name="context">The request's context.</param>
    /// <param name="entries">The list, in its order.</param>
    /// <param name="item">The item of an entry; <see langword="null"/> leaves the entry out (its entity went away after the list was read).</param>
    /// <returns>The page's items.</returns>
    public static async Task<TItem[]> ReadAsync<TEntry, TItem>(HttpContext context, IAsyncEnumerable<TEntry> entries, Func<TEntry, Task<TItem?>> item)
        where TItem : class
    {
        var window = Of(context.Request);
        var read = new List<TEntry>(Math.Min(window.Reach, ListPaging.DefaultLimit + 1));
        await foreach (var entry in entries.WithCancellation(context.RequestAborted))
        {
            read.Add(entry);
            if (read.Count == window.Reach)
            {
                break;
            }
        }

        var page = await Task.WhenAll(read.Skip(window.Offset).Take(window.Limit).Select(item));
        if (read.Count == window.Reach)
        {
            context.Response.Headers.Append(HeaderNames.Link, $"<{ListPagingFilter.NextPage(context.Request, window.Offset + window.Limit, window.Limit)}>; rel=\"next\"");
        }

        context.Items[s_paged] = true;
        return [.. page.OfType<TItem>()];
    }

    /// <summary>Whether the route answered <paramref name="context"/>'s page itself, through <see cref="ReadAsync"/>.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns><see langword="true"/> when the answer is the page already.</returns>
    public static bool Answered(HttpContext context) => context.Items.ContainsKey(s_paged);

    private static int Read(HttpRequest request, string name, int byDefault) =>
        int.TryParse(request.Query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : byDefault;
}
