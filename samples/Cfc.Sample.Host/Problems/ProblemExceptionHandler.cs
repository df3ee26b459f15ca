using System.Text.Json;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// Answers the exceptions a request can cause with an RFC 9457 problem: an unreadable body or an invalid argument is
/// 400 (with the field in <c>errors</c> where it is known), a missing issue 404, a request that breaks a domain rule
/// 409 (a programme rule's <c>rule</c> in the problem's extensions; a recognition dossier that is not ready, each
/// criterion not met with what it misses in <c>criteria</c>), as is an issue more than a member may hold (the
/// setting in <c>limit</c>), a change to a cancelled meeting, a change to a resolved bottleneck (its
/// <c>resolvedOn</c>), a change to a succeeded member (its <c>successor</c> and the date <c>on</c>), a succession
/// the network's rules forbid (the <c>rule</c>), a change an action point's history forbids, and a vote, take-up or
/// withdrawal of a theme proposal no longer open (its <c>proposalStatus</c>), and a programme whose rules need a population the
/// member has not been given (its <c>member</c> and <c>rules</c>); an entity number without an entity is 404.
/// A failure of the store is 503 or 507 with <c>Retry-After</c> (<see cref="StoreProblems"/>). Anything else is left to the default 500 problem.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Writes the problem for <paramref name="exception"/>, when it is one the handler knows.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <param name="exception">What the request caused.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the problem was written.</returns>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var write = !HttpMethods.IsGet(httpContext.Request.Method) && !HttpMethods.IsHead(httpContext.Request.Method);
        if (ProblemFor(exception, endpoint, json, write) is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        StoreProblems.AddRetryAfter(httpContext.Response, problem);
        return await problems.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem that answers <paramref name="exception"/>, or <see langword="null"/> for an unexpected one.</summary>
    /// <param name="exception">What the request caused.</param>
    /// <param name="endpoint">The route of the request, whose handler says what it reads; none when unknown.</param>
    /// <param name="json">The serializer options the host reads bodies with.</param>
    /// <param name="write">Whether the request writes.</param>
    /// <returns>The problem, with its status set.</returns>
    internal static ProblemDetails? ProblemFor(Exception exception, Endpoint? endpoint, JsonSerializerOptions json, bool write) => StoreProblems.For(exception, write) ?? exception switch
    {
        BadHttpRequestException { InnerException: JsonException unreadable } => UnreadableInput.Body(unreadable, endpoint, json),
        BadHttpRequestException bad when UnreadableInput.Parameter(bad, endpoint) is { } parameter => parameter,
        BadHttpRequestException bad => new()
        {
            Status = bad.StatusCode,
            Title = "The request cannot be read.",
            Detail = bad.Message,
        },
        PopulationRequiredException population => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The programme's rules need the member's population.",
            Detail = $"{population.Member} has no population, and the {population.Rules} programme rules set the programme's duration by the number of inhabitants: "
                + $"give it with PUT /api/municipalities/{population.Member} {{\"name\": …, \"population\": …}}, then start the programme.",
            Extensions = { ["member"] = population.Member.ToString(), ["rules"] = population.Rules },
        },
        ProgrammeRuleException rule => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The programme's rules forbid this transition.",
            Detail = rule.Message,
            Extensions = { ["rule"] = rule.Rule.ToString(), ["currentPhase"] = rule.CurrentPhase?.ToString() },
        },
        DossierNotReadyException notReady => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The recognition dossier is not ready.",
            Detail = notReady.Message,
            Extensions =
            {
                ["on"] = NodaTime.Text.LocalDatePattern.Iso.Format(notReady.Readiness.On),
                ["criteria"] = notReady.Readiness.Criteria
                    .Where(c => c.Status != CriterionStatus.Met)
                    .Select(c => new { criterion = c.Criterion.ToString(), status = c.Status.ToString(), missing = c.Missing.Select(f => f.ToString()).ToArray() })
                    .ToArray(),
            },
        },
        ObservationConflictException conflict => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The observation conflicts with the ledger.",
            Detail = conflict.Message,
        },
        IssueLimitException full => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The member holds the most local issues it may.",
            Detail = full.Message,
            Extensions = { ["limit"] = CfcLimitsOptions.MaxIssuesPerMemberSetting, ["maxIssues"] = full.Limit },
        },
        MeetingCancelledException cancelled => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The meeting is cancelled.",
            Detail = cancelled.Message,
        },
        BottleneckResolvedException resolved => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The bottleneck is resolved.",
            Detail = resolved.Message,
            Extensions = { ["resolvedOn"] = NodaTime.Text.LocalDatePattern.Iso.Format(resolved.ResolvedOn) },
        },
        MemberSucceededException succeeded => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The member is succeeded by another.",
            Detail = succeeded.Message,
            Extensions =
            {
                ["successor"] = succeeded.Succession.Successor.ToString(),
                ["on"] = NodaTime.Text.LocalDatePattern.Iso.Format(succeeded.Succession.On),
            },
        },
        SuccessionRuleException rule => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The network's rules forbid this succession.",
            Detail = rule.Message,
            Extensions = { ["rule"] = rule.Rule.ToString() },
        },
        ActionPointChangeException change => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The action point's history forbids this change.",
            Detail = change.Message,
        },
        ThemeProposalClosedException closed => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The theme proposal is no longer open.",
            Detail = closed.Message,
            Extensions = { ["proposalStatus"] = closed.Status.ToString() },
        },
        EntityNotFoundException missing => new()
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found",
            Detail = $"No {missing.Kind} {missing.Key[(missing.Key.IndexOf(NetworkKey.Separator, StringComparison.Ordinal) + 1)..]}.",
        },
        OtherNetworkException other => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The municipality belongs to another network.",
            Detail = other.Message,
            Extensions = { ["network"] = other.Network },
        },
        MemberKindException kind => new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The id belongs to another kind of member.",
            Detail = kind.Message,
        },
        IssueNotFoundException missing => new()
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found",
            Detail = missing.Message,
        },
        ArgumentException argument => Invalid(argument.ParamName ?? "request", ValidationErrors.MessageOf(argument)),
        _ => null,
    };

    private static HttpValidationProblemDetails Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred." };
    }
}
