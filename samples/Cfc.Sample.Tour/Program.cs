// A runnable tour of Cfc.Sdk. The block between the README markers is copied verbatim into
// README.md; a test keeps the two equal, so the README's example always compiles and runs.
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
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

var gooiseMeren = MemberCode.GooiseMeren;
var programme = new Programme(services.GetRequiredService<ProgrammeRules>())
    .Transition(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)), today)
    .Transition(new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1)), today);
var status = programme.StatusOn(today);
Console.WriteLine($"{gooiseMeren}: {status.Phase} since {status.Since:uuuu-MM-dd}, candidate: {status.Candidate}, next: {status.NextDeadline}");

var amsterdam = zones[MemberCode.EuropeanNetherlandsZoneId];
var meeting = new Meeting(
    "Spelen in de wijk", MeetingFormat.Online, MeetingKind.Thematic, [new MeetingTheme("spelen", chosenWithYoungPeople: true)],
    new MeetingParticipant(MemberId.For(denHaag), amsterdam),
    Meeting.StartAt(new LocalDateTime(2026, 3, 26, 16, 0), amsterdam), Duration.FromMinutes(90),
    [new MeetingParticipant(MemberId.For(MemberCode.SintEustatius), zones[MemberCode.CaribbeanNetherlandsZoneId])]);
foreach (var local in meeting.LocalTimes())
{
    Console.WriteLine($"{meeting.Title} for {local.Member}: {local.Start:uuuu-MM-dd HH:mm} ({local.Zone.Id})");
}
// README:end
