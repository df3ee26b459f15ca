// A silo of the SDK's grains set up from configuration (command line: --Cfc:DataDirectory=..., --Cfc:Cluster:Mode=Redis, ...),
// which the process tests start, write through, kill and restart. It prints "cfc-silo: started" once the silo serves calls.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Runtime;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddCfc(builder.Configuration));

// --Test:RandomPlacement=true: new activations go to a random silo, so that a test's grains are spread over the
// cluster (the default placement may keep a burst of new grains on the silo that receives them).
if (builder.Configuration.GetValue<bool>("Test:RandomPlacement"))
{
    builder.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
}

using var host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => Console.WriteLine("cfc-silo: started"));
await host.RunAsync();
