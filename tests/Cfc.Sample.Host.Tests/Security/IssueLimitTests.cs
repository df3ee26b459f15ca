using System.Net;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// <c>Cfc:Limits:MaxIssuesPerMember</c>: a member at the limit is refused one more issue with a 409 naming the setting,
/// and nothing is stored; it can still replace and remove its issues, and add again once below the limit.
/// </summary>
public sealed class IssueLimitTests : IAsyncLifetime
{
    private const int Limit = 3;

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-issue-limit-").FullName;
    private HostFactory Factory { get; set; } = null!;

    private HttpClient Client { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, settings: new Dictionary<string, string> { ["Cfc:Limits:MaxIssuesPerMember"] = $"{Limit}" });
        Client = Factory.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Adding_an_issue_over_MaxIssuesPerMember_is_409_naming_the_setting_and_stores_nothing()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(Client);
        for (var i = 0; i < Limit; i++)
        {
            await (await AddAsync(code, $"Vraagstuk {i}")).JsonAsync(HttpStatusCode.Created);
        }

        var before = await IssuesAsync(code);

        var problem = await (await AddAsync(code, "Eén te veel")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Cfc:Limits:MaxIssuesPerMember", (string?)problem["limit"]);
        Assert.Equal(Limit, (int)problem["maxIssues"]!);
        Assert.Contains("Cfc:Limits:MaxIssuesPerMember", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await IssuesAsync(code));
        Assert.DoesNotContain("Eén te veel", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_MaxIssuesPerMember_an_issue_can_be_replaced_and_removed_and_then_another_added()
    {
        var code = await WriteRoutes.NewMunicipalityAsync(Client);
        var ids = new List<string>();
        for (var i = 0; i < Limit; i++)
        {
            ids.Add((string)(await (await AddAsync(code, $"Vraagstuk {i}")).JsonAsync(HttpStatusCode.Created))["id"]!);
        }

        var grain = Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>(code);
        await grain.UpdateIssueAsync(new LocalIssue(IssueId.Parse(ids[0]), MemberCode.Parse(code), "Vervangen", "Nieuwe tekst"));
        var removed = await Client.DeleteAsync(new Uri($"/api/issues/{ids[1]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Contains("Vervangen", await IssuesAsync(code), StringComparison.Ordinal);
        await (await AddAsync(code, "Weer ruimte")).JsonAsync(HttpStatusCode.Created);
        await (await AddAsync(code, "Weer vol")).ProblemAsync(HttpStatusCode.Conflict);
    }

    private Task<HttpResponseMessage> AddAsync(string code, string title) =>
        Client.PostJsonAsync($"/api/municipalities/{code}/issues", $$"""{"title": "{{title}}"}""");

    private async Task<string> IssuesAsync(string code) =>
        (await Client.GetJsonAsync($"/api/municipalities/{code}/issues")).ToJsonString();
}
