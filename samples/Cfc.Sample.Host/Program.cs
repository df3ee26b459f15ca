using Cfc.Sample.Host.ActionPlans;
using Cfc.Sample.Host.Backups;
using Cfc.Sample.Host.Bottlenecks;
using Cfc.Sample.Host.Calendars;
using Cfc.Sample.Host.Checklists;
using Cfc.Sample.Host.Dashboard;
using Cfc.Sample.Host.Exchange;
using Cfc.Sample.Host.Feeds;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Indicators;
using Cfc.Sample.Host.Issues;
using Cfc.Sample.Host.Meetings;
using Cfc.Sample.Host.Membership;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Newsletters;
using Cfc.Sample.Host.Newsletters.Editions;
using Cfc.Sample.Host.Newsletters.Sending;
using Cfc.Sample.Host.Organisations;
using Cfc.Sample.Host.Participation;
using Cfc.Sample.Host.Pages;
using Cfc.Sample.Host.People;
using Cfc.Sample.Host.Practices;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Programmes;
using Cfc.Sample.Host.Recognition;
using Cfc.Sample.Host.Seeding;
using Cfc.Sample.Host.Storage;
using Cfc.Sample.Host.Successions;
using Cfc.Sample.Host.Telemetry;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Serialization;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Runtime;

// backup, export, import and --help run instead of the host, with its settings (Backups/HostCommands.cs).
if (HostCommands.IsCommand(args)) { return await HostCommands.RunAsync(args); }

var builder = WebApplication.CreateBuilder(args);
// In development, a signing key `dotnet user-jwts create` puts in user secrets is trusted without a restart, also the first.
builder.WatchUserSecrets();
try
{
    // AddCfc reads and checks the Cfc settings right here, before anything starts; so does Settings those of the dashboard.
    var dashboard = DashboardAccess.Settings(builder.Configuration);
    // The SDK's settings (disclosure, forecasts, peers, programme rules) too, which would otherwise fail only as the host starts.
    SdkSettings.Check(builder.Configuration);
    builder.UseOrleans(silo =>
    {
        silo.AddCfc(builder.Configuration);
        silo.AddCfcDashboard(dashboard);
        // A grain is activated on the host whose request first needs it: Orleans' default (resource-optimised
        // placement) puts it on the least loaded silo, a network hop away from the HTTP request that calls it.
        silo.Services.AddSingleton<PlacementStrategy, PreferLocalPlacement>();
    });
    // Metrics for Prometheus at /metrics (Cfc:Telemetry:Metrics), OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    builder.Services.AddCfcTelemetry(builder.Configuration);
    // Bearer tokens, who may write what, the limits of Cfc:Limits (checked here too) and the rate limits.
    builder.Services.AddWriteProtection(builder.Configuration);
    // The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (Cfc:Proxy, checked here too); none by default.
    builder.Services.AddTrustedProxies(builder.Configuration);
    // Before the silo opens the store: a data directory that others can write to is refused.
    DataDirectoryAccess.EnsureNotWritableByOthers(CfcHostingOptions.Read(builder.Configuration));
    // Redis that can lose acknowledged writes is refused here (Cfc:Cluster:AcceptLosingWrites); /health/ready checks the store.
    builder.Services.AddStore(builder.Configuration);
    // The newsletter's sending (Cfc:Newsletter, on when Cfc:Newsletter:Smtp:Host is set) and Cfc:PublicUrl, checked here too.
    builder.Services.AddNewsletterSending(builder.Configuration);
    // The dashboard for coordinators only (a cookie from its sign-in page, or a bearer token), its live log limited.
    builder.Services.AddDashboardAccess(dashboard);
    // The SDMX dataflow the figures are exchanged in (Cfc:Sdmx, checked here).
    builder.Services.AddExchange(builder.Configuration);
}
catch (InvalidOperationException e)
{
    return StartupReport.CannotStart(e);
}

// Under systemd (Type=notify): tells it when the host has started and is stopping, logs to the journal. Elsewhere a no-op.
builder.Host.UseSystemd();
// A console format set in the settings (Logging:Console:FormatterName=json) wins over the one UseSystemd picks.
if (builder.Configuration["Logging:Console:FormatterName"] is { Length: > 0 } consoleFormat)
{
    builder.Services.PostConfigure<ConsoleLoggerOptions>(o => o.FormatterName = consoleFormat);
}

// On SIGTERM (systemctl stop, Ctrl+C) requests in flight and the silo's shutdown get this long before the host gives up.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StartupReport.ShutdownTimeout);
builder.Services.AddCfcOpenApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.ConfigureForCfcSdk();
    // The match query's answer by source-generated code; every other type by reflection, as before.
    o.SerializerOptions.TypeInfoResolverChain.Insert(0, MatchJsonContext.Default);
});
// Unreadable bodies reach the exception handler, which answers them as 400 problems naming the field.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.Complete);
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddHealthChecks().AddCheck<SiloReadyCheck>("silo", tags: [SiloReadyCheck.Tag]);
builder.Services.AddHostedService<Seeder>();
builder.Services.AddHostedService<StartupReport>();
builder.Services.AddCfcPages();
builder.Services.AddAllowedHosts();

var app = builder.Build();
// First: everything after it sees the client's address and scheme, not the proxy's.
app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAllowedHosts();
app.UseWriteProtection();
app.UseOwnNetworkOnly();
app.UseSucceededMembers();
// A probe is never limited: a busy monitor must not see the host as down.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).DisableRateLimiting();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(SiloReadyCheck.Tag) }).DisableRateLimiting();
app.MapCfcMetrics();
app.MapCfcApiDocumentation();
app.MapDashboard();
app.MapMunicipalities();
app.MapProgrammes();
app.MapReadiness();
app.MapIndicators();
app.MapExchange();
app.MapIssues();
app.MapOrganisations();
app.MapNewsletters();
app.MapNewsletterSubscribers();
app.MapNewsletterEditions();
app.MapMeetings();
app.MapCalendars();
app.MapPractices();
app.MapPracticeFeed();
app.MapBottlenecks();
app.MapChecklists();
app.MapActionPlans();
app.MapMembership();
app.MapPeople();
app.MapSuccessions();
app.MapParticipation();
app.MapThemes();
app.MapCfcPages();

try
{
    await app.RunAsync();
}
catch (OptionsValidationException e)
{
    return StartupReport.CannotStart(e);
}

return 0;

/// <summary>The sample host's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
