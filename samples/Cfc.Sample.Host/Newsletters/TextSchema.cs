using Microsoft.OpenApi;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>The OpenAPI description of a route that answers a document other than JSON (a page, a feed): its 200 is a string.</summary>
internal static class TextSchema
{
    /// <summary>Describes the route's 200 answer as a string of <paramref name="mediaType"/>.</summary>
    /// <param name="route">The route.</param>
    /// <param name="mediaType">The answer's media type, such as <c>text/html</c>.</param>
    /// <returns><paramref name="route"/>, for chaining.</returns>
    public static RouteHandlerBuilder WithTextSchema(this RouteHandlerBuilder route, string mediaType) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            // A result without a body type (an IResult that writes the document itself) is described without content.
            if (operation.Responses?.TryGetValue("200", out var answer) == true && answer is OpenApiResponse ok)
            {
                ok.Content ??= new Dictionary<string, OpenApiMediaType>();
                ok.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            return Task.CompletedTask;
        });
}
