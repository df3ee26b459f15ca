using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Checklists;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace Cfc.Sample.Host.Checklists;

/// <summary>
/// A member's answers to the situation analysis' checklist: <c>GET /api/municipalities/{code}/checklist</c> and
/// <c>PUT /api/municipalities/{code}/checklist/{question}</c>. The questions are the registered <see cref="Checklist"/>
/// (<c>Cfc:Checklist:Path</c>, or the built-in example).
/// </summary>
internal static class ChecklistEndpoints
{
    /// <summary>Maps the checklist's routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapChecklists(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities/{code}/checklist").WithTags("Checklist");
        group.MapGet("/", GetAsync);
        group.MapPut("/{question}", AnswerAsync).RequireWriteAccess();
        return app;
    }

    /// <summary>The checklist's questions in order, each with the member's answer, and how many are answered; 404 for an unknown municipality.</summary>
    private static async Task<Results<Ok<ChecklistResponse>, InvalidProblem, NotFoundProblem>> GetAsync(
        string code, IGrainFactory grains, Checklist checklist, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var answers = await grains.GetChecklist(options.Value.NetworkId, MemberCode.Parse(code)).GetAnswersAsync();
        return TypedResults.Ok(ChecklistResponse.From(checklist, answers));
    }

    /// <summary>
    /// Answers a question (200 with the question and its answer), replacing the member's earlier answer; 404 for an
    /// unknown municipality or question, 400 naming the field for an answer the question does not take or a date after
    /// the member's today.
    /// </summary>
    private static async Task<Results<Ok<ChecklistItemResponse>, InvalidProblem, NotFoundProblem>> AnswerAsync(
        string code, string question, ChecklistAnswerRequest request, IGrainFactory grains, Checklist checklist, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (!ChecklistQuestionId.TryParse(question, out var id) || checklist.Find(id) is not { } asked)
        {
            return new NotFoundProblem($"No question '{question}' in the checklist '{checklist.Id}' (GET /api/municipalities/{code}/checklist lists them).");
        }

        if (request.Answer is null)
        {
            return ValidationErrors.For("answer", asked.Choices.Count > 0 ? $"The answer is required: one of {string.Join(", ", asked.Choices)}." : "The answer is required.");
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var today = await grain.TodayAsync();
        if (request.On is { } on && on > today)
        {
            return ValidationErrors.For("on", $"An answer is dated today ({LocalDatePattern.Iso.Format(today)}) at the latest, not {LocalDatePattern.Iso.Format(on)}.");
        }

        ChecklistAnswer answer;
        try
        {
            answer = asked.Answer(request.Answer, request.On ?? today, request.Evidence);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "answer", ValidationErrors.MessageOf(e));
        }

        await grains.GetChecklist(options.Value.NetworkId, MemberCode.Parse(code)).AnswerAsync(answer);
        return TypedResults.Ok(ChecklistItemResponse.From(asked, answer));
    }
}
