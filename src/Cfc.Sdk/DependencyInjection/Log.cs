using Microsoft.Extensions.Logging;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>The SDK's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Indicator catalogue ready with {IndicatorCount} indicators (built-in Dutch catalogue included: {IncludesDutch})")]
    public static partial void CatalogueReady(ILogger logger, int indicatorCount, bool includesDutch);
}
