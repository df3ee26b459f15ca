using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Issues;
using Cfc.Sample.Host.Matching;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Rights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Organisations;

/// <summary>
/// The organisations' routes: <c>PUT</c> and <c>GET /api/organisations/{id}</c>, <c>GET /api/organisations</c>, and
/// <c>GET /api/issues/{id}/experts?k=</c>, the organisations whose expertise best fits an issue.
/// </summary>
/// <remarks>
/// The route's value is named <c>organisation</c>, not <c>code</c> or <c>id</c>, so that <see cref="WriteAccess"/>
/// lets only a coordinator write an organisation: it belongs to no municipality.
/// </remarks>
internal static class OrganisationEndpoints
{
    /// <summary>Maps the organisations' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations");
        group.MapPut("/{organisation}", PutAsync).RequireWriteAccess();
        group.MapGet("/{organisation}", GetAsync);
        group.MapGet("/", ListAsync).WithListPaging();
        app.MapGet("/api/issues/{id}/experts", ExpertsAsync).WithTags("Local issues");
        return app;
    }

    /// <summary>Creates (201) or replaces (200) an organisation with its expertise.</summary>
    private static async Task<Results<Ok<OrganisationResponse>, Created<OrganisationResponse>, InvalidProblem, ConflictProblem>> PutAsync(
        string organisation,
        OrganisationRequest request,
        IGrainFactory grains,
        IDateTimeZoneProvider zones,
        IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        if (!OrganisationId.TryParse(organisation, out var id))
        {
            errors.Add("id", $"'{organisation}' is not an organisation id: 1 to {OrganisationId.MaxLength} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "The name is required, e.g. \"Kenniscentrum Jeugd\".");
        }

        var zone = zones.GetZoneOrNull(request.TimeZone ?? MemberCode.EuropeanNetherlandsZoneId);
        if (zone is null)
        {
            errors.Add("timeZone", $"'{request.TimeZone}' is not a time zone id (IANA, such as {MemberCode.EuropeanNetherlandsZoneId}).");
        }

        List<CrcArticle> articles = [];
        if (request.Expertise is not { } expertise)
        {
            errors.Add("expertise", "The expertise is required: {\"description\": \"...\", \"themes\": [...], \"articles\": [...]}.");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(expertise.Description))
            {
                errors.Add("expertise.description", "The description of the expertise is required.");
            }

            articles = errors.Articles("expertise.articles", expertise.Articles);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        Member member;
        try
        {
            var profile = new ExpertiseProfile(request.Expertise!.Description!, request.Expertise.Themes, request.Expertise.GoalAreas, articles, request.Expertise.Language);
            member = Member.Organisation(id, request.Name!, profile, zone!);
        }
        catch (ArgumentException e)
        {
            var field = e.ParamName switch
            {
                "name" => "name",
                "description" or "themes" or "goalAreas" or "articles" or "language" => $"expertise.{e.ParamName}",
                _ => "expertise",
            };
            return ValidationErrors.For(field, ValidationErrors.MessageOf(e));
        }

        bool created;
        try
        {
            created = await grains.Organisation(options, id).SetProfileAsync(member);
        }
        catch (MemberKindException e)
        {
            return new ConflictProblem("The id belongs to another kind of member.", e.Message);
        }

        var body = OrganisationResponse.From(member);
        return created ? TypedResults.Created($"/api/organisations/{id}", body) : TypedResults.Ok(body);
    }

    /// <summary>One organisation, or 404.</summary>
    private static async Task<Results<Ok<OrganisationResponse>, NotFoundProblem>> GetAsync(string organisation, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (!OrganisationId.TryParse(organisation, out var id))
        {
            return UnknownOrganisation(organisation);
        }

        var member = await grains.Organisation(options, id).GetProfileAsync();
        return member is { Kind: MemberKind.Organisation } ? TypedResults.Ok(OrganisationResponse.From(member)) : UnknownOrganisation(organisation);
    }

    /// <summary>Every organisation the network knows, in id order: the register names them, their grains hold their expertise.</summary>
    private static async Task<Ok<OrganisationResponse[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var members = await grains.Network(options).GetMembersAsync();
        var profiles = await Task.WhenAll(members
            .Where(m => m.Kind == MemberKind.Organisation)
            .Select(m => grains.Organisation(options, m.Id.Organisation!.Value).GetProfileAsync()));
        return TypedResults.Ok(profiles.OfType<Member>().Where(m => m.Kind == MemberKind.Organisation).Select(OrganisationResponse.From).ToArray());
    }

    /// <summary>
    /// The organisations whose expertise best fits an issue, best first; <c>k</c> 1–100, 10 by default; <c>languages</c>
    /// (e.g. <c>nl,en</c>) keeps only expertise written in those languages, every language by default. Shared concepts are labelled in the
    /// language <c>Accept-Language</c> asks for (the first, by quality, the concept scheme has labels in; <c>*</c> ignored),
    /// else in this issue's language; the words that carried them stay as written.
    /// </summary>
    private static async Task<Results<Ok<ExpertsResponse>, InvalidProblem, NotFoundProblem>> ExpertsAsync(string id, string? k, string? languages, HttpRequest http, IGrainFactory grains, TextAnalyzer analyzer)
    {
        var count = 10;
        if (k is not null && (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > IssueIndex.MaxK))
        {
            return ValidationErrors.For("k", $"'{k}' is not a number of organisations from 1 to {IssueIndex.MaxK}.");
        }

        if (!MatchLanguages.TryParse(languages, out var tags, out var languageError))
        {
            return languageError;
        }

        if (await FindAsync(grains, id) is not { } issue)
        {
            return new NotFoundProblem($"No issue {id}.");
        }

        // Key 0: the matching grain is a stateless worker that reads this silo's replica.
        var matching = grains.GetGrain<IMatchingGrain>(0);
        var matches = tags.IsEmpty ? await matching.MatchOrganisationsAsync(issue.Id, count) : await matching.MatchOrganisationsAsync(issue.Id, count, tags);
        var reader = ReaderLanguage.Of(http, analyzer.Concepts);
        return TypedResults.Ok(new ExpertsResponse(issue.Id.ToString(), [.. matches.Select(m => ExpertResponse.From(m, analyzer.Concepts, reader))]));
    }

    // An issue's id starts with its member's code, which names the municipality grain that holds it.
    private static async Task<LocalIssue?> FindAsync(IGrainFactory grains, string id)
    {
        if (!IssueId.TryParse(id, out var issueId) || IssueIds.MemberOf(id) is not { } code)
        {
            return null;
        }

        return (await grains.GetGrain<IMunicipalityGrain>(code.ToString()).GetIssuesAsync()).FirstOrDefault(i => i.Id == issueId);
    }

    private static NotFoundProblem UnknownOrganisation(string id) => new NotFoundProblem($"No organisation {id}: create it with PUT /api/organisations/{id}.");
}
