using System.Reflection;
using System.Text;
using Ical.Net;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cfc.Sample.Host.Calendars;

/// <summary>
/// A 200 response with a calendar as iCalendar (RFC 5545), <c>text/calendar; charset=utf-8</c>; a route that returns one
/// states that media type in its OpenAPI description.
/// </summary>
/// <param name="calendar">The calendar to write.</param>
internal sealed class CalendarResult(Calendar calendar) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    /// <summary>The media type of an iCalendar object.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>The calendar written.</summary>
    public Calendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => $"{MediaType}; charset=utf-8";

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(Calendar) ?? "");
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));
    }
}
