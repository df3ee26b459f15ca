using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Practices;

/// <summary>The network's good practices: <c>POST</c> and <c>GET /api/practices</c>.</summary>
/// <remarks>The route names no member, so only a coordinator shares a practice (see <see cref="WriteAccess"/>).</remarks>
internal static class PracticeEndpoints
{
    /// <summary>Maps the good practices' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapPractices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Good practices");
        group.MapPost("/", AddAsync).RequireWriteAccess();
        group.MapGet("/", ListAsync).WithListPaging();
        return app;
    }

    /// <summary>Shares a practice (201 with the practice).</summary>
    private static async Task<Results<Created<PracticeResponse>, InvalidProblem>> AddAsync(PracticeRequest request, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var network = grains.Network(options);
        var errors = new ValidationErrors();
        MemberId member = default;
        if (request.Member is null)
        {
            errors.Add("member", "The member sharing the practice is required, such as \"GM0518\".");
        }
        else if (!MemberId.TryParse(request.Member, out member) || await network.GetMemberAsync(member) is null)
        {
            errors.Add("member", $"'{request.Member}' is not a member the network knows (a CBS code such as GM0518, or org: and an organisation's id).");
        }

        foreach (var (field, value) in (ReadOnlySpan<(string, string?)>)[("title", request.Title), ("whatWasDone", request.WhatWasDone), ("challenges", request.Challenges), ("lessonsLearned", request.LessonsLearned)])
        {
            if (value is null)
            {
                errors.Add(field, $"'{field}' is required.");
            }
        }

        if (request.GoalAreas is null)
        {
            errors.Add("goalAreas", "At least one goal area is required, such as [\"VoiceHeard\"].");
        }

        var articles = errors.Articles("articles", request.Articles);

        if (errors.Any)
        {
            return errors.ToResult();
        }

        GoodPractice practice;
        try
        {
            var sharedOn = request.SharedOn ?? clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
            practice = new GoodPractice(member, request.Title!, request.GoalAreas!, request.WhatWasDone!, request.Challenges!, request.LessonsLearned!, sharedOn, articles);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "request", ValidationErrors.MessageOf(e));
        }

        await network.AddGoodPracticeAsync(practice);
        return TypedResults.Created("/api/practices", PracticeResponse.From(practice));
    }

    /// <summary>The practices, in the order they were shared with the network.</summary>
    private static async Task<Ok<PracticeResponse[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        TypedResults.Ok((await grains.Network(options).GetGoodPracticesAsync()).Select(PracticeResponse.From).ToArray());
}
