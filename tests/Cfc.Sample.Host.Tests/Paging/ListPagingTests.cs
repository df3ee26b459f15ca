using System.Net;
using System.Text.RegularExpressions;
using Cfc.Sample.Host.Tests.Security;

namespace Cfc.Sample.Host.Tests.Paging;

/// <summary>
/// Every list route takes <c>limit</c> (1–1000, 100 by default) and, when more items follow, answers
/// <c>Link: &lt;…&gt;; rel="next"</c>, a relative link that leads to the rest; the answer stays a JSON array.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed partial class ListPagingTests(HostFixture host)
{
    [Fact]
    public async Task A_list_longer_than_limit_answers_limit_items_and_a_next_link_that_leads_to_the_rest()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        for (var i = 0; i < 25; i++)
        {
            await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Vraagstuk {{i}}"}""")).JsonAsync(HttpStatusCode.Created);
        }

        var whole = (await host.Anonymous.GetJsonAsync($"/api/municipalities/{code}/issues?limit=1000")).AsArray().Select(i => (string)i!["id"]!).ToList();
        var walked = new List<string>();
        var sizes = new List<int>();
        string? next = $"/api/municipalities/{code}/issues?limit=10";
        while (next is not null)
        {
            using var response = await host.Anonymous.GetAsync(new Uri(next, UriKind.Relative));
            var page = (await response.JsonAsync(HttpStatusCode.OK)).AsArray();
            sizes.Add(page.Count);
            walked.AddRange(page.Select(i => (string)i!["id"]!));
            next = NextLink(response);
            Assert.True(next is null || next.StartsWith('/'), $"A relative link: {next}");
        }

        Assert.Equal(25, whole.Count);
        Assert.Equal([10, 10, 5], sizes);
        Assert.Equal(whole, walked);
    }

    [Fact]
    public async Task Without_limit_a_list_answers_the_first_100_items_and_links_the_rest()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
        for (var i = 0; i < 101; i++)
        {
            await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "Vraagstuk {{i}}"}""")).JsonAsync(HttpStatusCode.Created);
        }

        using var first = await host.Anonymous.GetAsync(new Uri($"/api/municipalities/{code}/issues", UriKind.Relative));
        Assert.Equal(100, (await first.JsonAsync(HttpStatusCode.OK)).AsArray().Count);
        Assert.Equal($"/api/municipalities/{code}/issues?limit=100&offset=100", NextLink(first));

        using var last = await host.Anonymous.GetAsync(new Uri(NextLink(first)!, UriKind.Relative));
        Assert.Single((await last.JsonAsync(HttpStatusCode.OK)).AsArray());
        Assert.Null(NextLink(last));
    }

    [Fact]
    public async Task The_next_link_keeps_the_requests_other_parameters()
    {
        for (var i = 0; i < 3; i++)
        {
            var code = await WriteRoutes.NewMunicipalityAsync(host.Client);
            await (await host.Client.PostJsonAsync($"/api/municipalities/{code}/membership", """{"joined": "2025-01-01"}""")).JsonAsync(HttpStatusCode.OK);
        }

        using var response = await host.Anonymous.GetAsync(new Uri("/api/members?on=2026-01-01&limit=2", UriKind.Relative));
        await response.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("/api/members?on=2026-01-01&limit=2&offset=2", NextLink(response));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=tien", "limit")]
    [InlineData("limit=10&limit=20", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=1e3", "offset")]
    public async Task A_limit_or_offset_out_of_range_is_400_naming_it(string query, string field)
    {
        foreach (var route in new[] { "/api/municipalities", "/api/organisations", "/api/indicators" })
        {
            var problem = await (await host.Anonymous.GetAsync(new Uri($"{route}?{query}", UriKind.Relative))).ValidationProblemAsync(field);

            Assert.Contains(field == "limit" ? "1 to 1000" : "from 0", problem["errors"]![field]![0]!.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>Every GET whose answer is a JSON array takes <c>limit</c> and <c>offset</c>: a new list route without paging fails here.</summary>
    [Fact]
    public async Task Every_list_route_is_paged()
    {
        var paths = (await host.Anonymous.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();
        var lists = new List<string>();
        var unpaged = new List<string>();
        foreach (var (path, item) in paths)
        {
            if (item!["get"] is not { } get || (string?)get["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["type"] != "array")
            {
                continue;
            }

            lists.Add(path);
            var parameters = get["parameters"]?.AsArray().Select(p => (string?)p!["name"]).ToList() ?? [];
            if (!parameters.Contains("limit") || !parameters.Contains("offset"))
            {
                unpaged.Add(path);
            }
        }

        Assert.Contains("/api/municipalities/{code}/issues", lists);
        Assert.True(lists.Count >= 10, string.Join(", ", lists));
        Assert.Empty(unpaged);
    }

    private static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values) && values.Select(v => NextPattern().Match(v)).FirstOrDefault(m => m.Success) is { } match
            ? match.Groups[1].Value
            : null;

    [GeneratedRegex("""^<([^>]*)>; rel="next"$""")]
    private static partial Regex NextPattern();
}
