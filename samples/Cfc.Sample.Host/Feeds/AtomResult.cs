using System.Reflection;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cfc.Sample.Host.Feeds;

/// <summary>
/// A 200 response with a feed as Atom 1.0 (RFC 4287), <c>application/atom+xml; charset=utf-8</c>; a route that returns
/// one states that media type in its OpenAPI description.
/// </summary>
/// <remarks>
/// The feed is written to memory first: <see cref="Atom10FeedFormatter"/> writes synchronously, which the server refuses
/// on the response body, and a feed is small (each feed takes its newest entries only).
/// </remarks>
/// <param name="feed">The feed to write: its id, title, updated time, links and entries as they are to be published.</param>
internal sealed class AtomResult(SyndicationFeed feed) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    /// <summary>The media type of an Atom feed.</summary>
    public const string MediaType = "application/atom+xml";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    /// <summary>The feed written.</summary>
    public SyndicationFeed Feed { get; } = feed ?? throw new ArgumentNullException(nameof(feed));

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => $"{MediaType}; charset=utf-8";

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            new Atom10FeedFormatter(Feed).WriteTo(writer);
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), [MediaType]));
    }
}
