using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Cfc.Sdk.Disclosure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and the interactive reference at <c>/scalar</c>, written for whoever
/// generates a client from it: values the JSON writes as text (NodaTime's types, the SDK's codes, ids and periods) are
/// <c>type: string</c> with their format, pattern and an example (<see cref="ValueForm"/>); enums list their names; a
/// field the JSON may leave out or set to null is not <c>required</c>, unless it is a request's field the handler needs
/// (marked <see cref="System.ComponentModel.DataAnnotations.RequiredAttribute"/>); the routes that need a token carry the bearer
/// security scheme; every operation has a summary and a description (from the handler's XML documentation).
/// </summary>
internal static class ApiDocumentation
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Where the interactive reference is served.</summary>
    public const string ReferencePath = "/scalar";

    /// <summary>The name of the bearer token security scheme in the document's components.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>Adds the OpenAPI document with the transformers that describe its values, access and operations.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCfcOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddDocumentTransformer(DescribeBearerSchemeAsync)
            .AddDocumentTransformer(DescribeRequiredFieldsAsync)
            .AddSchemaTransformer(DescribeValuesAsync)
            .AddOperationTransformer(DescribeRouteValuesAsync)
            .AddOperationTransformer(DescribeAccessAsync)
            .AddOperationTransformer(DescribeStoreFailuresAsync));

    /// <summary>Maps the OpenAPI document and the interactive reference.</summary>
    /// <param name="app">The host's endpoints.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static IEndpointRouteBuilder MapCfcApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        // A nonce per request on its inline scripts, which the reference's own policy allows (SecurityHeaders), and no
        // fonts from Scalar's CDN: the reference loads nothing from elsewhere.
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Cfc.Sample.Host")
            .WithOpenApiRoutePattern(DocumentPath)
            .WithNonce()
            .DisableDefaultFonts());
        return app;
    }

    /// <summary>
    /// Describes a value's schema by its form (<see cref="ValueForm"/>): a text-valued type as <c>type: string</c> with
    /// its format, pattern and an example, an enum with its names, a number as a number only; and an object's schema
    /// with only the properties it cannot do without as <c>required</c>.
    /// </summary>
    /// <param name="schema">The schema generated for the type or property.</param>
    /// <param name="context">The type being described, and the property when it is one.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeValuesAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var described = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        // The web defaults also read a number from a string; a client should send the number.
        if (schema.Type is { } type && (type & (JsonSchemaType.Number | JsonSchemaType.Integer)) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (context.JsonPropertyInfo is { Name: "articles" } && schema.Items is OpenApiSchema articles)
        {
            articles.Minimum = ValueForm.FirstArticle.ToString(System.Globalization.CultureInfo.InvariantCulture);
            articles.Maximum = ValueForm.LastArticle.ToString(System.Globalization.CultureInfo.InvariantCulture);
            articles.Description ??= $"{Capitalised(ValueForm.Article.Describe())}.";
            articles.Examples = [ValueForm.Article.Example.DeepClone()];
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (IsRequiredByHandler(property))
                {
                    schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                    schema.Required.Add(property.Name);
                }
                else if (IsOptional(property))
                {
                    schema.Required?.Remove(property.Name);
                }
            }

            return Task.CompletedTask;
        }

        if (described == typeof(DisclosedValue))
        {
            // The number as it may be shown, or "." where disclosure control suppresses it.
            schema.OneOf = [new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" }, new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(".")] }];
            schema.Examples = [JsonValue.Create(12.5)];
            return Task.CompletedTask;
        }

        // A nullable value is a oneOf of null and a reference to the value's own schema, which is described here.
        if (ValueForm.OfText(described) is { } form)
        {
            Describe(schema, form, described.IsEnum ? Enum.GetNames(described) : null);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Describes the route values the handlers read as text: a member's <c>{code}</c> and an issue's <c>{id}</c>.
    /// </summary>
    /// <param name="operation">The operation of one route.</param>
    /// <param name="context">The route being described.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeRouteValuesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (RouteValueType(parameter, context) is { } type && parameter.Schema is OpenApiSchema schema)
            {
                Describe(schema, ValueForm.OfText(type)!, null);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Puts the bearer security scheme on the operations of routes that need a token, and completes each operation: its
    /// summary is the first sentence of the handler's XML documentation (<see cref="HandlerDocumentation"/>), its
    /// description all of it with whose token the route takes, its id the handler's class and name.
    /// </summary>
    /// <param name="operation">The operation of one route.</param>
    /// <param name="context">The route being described.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeAccessAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var secured = metadata.OfType<IAuthorizeData>().Any();
        if (secured)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        }

        var memberInRoute = operation.Parameters?.Any(p => RouteValueType(p, context) is not null) == true;
        var access = secured ? WriteAccess.Who([.. metadata], memberInRoute) : "Anonymous: needs no token.";
        var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
        var text = operation.Summary?.Trim() is { Length: > 0 } summary ? summary : (handler is null ? null : HandlerDocumentation.Of(handler)) ?? "";
        operation.Summary = FirstSentence(text);
        operation.Description = $"{text}\n\n{access}".TrimStart();
        operation.OperationId ??= handler is null ? null : HandlerDocumentation.OperationId(handler);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Adds to every operation of the API the answers of a store or cluster that cannot serve it now
    /// (<see cref="Problems.StoreProblems"/>): 503 with <c>Retry-After</c>, and for a write also 507 when the store's disk is full.
    /// </summary>
    /// <param name="operation">The operation of one route.</param>
    /// <param name="context">The route being described.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeStoreFailuresAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!(context.Description.RelativePath ?? "").StartsWith("api/", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("503", StoreFailure(context,
            "The store or the cluster cannot serve the request now (problem types `store-unreachable`, `store-timed-out`, `store-changed`): try again after `Retry-After` seconds. "
            + "A refused write may have been applied all the same: read before repeating one that is not harmless to repeat."));
        if (!HttpMethods.IsGet(context.Description.HttpMethod ?? HttpMethods.Get))
        {
            operation.Responses.TryAdd("507", StoreFailure(context, "The store's disk is full (problem type `store-full`): nothing more can be stored until its operator frees space."));
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse StoreFailure(OpenApiOperationTransformerContext context, string description) => new()
    {
        Description = description,
        Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
        },
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
        },
    };

    /// <summary>Adds the bearer token security scheme to the document's components.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">Not used.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeBearerSchemeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A JWT signed with a key of Authentication:Schemes:Bearer, with an expiry (exp) and role `{WriteAccess.CoordinatorRole}` " +
                $"or claim `{WriteAccess.MemberClaim}` (a member's code). In development: `dotnet user-jwts create --project samples/Cfc.Sample.Host --role coordinator --valid-for 8h -o token`.",
        };
        return Task.CompletedTask;
    }

    /// <summary>
    /// Describes each field an object schema requires as not nullable: a request's field the handler needs refuses null
    /// as it refuses a missing one. Runs on the whole document, where a nullable value of a schema of its own has become
    /// a <c>oneOf</c> of null and a reference to it; the reference alone is kept.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="context">Not used.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeRequiredFieldsAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var name in schema.Required ?? new HashSet<string>())
            {
                if (schema.Properties?.TryGetValue(name, out var property) != true || property is not OpenApiSchema field)
                {
                    continue;
                }

                field.Type &= ~JsonSchemaType.Null;
                if (field.OneOf is [var first, var second] && (IsNull(first) || IsNull(second)))
                {
                    schema.Properties[name] = IsNull(first) ? second : first;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };

    private static Type? RouteValueType(IOpenApiParameter parameter, OpenApiOperationTransformerContext context) =>
        (parameter.In, parameter.Name) switch
        {
            (ParameterLocation.Path, "code") => typeof(Cfc.Sdk.Network.MemberCode),
            (ParameterLocation.Path, "id") when (context.Description.RelativePath ?? "").StartsWith("api/issues/", StringComparison.Ordinal) => typeof(Cfc.Sdk.Matching.Issues.IssueId),
            _ => null,
        };

    // Optional: a field the JSON may leave out (a constructor parameter with a default) or set to null.
    // A request's field the handler refuses to do without is marked [Required]; its type stays nullable, so that a body
    // without it reaches the handler, whose 400 names the field, instead of failing to read.
    private static bool IsRequiredByHandler(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(System.ComponentModel.DataAnnotations.RequiredAttribute), inherit: true) == true;

    private static bool IsOptional(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || property.IsGetNullable
        || property.AssociatedParameter is { HasDefaultValue: true };

    private static void Describe(OpenApiSchema schema, ValueForm form, string[]? names)
    {
        schema.Type = form.Type;
        schema.Format = form.Format;
        schema.Pattern = form.Pattern;
        schema.Description ??= $"{Capitalised(form.Describe())}.";
        schema.Examples = form.Example is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0 ? null : [form.Example.DeepClone()];
        schema.Enum = names?.Select(name => (JsonNode)JsonValue.Create(name)).ToList();
        schema.Properties?.Clear();
        schema.Required?.Clear();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Up to the first full stop that ends a sentence, not the one of "e.g." or "i.e.".
    private static string FirstSentence(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        for (var end = flat.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = flat.IndexOf(". ", end + 1, StringComparison.Ordinal))
        {
            if (!flat[..end].EndsWith("e.g", StringComparison.Ordinal) && !flat[..end].EndsWith("i.e", StringComparison.Ordinal))
            {
                return flat[..(end + 1)];
            }
        }

        return flat.Trim();
    }
}
