using System.Globalization;
using System.Text;
using Cfc.Sdk.Exchange;

namespace Cfc.Sample.Host.Exchange;

/// <summary>
/// A 200 answer in one of the exchange formats: the text, written as UTF-8 with its media type and
/// <c>Vary: Accept</c>, since the same route answers JSON to another <c>Accept</c>.
/// </summary>
/// <param name="mediaType">The media type, such as <see cref="SdmxDataflow.CsvMediaType"/>.</param>
/// <param name="text">The whole answer.</param>
internal class ExchangeFile(string mediaType, string text) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => mediaType;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType;
        response.Headers.Vary = "Accept";
        await response.WriteAsync(text, Encoding.UTF8, httpContext.RequestAborted);
    }
}

/// <summary>An SDMX-CSV 2.0 answer.</summary>
/// <param name="text">The CSV.</param>
internal sealed class SdmxCsvFile(string text) : ExchangeFile(SdmxDataflow.CsvMediaType, text)
{
    /// <summary>The figures as SDMX-CSV.</summary>
    /// <param name="dataflow">The dataflow they belong to.</param>
    /// <param name="figures">The figures.</param>
    /// <returns>The answer.</returns>
    public static SdmxCsvFile Of(SdmxDataflow dataflow, IEnumerable<PublishedFigure> figures)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        dataflow.WriteCsv(writer, figures);
        return new SdmxCsvFile(writer.ToString());
    }
}
