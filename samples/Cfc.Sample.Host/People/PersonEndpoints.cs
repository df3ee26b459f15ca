using Cfc.Sample.Host.Paging;
using System.Diagnostics.CodeAnalysis;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cfc.Sample.Host.People;

/// <summary>
/// A member's contact people: <c>GET</c> and <c>POST /api/municipalities/{code}/people</c>, and
/// <c>POST /api/municipalities/{code}/people/removals</c>, which removes the person the body describes.
/// </summary>
/// <remarks>
/// Contact people are personal data: reading them needs the same token as writing them (<see cref="WriteAccess"/>:
/// the member's own, or a coordinator's). A person has no id of its own, so a removal names the person by all its
/// values, in the body; the contact never appears in a URL, which the request logs would hold.
/// </remarks>
internal static class PersonEndpoints
{
    /// <summary>Maps the contact people's routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities/{code}/people").WithTags("Members");
        group.MapGet("/", ListAsync).RequireMemberAccess().WithListPaging();
        group.MapPost("/", AddAsync).RequireWriteAccess();
        group.MapPost("/removals", RemoveAsync).RequireWriteAccess();
        return app;
    }

    /// <summary>The member's contact people, in the order they were added.</summary>
    private static async Task<Results<Ok<PersonResponse[]>, InvalidProblem, NotFoundProblem>> ListAsync(
        string code,
        IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var people = await grain.GetPeopleAsync();
        return TypedResults.Ok(people.Select(PersonResponse.From).ToArray());
    }

    /// <summary>Adds a contact person (201), or answers 200 when an equal person is already known.</summary>
    private static async Task<Results<Ok<PersonResponse>, Created<PersonResponse>, InvalidProblem, NotFoundProblem>> AddAsync(
        string code,
        PersonRequest request,
        IGrainFactory grains)
    {
        if (!TryRead(grains, code, request, out var grain, out var person, out var invalid))
        {
            return invalid;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var body = PersonResponse.From(person);
        return await grain.AddPersonAsync(person)
            ? TypedResults.Created($"/api/municipalities/{code}/people", body)
            : TypedResults.Ok(body);
    }

    /// <summary>Removes the contact person the body describes (204), or 404 when the member has no such person.</summary>
    private static async Task<Results<NoContent, InvalidProblem, NotFoundProblem>> RemoveAsync(
        string code,
        PersonRequest request,
        IGrainFactory grains)
    {
        if (!TryRead(grains, code, request, out var grain, out var person, out var invalid))
        {
            return invalid;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        return await grain.RemovePersonAsync(person)
            ? TypedResults.NoContent()
            : new NotFoundProblem($"{code} has no contact person {person.DisplayName} ({person.Role}) with this contact.");
    }

    // The member's grain and the person the request describes, or the 400 problem naming the code or each invalid field.
    private static bool TryRead(
        IGrainFactory grains,
        string code,
        PersonRequest request,
        [NotNullWhen(true)] out IMunicipalityGrain? grain,
        [NotNullWhen(true)] out Person? person,
        [NotNullWhen(false)] out InvalidProblem? problem)
    {
        person = null;
        if (!Municipality.TryGet(grains, code, out grain, out problem))
        {
            return false;
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors.Add("displayName", "The display name is required, e.g. a first name or initials.");
        }

        var role = Names.Parse<PersonRole>(request.Role, "role", "a person's role", errors);
        if (!errors.Any)
        {
            try
            {
                // The domain checks the lengths and that a youth representative has no contact of their own.
                person = new Person(MemberId.For(MemberCode.Parse(code)), request.DisplayName!, role!.Value, request.Contact);
            }
            catch (ArgumentException e)
            {
                errors.Add(e.ParamName ?? "request", ValidationErrors.MessageOf(e));
            }
        }

        problem = person is null ? errors.ToResult() : null;
        return person is not null;
    }
}
