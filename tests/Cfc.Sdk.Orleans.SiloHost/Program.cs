// A silo of the SDK's grains set up from configuration (command line: --Cfc:DataDirectory=..., --Cfc:Cluster:Mode=Redis, ...),
// which the process tests start, write through, kill and restart. It prints "cfc-silo: started" once the silo serves calls.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddCfc(builder.Configuration));
using var host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => Console.WriteLine("cfc-silo: started"));
await host.RunAsync();
