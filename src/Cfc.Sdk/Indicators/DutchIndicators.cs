using System.Collections.Immutable;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The built-in catalogue of indicators from Dutch sources (CBS, Jeugdmonitor, OCW attendance
/// reports, SWOV, GGD/RIVM youth monitor and municipal data), covering the network's concerns:
/// school attendance, poverty, play, care, road safety and participation.
/// </summary>
public static class DutchIndicators
{
    private static readonly ImmutableArray<DisaggregationDimension> s_ageAndSex = [DisaggregationDimension.AgeBand, DisaggregationDimension.Sex];
    private static readonly ImmutableArray<DisaggregationDimension> s_age = [DisaggregationDimension.AgeBand];

    /// <summary>Minors in low-income households (%), CBS income statistics.</summary>
    public static Indicator LowIncomeMinors { get; } = new(
        IndicatorId.Parse("poverty.low-income-minors"), "Minderjarigen in huishoudens met een laag inkomen", "Minors in low-income households",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "CBS");

    /// <summary>Minors at long-term risk of poverty, four years or more (%), CBS.</summary>
    public static Indicator LongTermPovertyRisk { get; } = new(
        IndicatorId.Parse("poverty.long-term-risk"), "Minderjarigen met langdurig risico op armoede (4 jaar of langer)", "Minors at long-term risk of poverty (4+ years)",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "CBS");

    /// <summary>Children in households with an income up to 120% of the social minimum (count), Jeugdmonitor.</summary>
    public static Indicator SocialMinimumCount { get; } = new(
        IndicatorId.Parse("poverty.social-minimum-120.count"), "Kinderen in huishoudens tot 120% van het sociaal minimum (aantal)", "Children in households up to 120% of the social minimum (count)",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor");

    /// <summary>Children in households with an income up to 120% of the social minimum (%), Jeugdmonitor.</summary>
    public static Indicator SocialMinimumShare { get; } = new(
        IndicatorId.Parse("poverty.social-minimum-120.share"), "Kinderen in huishoudens tot 120% van het sociaal minimum (%)", "Children in households up to 120% of the social minimum (%)",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor");

    /// <summary>Children in welfare (bijstand) households on 31 December (%), Jeugdmonitor.</summary>
    public static Indicator WelfareHouseholds { get; } = new(
        IndicatorId.Parse("poverty.welfare-households"), "Kinderen in bijstandshuishoudens", "Children in welfare (bijstand) households",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.Snapshot, GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor");

    /// <summary>Absolute absence: children of compulsory school age not enrolled at any school (count), OCW attendance reports.</summary>
    public static Indicator AbsoluteAbsence { get; } = new(
        IndicatorId.Parse("school.absolute-absence"), "Absoluut verzuim (niet ingeschreven)", "Absolute absence (not enrolled)",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.SchoolYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "OCW");

    /// <summary>Long-term relative absence: enrolled but absent for four weeks or more (count), OCW.</summary>
    public static Indicator LongTermRelativeAbsence { get; } = new(
        IndicatorId.Parse("school.long-term-relative-absence"), "Langdurig relatief verzuim (4 weken of langer)", "Long-term relative absence (4+ weeks)",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.SchoolYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education], s_ageAndSex, "OCW");

    /// <summary>Children at home for three months or more without school (thuiszitters) (count), OCW.</summary>
    public static Indicator HomeSitters { get; } = new(
        IndicatorId.Parse("school.home-sitters"), "Thuiszitters (3 maanden of langer zonder onderwijs)", "Children at home 3+ months without school",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.SchoolYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.ChildrenWithDisability], s_ageAndSex, "OCW");

    /// <summary>Exemptions from compulsory schooling (count, context), OCW.</summary>
    public static Indicator SchoolingExemptions { get; } = new(
        IndicatorId.Parse("school.exemptions"), "Vrijstellingen van de leerplicht", "Exemptions from compulsory schooling",
        IndicatorUnit.Count, Polarity.Context, PeriodKind.SchoolYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.ChildrenWithDisability], s_age, "OCW");

    /// <summary>
    /// New early school leavers under 23 without a basic qualification, as a share of pupils (%), education
    /// registers; per education year from the count date 1 October to the next.
    /// </summary>
    public static Indicator EarlySchoolLeavers { get; } = new(
        IndicatorId.Parse("school.early-leavers"), "Nieuwe voortijdig schoolverlaters (jonger dan 23, zonder startkwalificatie)", "New early school leavers (under 23, no basic qualification)",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.EducationYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "DUO");

    /// <summary>
    /// New early school leavers under 23 without a basic qualification (count), education registers; per
    /// education year from the count date 1 October to the next.
    /// </summary>
    public static Indicator EarlySchoolLeaversCount { get; } = new(
        IndicatorId.Parse("school.early-leavers.count"), "Nieuwe voortijdig schoolverlaters (jonger dan 23, zonder startkwalificatie) (aantal)", "New early school leavers (under 23, no basic qualification) (count)",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.EducationYear, GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "DUO");

    /// <summary>Youth care and child protection use per half-year and per year (%, context), CBS youth care statistics.</summary>
    public static Indicator YouthCareUse { get; } = new(
        IndicatorId.Parse("care.youth-care-use"), "Jongeren met jeugdhulp of jeugdbescherming", "Young people in youth care or child protection",
        IndicatorUnit.Percent, Polarity.Context, [PeriodKind.HalfYear, PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.Health, CrcArticle.ProtectionFromViolence, CrcArticle.ChildrenWithoutFamily, CrcArticle.ReviewOfTreatment, CrcArticle.Recovery], s_ageAndSex, "CBS");

    /// <summary>Pupils who report good wellbeing in the youth health survey (%), GGD/RIVM.</summary>
    public static Indicator Wellbeing { get; } = new(
        IndicatorId.Parse("care.wellbeing"), "Jongeren die zich goed voelen (welbevinden)", "Young people reporting good wellbeing",
        IndicatorUnit.Percent, Polarity.HigherIsBetter, PeriodKind.SurveyWave, GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.Health, CrcArticle.LifeSurvivalAndDevelopment], s_ageAndSex, "GGD/RIVM");

    /// <summary>Pupils who report being bullied in the youth health survey (%), GGD/RIVM.</summary>
    public static Indicator Bullied { get; } = new(
        IndicatorId.Parse("care.bullied"), "Jongeren die gepest worden", "Young people who are bullied",
        IndicatorUnit.Percent, Polarity.LowerIsBetter, PeriodKind.SurveyWave, GoalArea.SafeCleanEnvironment, Concern.Care,
        [CrcArticle.ProtectionFromViolence, CrcArticle.Health], s_ageAndSex, "GGD/RIVM");

    /// <summary>Road deaths aged 0–14 (count), CBS/SWOV.</summary>
    public static Indicator ChildRoadDeaths { get; } = new(
        IndicatorId.Parse("road-safety.deaths-0-14"), "Verkeersdoden van 0 tot en met 14 jaar", "Road deaths aged 0–14",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.SafeCleanEnvironment, Concern.RoadSafety,
        [CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.Health, CrcArticle.BestInterests, CrcArticle.PlayAndLeisure], null, "CBS/SWOV");

    /// <summary>Seriously injured young cyclists (count), SWOV.</summary>
    public static Indicator InjuredYoungCyclists { get; } = new(
        IndicatorId.Parse("road-safety.injured-young-cyclists"), "Ernstig verkeersgewonde jonge fietsers", "Seriously injured young cyclists",
        IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.CalendarYear, GoalArea.SafeCleanEnvironment, Concern.RoadSafety,
        [CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.Health, CrcArticle.BestInterests, CrcArticle.PlayAndLeisure], s_age, "SWOV");

    /// <summary>Play space as a share of residential area (%; the Dutch guideline is 3%), municipal data.</summary>
    public static Indicator PlaySpaceShare { get; } = new(
        IndicatorId.Parse("play.play-space-share"), "Speelruimte als aandeel van het woongebied (richtlijn 3%)", "Play space share of residential area (3% guideline)",
        IndicatorUnit.Percent, Polarity.HigherIsBetter, PeriodKind.Snapshot, GoalArea.FamilyPlayLeisure, Concern.Play,
        [CrcArticle.PlayAndLeisure, CrcArticle.FreedomOfAssociation], null, "Gemeente");

    /// <summary>Whether a standing children's council (kindergemeenteraad, jongerenraad) is in place (yes/no), municipal data.</summary>
    public static Indicator ChildrensCouncil { get; } = new(
        IndicatorId.Parse("participation.childrens-council"), "Kindergemeenteraad of jongerenraad aanwezig", "Children's council in place",
        IndicatorUnit.YesNo, Polarity.HigherIsBetter, PeriodKind.Snapshot, GoalArea.VoiceHeard, Concern.Participation,
        [CrcArticle.ViewsOfTheChild, CrcArticle.FreedomOfExpression, CrcArticle.FreedomOfAssociation, CrcArticle.KnowledgeOfRights], null, "Gemeente");

    /// <summary>
    /// Inhabitants on 1 January (count, context), CBS population statistics: the size of the municipality, which places
    /// it in a size class for comparisons with its peers (<see cref="Peers.SizeClasses"/>). Recorded like any figure, so
    /// its history is kept; filed under essential services, whose scale it sets.
    /// </summary>
    public static Indicator Population { get; } = new(
        IndicatorId.Parse("population.inhabitants"), "Inwoners op 1 januari", "Inhabitants on 1 January",
        IndicatorUnit.Count, Polarity.Context, PeriodKind.Snapshot, GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.FromNumber(4)], null, "CBS");

    /// <summary>All built-in indicators.</summary>
    public static IndicatorCatalogue Catalogue { get; } = new(
    [
        LowIncomeMinors, LongTermPovertyRisk, SocialMinimumCount, SocialMinimumShare, WelfareHouseholds,
        AbsoluteAbsence, LongTermRelativeAbsence, HomeSitters, SchoolingExemptions, EarlySchoolLeavers, EarlySchoolLeaversCount,
        YouthCareUse, Wellbeing, Bullied, ChildRoadDeaths, InjuredYoungCyclists, PlaySpaceShare, ChildrensCouncil, Population,
    ]);
}
