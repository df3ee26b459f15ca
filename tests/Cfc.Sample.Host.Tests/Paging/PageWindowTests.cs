using Cfc.Sample.Host.Paging;
using Microsoft.AspNetCore.Http;

namespace Cfc.Sample.Host.Tests.Paging;

/// <summary>A route that reads a day-partitioned list reads the page, what comes before it and one more entry, no further.</summary>
public sealed class PageWindowTests
{
    [Theory]
    [InlineData("?limit=10", 11, 10)]
    [InlineData("?limit=10&offset=20", 31, 10)]
    [InlineData("", 101, 100)]
    public async Task A_long_list_is_read_only_up_to_one_entry_past_the_page_and_the_next_page_is_linked(string query, int read, int answered)
    {
        var context = Request(query);
        var list = new CountedList(10_000);

        var page = await PageWindow.ReadAsync(context, list.ReadAsync(), entry => Task.FromResult<string?>($"item {entry}"));

        Assert.Equal(read, list.Read);
        Assert.Equal(answered, page.Length);
        Assert.Equal($"item {read - answered - 1}", page[0]);
        Assert.Contains("rel=\"next\"", context.Response.Headers.Link.ToString(), StringComparison.Ordinal);
        Assert.True(PageWindow.Answered(context));
    }

    [Fact]
    public async Task The_last_page_has_no_next_link_and_an_entry_without_its_entity_is_left_out()
    {
        var context = Request("?limit=10&offset=5");
        var list = new CountedList(12);

        var page = await PageWindow.ReadAsync(context, list.ReadAsync(), entry => Task.FromResult(entry == 7 ? null : $"item {entry}"));

        Assert.Equal(12, list.Read);
        Assert.Equal(["item 5", "item 6", "item 8", "item 9", "item 10", "item 11"], page);
        Assert.Empty(context.Response.Headers.Link.ToString());
    }

    [Fact]
    public void The_reach_of_the_furthest_offset_stops_at_the_largest_number_instead_of_overflowing() =>
        Assert.Equal(int.MaxValue, new PageWindow(int.MaxValue, 1000).Reach);

    private static DefaultHttpContext Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/practices";
        context.Request.QueryString = new QueryString(query);
        return context;
    }

    private sealed class CountedList(int count)
    {
        public int Read { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync()
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                Read++;
                yield return i;
            }
        }
    }
}
