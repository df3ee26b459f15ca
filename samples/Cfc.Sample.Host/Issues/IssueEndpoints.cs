using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Issues;

/// <summary>
/// The local issues' routes: <c>POST</c> and <c>GET /api/municipalities/{code}/issues</c>, <c>GET</c> and
/// <c>DELETE /api/issues/{id}</c>, <c>GET /api/issues/{id}/matches?k=</c>.
/// </summary>
/// <remarks>
/// An issue's id starts with its member's code (<c>GM0518-5f0c2e9a41</c>), so that the routes under
/// <c>/api/issues</c> find the municipality grain that holds it without an index of their own.
/// </remarks>
internal static class IssueEndpoints
{
    /// <summary>Maps the local issues' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapIssues(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/municipalities/{code}/issues").WithTags("Local issues");
        members.MapPost("/", AddAsync).RequireWriteAccess();
        members.MapGet("/", ListAsync);
        var issues = app.MapGroup("/api/issues").WithTags("Local issues");
        issues.MapGet("/{id}", GetAsync);
        issues.MapDelete("/{id}", DeleteAsync).RequireWriteAccess();
        issues.MapGet("/{id}/matches", MatchesAsync);
        return app;
    }

    /// <summary>Adds an issue (201 with its id and a <c>Location</c>).</summary>
    private static async Task<IResult> AddAsync(string code, IssueRequest request, IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var articles = errors.Articles("articles", request.Articles);

        if (request.Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        LocalIssue issue;
        try
        {
            issue = new LocalIssue(NewId(code), MemberCode.Parse(code), request.Title!, request.Text ?? string.Empty, request.Themes, articles, opened: await grain.TodayAsync());
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "title", ValidationErrors.MessageOf(e));
        }

        await grain.AddIssueAsync(issue);
        return Results.Created($"/api/issues/{issue.Id}", new { id = issue.Id.ToString() });
    }

    /// <summary>The member's issues, in id order.</summary>
    private static async Task<IResult> ListAsync(string code, IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        return await grain.GetProfileAsync() is null
            ? Municipality.Unknown(code)
            : Results.Ok((await grain.GetIssuesAsync()).Select(IssueResponse.From).ToArray());
    }

    /// <summary>One issue, or 404.</summary>
    private static async Task<IResult> GetAsync(string id, IGrainFactory grains) =>
        await FindAsync(grains, id) is { Issue: { } issue } ? Results.Ok(IssueResponse.From(issue)) : UnknownIssue(id);

    /// <summary>Removes an issue (204), or 404.</summary>
    private static async Task<IResult> DeleteAsync(string id, IGrainFactory grains)
    {
        if (await FindAsync(grains, id) is not { Issue: { } issue, Grain: { } grain })
        {
            return UnknownIssue(id);
        }

        await grain.RemoveIssueAsync(issue.Id);
        return Results.NoContent();
    }

    /// <summary>The issues of other members most like this one, best first; <c>k</c> 1–100, 10 by default.</summary>
    private static async Task<IResult> MatchesAsync(string id, string? k, IGrainFactory grains)
    {
        var count = 10;
        if (k is not null && (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > IssueIndex.MaxK))
        {
            return ValidationErrors.For("k", $"'{k}' is not a number of matches from 1 to {IssueIndex.MaxK}.");
        }

        if (await FindAsync(grains, id) is not { Issue: { } issue })
        {
            return UnknownIssue(id);
        }

        // Key 0: the matching grain is a stateless worker that reads this silo's replica.
        var matches = await grains.GetGrain<IMatchingGrain>(0).MatchAsync(issue.Id, count);
        return Results.Ok(new MatchesResponse(issue.Id.ToString(), [.. matches.Select(MatchResponse.From)]));
    }

    private static IssueId NewId(string code) =>
        IssueId.Parse(string.Concat(code, "-", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]));

    private static async Task<(IMunicipalityGrain? Grain, LocalIssue? Issue)> FindAsync(IGrainFactory grains, string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (!IssueId.TryParse(id, out var issueId) || dash < 0 || !MemberCode.TryParse(id[..dash], out var code))
        {
            return (null, null);
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(code.ToString());
        return (grain, (await grain.GetIssuesAsync()).FirstOrDefault(i => i.Id == issueId));
    }

    private static IResult UnknownIssue(string id) => NotFound.Problem($"No issue {id}.");
}
