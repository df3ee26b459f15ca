using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using NodaTime;

namespace Cfc.Sdk.Tests.Exchange;

/// <summary>
/// A small fixed set of published figures with every case the exchange formats distinguish: provisional, final and
/// revised figures, a value missing at source, primary and secondary suppression, and school-year, half-year and
/// snapshot periods.
/// </summary>
internal static class ExchangeSamples
{
    public static DisclosureControl Control { get; } = new(new DisclosureOptions { SuppressBelow = 10, RoundTo = 5 });

    public static Disaggregation Sex(string sex) => Disaggregation.Create(sex: sex);

    public static Disaggregation Age(string band) => Disaggregation.Create(ageBand: band);

    /// <summary>Home-sitters (counts, school years) of Den Haag and Bonaire.</summary>
    public static Observation[] HomeSitters { get; } =
    [
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2022), 47),
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2022), 31, disaggregation: Age("12-17")),
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2022), 16, disaggregation: Age("4-11")),
        // 3 girls is below the threshold (primary); the 22 boys would give them away (secondary).
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2023), 25, ObservationStatus.Revised),
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2023), 3, disaggregation: Sex("female")),
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2023), 22, disaggregation: Sex("male")),
        Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.Bonaire, ReportingPeriod.SchoolYear(2023)),
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.Bonaire, ReportingPeriod.SchoolYear(2024), 12, ObservationStatus.Provisional),
    ];

    /// <summary>Youth care use (percentages, half-years) of Den Haag.</summary>
    public static Observation[] YouthCare { get; } =
    [
        Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, ReportingPeriod.HalfYear(2024, 1), 11.25),
        Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, ReportingPeriod.HalfYear(2024, 2), 10.5, ObservationStatus.Provisional),
        Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, ReportingPeriod.HalfYear(2024, 2), 12.75, ObservationStatus.Provisional, disaggregation: Sex("female")),
    ];

    /// <summary>Play space share (percentages, snapshot dates) of Den Haag.</summary>
    public static Observation[] PlaySpace { get; } =
    [
        Observation.Create(DutchIndicators.PlaySpaceShare, MemberCode.DenHaag, ReportingPeriod.Snapshot(new LocalDate(2023, 12, 31)), 2.4),
    ];

    public static IReadOnlyList<PublishedFigure> Figures { get; } =
    [
        .. PublishedFigure.Of(Control, DutchIndicators.YouthCareUse, YouthCare),
        .. PublishedFigure.Of(Control, DutchIndicators.PlaySpaceShare, PlaySpace),
        .. PublishedFigure.Of(Control, DutchIndicators.HomeSitters, HomeSitters),
    ];
}
