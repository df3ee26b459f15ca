using Cfc.Sample.Host.Paging;
using Microsoft.AspNetCore.Http;

namespace Cfc.Sample.Host.Tests.Paging;

/// <summary>A route that reads its list entry by entry stops after the page the request asks and one entry more.</summary>
public sealed class ListPagingWindowTests
{
    private static int WindowOf(string query) => ListPaging.Window(new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request);

    [Theory]
    [InlineData("", 101)]
    [InlineData("?limit=2", 3)]
    [InlineData("?limit=2&offset=4", 7)]
    [InlineData("?offset=10", 111)]
    [InlineData("?limit=1000&offset=2147483647", int.MaxValue)]
    public void The_window_is_offset_plus_limit_plus_one(string query, int window) =>
        Assert.Equal(window, WindowOf(query));

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=abc&offset=-1")]
    public void Refused_parameters_read_as_their_defaults_since_the_filter_answers_400_before_the_route_runs(string query) =>
        Assert.Equal(101, WindowOf(query));
}
