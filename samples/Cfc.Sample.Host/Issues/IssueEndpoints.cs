using Cfc.Sample.Host.Paging;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Matching;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Rights;
using Microsoft.AspNetCore.Http.HttpResults;

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
    private static readonly ConditionalWeakTable<IGrainFactory, IMatchingGrain> s_matching = [];

    /// <summary>Maps the local issues' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapIssues(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/municipalities/{code}/issues").WithTags("Local issues");
        members.MapPost("/", AddAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        members.MapGet("/", ListAsync).WithListPaging();
        var issues = app.MapGroup("/api/issues").WithTags("Local issues");
        issues.MapGet("/{id}", GetAsync);
        issues.MapDelete("/{id}", DeleteAsync).RequireWriteAccess();
        issues.MapGet("/{id}/matches", MatchesAsync);
        return app;
    }

    /// <summary>Adds an issue (201 with its id and a <c>Location</c>).</summary>
    private static async Task<Results<Created<IssueCreatedResponse>, InvalidProblem, NotFoundProblem>> AddAsync(string code, IssueRequest request, IGrainFactory grains)
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
            issue = new LocalIssue(IssueIds.New(MemberCode.Parse(code)), MemberCode.Parse(code), request.Title!, request.Text ?? string.Empty, request.Themes, articles, opened: await grain.TodayAsync(), language: request.Language);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "title", ValidationErrors.MessageOf(e));
        }

        await grain.AddIssueAsync(issue);
        return TypedResults.Created($"/api/issues/{issue.Id}", new IssueCreatedResponse(issue.Id.ToString()));
    }

    /// <summary>The member's issues, in id order, then those of the members it succeeded (with their <c>origin</c>).</summary>
    private static async Task<Results<Ok<IssueResponse[]>, InvalidProblem, NotFoundProblem>> ListAsync(string code, IGrainFactory grains, TextAnalyzer analyzer)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        // The member's own issues, then those of the members it succeeded, marked with their origin.
        var issues = (await grain.GetIssuesAsync()).Select(i => IssueResponse.From(i, analyzer)).ToList();
        foreach (var succession in await Lineage.PredecessorsAsync(grains, MemberCode.Parse(code)))
        {
            var origin = succession.Predecessor.ToString();
            issues.AddRange((await grains.GetGrain<IMunicipalityGrain>(origin).GetIssuesAsync()).Select(i => IssueResponse.From(i, analyzer) with { Origin = origin }));
        }

        return TypedResults.Ok(issues.ToArray());
    }

    /// <summary>One issue, or 404.</summary>
    private static async Task<Results<Ok<IssueResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, TextAnalyzer analyzer) =>
        await FindAsync(grains, id) is { Issue: { } issue } ? TypedResults.Ok(IssueResponse.From(issue, analyzer)) : UnknownIssue(id);

    /// <summary>Removes an issue (204), or 404.</summary>
    private static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(string id, IGrainFactory grains)
    {
        if (await FindAsync(grains, id) is not { Issue: { } issue, Grain: { } grain })
        {
            return UnknownIssue(id);
        }

        await grain.RemoveIssueAsync(issue.Id);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The issues of other members most like this one, best first; <c>k</c> 1–100, 10 by default; <c>languages</c> (e.g.
    /// <c>nl,en</c>) keeps only issues written in those languages, every language by default. Shared concepts are labelled in the
    /// language <c>Accept-Language</c> asks for (the first, by quality, the concept scheme has labels in; <c>*</c> ignored),
    /// else in this issue's language; the words that carried them stay as written.
    /// </summary>
    private static async Task<Results<Ok<MatchesResponse>, InvalidProblem, NotFoundProblem>> MatchesAsync(string id, string? k, string? languages, HttpRequest http, IGrainFactory grains, TextAnalyzer analyzer)
    {
        var count = 10;
        if (k is not null && (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > IssueIndex.MaxK))
        {
            return ValidationErrors.For("k", $"'{k}' is not a number of matches from 1 to {IssueIndex.MaxK}.");
        }

        if (!MatchLanguages.TryParse(languages, out var tags, out var languageError))
        {
            return languageError;
        }

        if (ParseId(id) is not var (issueId, _))
        {
            return UnknownIssue(id);
        }

        // One grain call: the matching grain (key 0, a stateless worker that reads this silo's replica) knows every stored
        // issue, since a change reaches the replica before the call that made it returns; for an issue it does not know
        // it throws IssueNotFoundException.
        ImmutableArray<IssueMatch> matches;
        try
        {
            matches = tags.IsEmpty ? await Matching(grains).MatchAsync(issueId, count) : await Matching(grains).MatchAsync(issueId, count, tags);
        }
        catch (IssueNotFoundException)
        {
            return UnknownIssue(id);
        }

        var reader = ReaderLanguage.Of(http, analyzer.Concepts);
        var answers = new MatchResponse[matches.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = MatchResponse.From(matches[i], analyzer.Concepts, reader);
        }

        return TypedResults.Ok(new MatchesResponse(issueId.ToString(), answers));
    }

    // The matching grain's reference, made once per grain factory (one per host): GetGrain resolves the interface's
    // grain type by reflection over its attributes on every call, which showed in the profile of the match route.
    private static IMatchingGrain Matching(IGrainFactory grains) =>
        s_matching.GetValue(grains, static factory => factory.GetGrain<IMatchingGrain>(0));

    // An issue id that starts with a member's code, as the host gives them; anything else names no issue.
    private static (IssueId Id, MemberCode Member)? ParseId(string id)
    {
        return IssueId.TryParse(id, out var issueId) && IssueIds.MemberOf(id) is { } code ? (issueId, code) : null;
    }

    /// <summary>The issue with the text <paramref name="id"/> and the grain of the member that holds it; no issue for an unknown or malformed id.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="id">The id, as in a route.</param>
    /// <returns>The member's grain (when the id names one) and the issue (when it has it).</returns>
    internal static async Task<(IMunicipalityGrain? Grain, LocalIssue? Issue)> FindAsync(IGrainFactory grains, string id)
    {
        if (ParseId(id) is not var (issueId, code))
        {
            return (null, null);
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(code.ToString());
        return (grain, (await grain.GetIssuesAsync()).FirstOrDefault(i => i.Id == issueId));
    }

    private static NotFoundProblem UnknownIssue(string id) => new NotFoundProblem($"No issue {id}.");
}
