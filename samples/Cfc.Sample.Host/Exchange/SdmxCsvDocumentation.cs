using Cfc.Sdk.Exchange;
using Microsoft.OpenApi;

namespace Cfc.Sample.Host.Exchange;

/// <summary>The OpenAPI description of a route that answers SDMX-CSV besides JSON.</summary>
internal static class SdmxCsvDocumentation
{
    /// <summary>
    /// Adds SDMX-CSV 2.0 to the media types of the route's 200 answer. The response metadata of ASP.NET Core keeps one
    /// description per status, so a second 200 would replace the JSON one: the media type is added to the document instead.
    /// </summary>
    /// <param name="route">The route.</param>
    /// <returns><paramref name="route"/>, for chaining.</returns>
    public static RouteHandlerBuilder ProducesSdmxCsv(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                content[SdmxDataflow.CsvMediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            return Task.CompletedTask;
        });
}
