using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Peers;

/// <summary>The settings a member's indicator report looks ahead and around with: forecasts and peers.</summary>
/// <param name="Forecast">The forecasts' confidence and horizon (<c>Cfc:Forecast</c>).</param>
/// <param name="Peers">The fewest peers a statistic needs (<c>Cfc:Peers</c>).</param>
/// <param name="SizeClasses">The size classes peers share.</param>
/// <param name="Hosting">The host's Cfc settings, which name the network whose register holds the peers.</param>
internal sealed record OutlookServices(ForecastOptions Forecast, PeerOptions Peers, SizeClasses SizeClasses, IOptions<CfcHostingOptions> Hosting);
