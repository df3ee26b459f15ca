// A runnable tour of Cfc.Sdk. The block between the README markers is copied verbatim into
// README.md; a test keeps the two equal, so the README's example always compiles and runs.
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// README:begin
using var services = new ServiceCollection()
    .AddCfcSdk(options => options.Disclosure.SuppressBelow = 10)
    .BuildServiceProvider();
var catalogue = services.GetRequiredService<IndicatorCatalogue>();
var disclosure = services.GetRequiredService<DisclosureControl>();
var clock = services.GetRequiredService<IClock>();
var zones = services.GetRequiredService<IDateTimeZoneProvider>();

var denHaag = MemberCode.Parse("GM0518");
var homeSitters = catalogue[IndicatorId.Parse("school.home-sitters")];

var ledger = ObservationLedger.Empty;
foreach (var (period, count) in new[] { ("2020/2021", 64), ("2021/2022", 52), ("2022/2023", 47), ("2023/'24", 8) })
{
    ledger = ledger.Record(Observation.Create(homeSitters, denHaag, ReportingPeriod.Parse(period), count));
}

var today = clock.GetCurrentInstant().InZone(denHaag.DefaultTimeZone(zones)).Date;
var target = Target.Create(homeSitters, ReportingPeriod.Parse("2019/2020"), 70, 20, new LocalDate(2030, 7, 31));
var report = IndicatorReport.Create(homeSitters, ledger.Series(denHaag, homeSitters.Id), disclosure, today, target);

foreach (var point in report.Series)
{
    Console.WriteLine($"{homeSitters.Name}, {denHaag}, {point.Period}: {point.Value}");
}

Console.WriteLine($"Target {target.Value} by {target.Date:uuuu-MM-dd}: {report.Assessment?.Status}");
// README:end
