using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Pages;

/// <summary>
/// A member's page stays small however many local issues the member holds: one page of the newest issues, the count,
/// and links to the other pages.
/// </summary>
public sealed partial class MemberPageTests(MemberPageTests.Member member) : IClassFixture<MemberPageTests.Member>
{
    private const string Code = "GM0518";
    private const int Issues = 2000;

    private HttpClient Client => member.Client;

    [Fact]
    public async Task The_page_of_a_member_with_thousands_of_issues_is_under_1_MB_with_the_newest_the_count_and_a_next_page()
    {
        using var response = await Client.GetAsync(new Uri($"/municipalities/{Code}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Length < 1_000_000, $"The page has {html.Length} characters.");
        Assert.Contains($"data-issues=\"{Issues}\"", html, StringComparison.Ordinal);
        Assert.Equal(["GM0518-1999", "GM0518-1998"], IssuesOn(html).Take(2));
        Assert.Equal(20, IssuesOn(html).Count);
        Assert.Contains($"href=\"/municipalities/{Code}?page=2#local-issues\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_shows_the_next_issues_and_the_last_page_has_no_next_link()
    {
        var first = await Client.GetStringAsync(new Uri($"/municipalities/{Code}", UriKind.Relative));
        var second = await Client.GetStringAsync(new Uri($"/municipalities/{Code}?page=2", UriKind.Relative));
        var last = await Client.GetStringAsync(new Uri($"/municipalities/{Code}?page=100", UriKind.Relative));

        Assert.Equal("GM0518-1979", IssuesOn(second)[0]);
        Assert.Empty(IssuesOn(first).Intersect(IssuesOn(second)));
        Assert.Equal("GM0518-0000", IssuesOn(last)[^1]);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains($"href=\"/municipalities/{Code}?page=99#local-issues\"", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("twee")]
    [InlineData("-1")]
    public async Task A_page_that_is_not_a_page_number_is_400(string page)
    {
        using var response = await Client.GetAsync(new Uri($"/municipalities/{Code}?page={page}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static List<string> IssuesOn(string html) => [.. IssuePattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("""<article class="issue" data-issue="([^"]+)">""")]
    private static partial Regex IssuePattern();

    /// <summary>A host whose member GM0518 holds 2,000 issues (Cfc:Limits:MaxIssuesPerMember raised to let it), each with a text of about 400 characters.</summary>
    public sealed class Member : IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("cfc-member-page-").FullName;

        private HostFactory Factory { get; set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory = new HostFactory(_directory, settings: new Dictionary<string, string> { ["Cfc:Limits:MaxIssuesPerMember"] = $"{Issues}" });
            Client = Factory.CreateClient();
            Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
            await (await Client.PutJsonAsync($"/api/municipalities/{Code}", """{"name": "'s-Gravenhage"}""")).JsonAsync(HttpStatusCode.Created);

            // Through the grain rather than the API: the same store and matching index, without 2,000 HTTP requests.
            var grain = Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>(Code);
            var text = string.Join(' ', Enumerable.Repeat("Kinderen in armoede doen minder mee aan sport en cultuur.", 7));
            for (var i = 0; i < Issues; i++)
            {
                var number = i.ToString("D4", CultureInfo.InvariantCulture);
                await grain.AddIssueAsync(new LocalIssue(
                    IssueId.Parse($"{Code}-{number}"), MemberCode.Parse(Code), $"Vraagstuk {number} over armoede en meedoen", text,
                    opened: new LocalDate(2020, 1, 1).PlusDays(i)));
            }
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
