using System.Collections.Immutable;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The built-in catalogue of indicators from Dutch sources (CBS, Jeugdmonitor, OCW attendance
/// reports, SWOV, GGD/RIVM youth monitor and municipal data), covering the network's concerns:
/// school attendance, poverty, play, care, road safety and participation. Names are in Dutch (the default language),
/// English, German, French and Spanish.
/// </summary>
public static class DutchIndicators
{
    private static readonly ImmutableArray<DisaggregationDimension> s_ageAndSex = [DisaggregationDimension.AgeBand, DisaggregationDimension.Sex];
    private static readonly ImmutableArray<DisaggregationDimension> s_age = [DisaggregationDimension.AgeBand];

    /// <summary>Minors in low-income households (%), CBS income statistics.</summary>
    public static Indicator LowIncomeMinors { get; } = new(
        IndicatorId.Parse("poverty.low-income-minors"),
        Names("Minderjarigen in huishoudens met een laag inkomen", "Minors in low-income households", "Minderjährige in Haushalten mit niedrigem Einkommen", "Mineurs vivant dans des ménages à faible revenu", "Menores en hogares con bajos ingresos"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "CBS");

    /// <summary>Minors at long-term risk of poverty, four years or more (%), CBS.</summary>
    public static Indicator LongTermPovertyRisk { get; } = new(
        IndicatorId.Parse("poverty.long-term-risk"),
        Names("Minderjarigen met langdurig risico op armoede (4 jaar of langer)", "Minors at long-term risk of poverty (4+ years)", "Minderjährige mit langfristigem Armutsrisiko (4 Jahre oder länger)", "Mineurs exposés à un risque de pauvreté de longue durée (4 ans ou plus)", "Menores en riesgo de pobreza de larga duración (4 años o más)"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "CBS");

    /// <summary>Children in households with an income up to 120% of the social minimum (count), Jeugdmonitor.</summary>
    public static Indicator SocialMinimumCount { get; } = new(
        IndicatorId.Parse("poverty.social-minimum-120.count"),
        Names("Kinderen in huishoudens tot 120% van het sociaal minimum (aantal)", "Children in households up to 120% of the social minimum (count)", "Kinder in Haushalten mit bis zu 120 % des sozialen Minimums (Anzahl)", "Enfants dans des ménages disposant de 120 % du minimum social au plus (nombre)", "Niños en hogares con ingresos de hasta el 120 % del mínimo social (número)"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor");

    /// <summary>Children in households with an income up to 120% of the social minimum (%), Jeugdmonitor.</summary>
    public static Indicator SocialMinimumShare { get; } = new(
        IndicatorId.Parse("poverty.social-minimum-120.share"),
        Names("Kinderen in huishoudens tot 120% van het sociaal minimum (%)", "Children in households up to 120% of the social minimum (%)", "Kinder in Haushalten mit bis zu 120 % des sozialen Minimums (%)", "Enfants dans des ménages disposant de 120 % du minimum social au plus (%)", "Niños en hogares con ingresos de hasta el 120 % del mínimo social (%)"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor");

    /// <summary>Children in welfare (bijstand) households on 31 December (%), Jeugdmonitor.</summary>
    public static Indicator WelfareHouseholds { get; } = new(
        IndicatorId.Parse("poverty.welfare-households"),
        Names("Kinderen in bijstandshuishoudens", "Children in welfare (bijstand) households", "Kinder in Haushalten mit Sozialhilfe (bijstand)", "Enfants dans des ménages bénéficiaires de l'aide sociale (bijstand)", "Niños en hogares que reciben asistencia social (bijstand)"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.Snapshot], GoalArea.EssentialServices, Concern.Poverty,
        [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity], s_age, "Jeugdmonitor", snapshotDay: new AnnualDate(12, 31));

    /// <summary>Absolute absence: children of compulsory school age not enrolled at any school (count), OCW attendance reports.</summary>
    public static Indicator AbsoluteAbsence { get; } = new(
        IndicatorId.Parse("school.absolute-absence"),
        Names("Absoluut verzuim (niet ingeschreven)", "Absolute absence (not enrolled)", "Absoluter Schulabsentismus (an keiner Schule angemeldet)", "Absentéisme absolu (inscrits dans aucune école)", "Absentismo absoluto (sin matrícula en ningún centro)"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.SchoolYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "OCW");

    /// <summary>Long-term relative absence: enrolled but absent for four weeks or more (count), OCW.</summary>
    public static Indicator LongTermRelativeAbsence { get; } = new(
        IndicatorId.Parse("school.long-term-relative-absence"),
        Names("Langdurig relatief verzuim (4 weken of langer)", "Long-term relative absence (4+ weeks)", "Langfristiger relativer Schulabsentismus (4 Wochen oder länger)", "Absentéisme relatif de longue durée (4 semaines ou plus)", "Absentismo relativo de larga duración (4 semanas o más)"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.SchoolYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education], s_ageAndSex, "OCW");

    /// <summary>Children at home for three months or more without school (thuiszitters) (count), OCW.</summary>
    public static Indicator HomeSitters { get; } = new(
        IndicatorId.Parse("school.home-sitters"),
        Names("Thuiszitters (3 maanden of langer zonder onderwijs)", "Children at home 3+ months without school", "Kinder, die 3 Monate oder länger ohne Unterricht zu Hause sind", "Enfants restés à la maison sans école pendant 3 mois ou plus", "Niños en casa sin escolarizar durante 3 meses o más"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.SchoolYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.ChildrenWithDisability], s_ageAndSex, "OCW");

    /// <summary>Exemptions from compulsory schooling (count, context), OCW.</summary>
    public static Indicator SchoolingExemptions { get; } = new(
        IndicatorId.Parse("school.exemptions"),
        Names("Vrijstellingen van de leerplicht", "Exemptions from compulsory schooling", "Befreiungen von der Schulpflicht", "Dispenses de l'obligation scolaire", "Exenciones de la escolarización obligatoria"),
        IndicatorUnit.Count, Polarity.Context, [PeriodKind.SchoolYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.ChildrenWithDisability], s_age, "OCW");

    /// <summary>
    /// New early school leavers under 23 without a basic qualification, as a share of pupils (%), education
    /// registers; per education year from the count date 1 October to the next.
    /// </summary>
    public static Indicator EarlySchoolLeavers { get; } = new(
        IndicatorId.Parse("school.early-leavers"),
        Names("Nieuwe voortijdig schoolverlaters (jonger dan 23, zonder startkwalificatie)", "New early school leavers (under 23, no basic qualification)", "Neue vorzeitige Schulabgänger (unter 23, ohne Grundqualifikation)", "Nouveaux sortants précoces du système scolaire (moins de 23 ans, sans qualification de base)", "Nuevos casos de abandono escolar temprano (menores de 23 años, sin cualificación básica)"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.EducationYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "DUO");

    /// <summary>
    /// New early school leavers under 23 without a basic qualification (count), education registers; per
    /// education year from the count date 1 October to the next.
    /// </summary>
    public static Indicator EarlySchoolLeaversCount { get; } = new(
        IndicatorId.Parse("school.early-leavers.count"),
        Names("Nieuwe voortijdig schoolverlaters (jonger dan 23, zonder startkwalificatie) (aantal)", "New early school leavers (under 23, no basic qualification) (count)", "Neue vorzeitige Schulabgänger (unter 23, ohne Grundqualifikation) (Anzahl)", "Nouveaux sortants précoces du système scolaire (moins de 23 ans, sans qualification de base) (nombre)", "Nuevos casos de abandono escolar temprano (menores de 23 años, sin cualificación básica) (número)"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.EducationYear], GoalArea.EssentialServices, Concern.SchoolAttendance,
        [CrcArticle.Education, CrcArticle.GoalsOfEducation], s_ageAndSex, "DUO");

    /// <summary>Youth care and child protection use per half-year and per year (%, context), CBS youth care statistics.</summary>
    public static Indicator YouthCareUse { get; } = new(
        IndicatorId.Parse("care.youth-care-use"),
        Names("Jongeren met jeugdhulp of jeugdbescherming", "Young people in youth care or child protection", "Junge Menschen in der Jugendhilfe oder im Kinderschutz", "Jeunes suivis par l'aide à la jeunesse ou la protection de l'enfance", "Jóvenes atendidos por los servicios de ayuda a la juventud o de protección de menores"),
        IndicatorUnit.Percent, Polarity.Context, [PeriodKind.HalfYear, PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.Health, CrcArticle.ProtectionFromViolence, CrcArticle.ChildrenWithoutFamily, CrcArticle.ReviewOfTreatment, CrcArticle.Recovery], s_ageAndSex, "CBS");

    /// <summary>Pupils who report good wellbeing in the youth health survey (%), GGD/RIVM.</summary>
    public static Indicator Wellbeing { get; } = new(
        IndicatorId.Parse("care.wellbeing"),
        Names("Jongeren die zich goed voelen (welbevinden)", "Young people reporting good wellbeing", "Junge Menschen, die sich wohlfühlen (Wohlbefinden)", "Jeunes qui déclarent se sentir bien (bien-être)", "Jóvenes que declaran sentirse bien (bienestar)"),
        IndicatorUnit.Percent, Polarity.HigherIsBetter, [PeriodKind.SurveyWave], GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.Health, CrcArticle.LifeSurvivalAndDevelopment], s_ageAndSex, "GGD/RIVM");

    /// <summary>Pupils who report being bullied in the youth health survey (%), GGD/RIVM.</summary>
    public static Indicator Bullied { get; } = new(
        IndicatorId.Parse("care.bullied"),
        Names("Jongeren die gepest worden", "Young people who are bullied", "Junge Menschen, die gemobbt werden", "Jeunes victimes de harcèlement", "Jóvenes que sufren acoso"),
        IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.SurveyWave], GoalArea.SafeCleanEnvironment, Concern.Care,
        [CrcArticle.ProtectionFromViolence, CrcArticle.Health], s_ageAndSex, "GGD/RIVM");

    /// <summary>Road deaths aged 0–14 (count), CBS/SWOV.</summary>
    public static Indicator ChildRoadDeaths { get; } = new(
        IndicatorId.Parse("road-safety.deaths-0-14"),
        Names("Verkeersdoden van 0 tot en met 14 jaar", "Road deaths aged 0–14", "Verkehrstote im Alter von 0 bis 14 Jahren", "Tués sur la route âgés de 0 à 14 ans", "Fallecidos en accidentes de tráfico de 0 a 14 años"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.SafeCleanEnvironment, Concern.RoadSafety,
        [CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.Health, CrcArticle.BestInterests, CrcArticle.PlayAndLeisure], null, "CBS/SWOV");

    /// <summary>Seriously injured young cyclists (count), SWOV.</summary>
    public static Indicator InjuredYoungCyclists { get; } = new(
        IndicatorId.Parse("road-safety.injured-young-cyclists"),
        Names("Ernstig verkeersgewonde jonge fietsers", "Seriously injured young cyclists", "Schwer verletzte junge Radfahrende", "Jeunes cyclistes grièvement blessés", "Ciclistas jóvenes heridos graves"),
        IndicatorUnit.Count, Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.SafeCleanEnvironment, Concern.RoadSafety,
        [CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.Health, CrcArticle.BestInterests, CrcArticle.PlayAndLeisure], s_age, "SWOV");

    /// <summary>Play space as a share of residential area (%; the Dutch guideline is 3%), municipal data.</summary>
    public static Indicator PlaySpaceShare { get; } = new(
        IndicatorId.Parse("play.play-space-share"),
        Names("Speelruimte als aandeel van het woongebied (richtlijn 3%)", "Play space share of residential area (3% guideline)", "Spielflächen als Anteil des Wohngebiets (Richtwert 3 %)", "Part des espaces de jeu dans la zone résidentielle (valeur indicative : 3 %)", "Espacio de juego como proporción de la zona residencial (referencia: 3 %)"),
        IndicatorUnit.Percent, Polarity.HigherIsBetter, [PeriodKind.Snapshot], GoalArea.FamilyPlayLeisure, Concern.Play,
        [CrcArticle.PlayAndLeisure, CrcArticle.FreedomOfAssociation], null, "Gemeente");

    /// <summary>Whether a standing children's council (kindergemeenteraad, jongerenraad) is in place (yes/no), municipal data.</summary>
    public static Indicator ChildrensCouncil { get; } = new(
        IndicatorId.Parse("participation.childrens-council"),
        Names("Kindergemeenteraad of jongerenraad aanwezig", "Children's council in place", "Kinder- oder Jugendparlament vorhanden", "Conseil municipal d'enfants ou de jeunes en place", "Consejo municipal de infancia o de adolescencia constituido"),
        IndicatorUnit.YesNo, Polarity.HigherIsBetter, [PeriodKind.Snapshot], GoalArea.VoiceHeard, Concern.Participation,
        [CrcArticle.ViewsOfTheChild, CrcArticle.FreedomOfExpression, CrcArticle.FreedomOfAssociation, CrcArticle.KnowledgeOfRights], null, "Gemeente");

    /// <summary>
    /// Inhabitants on 1 January (count, context), CBS population statistics: the size of the municipality, which places
    /// it in a size class for comparisons with its peers (<see cref="Peers.SizeClasses"/>). Recorded like any figure, so
    /// its history is kept; filed under essential services, whose scale it sets.
    /// </summary>
    public static Indicator Population { get; } = new(
        IndicatorId.Parse("population.inhabitants"),
        Names("Inwoners op 1 januari", "Inhabitants on 1 January", "Einwohner am 1. Januar", "Habitants au 1er janvier", "Habitantes a 1 de enero"),
        IndicatorUnit.Count, Polarity.Context, [PeriodKind.Snapshot], GoalArea.EssentialServices, Concern.Care,
        [CrcArticle.FromNumber(4)], null, "CBS", snapshotDay: new AnnualDate(1, 1));

    /// <summary>All built-in indicators.</summary>
    public static IndicatorCatalogue Catalogue { get; } = new(
    [
        LowIncomeMinors, LongTermPovertyRisk, SocialMinimumCount, SocialMinimumShare, WelfareHouseholds,
        AbsoluteAbsence, LongTermRelativeAbsence, HomeSitters, SchoolingExemptions, EarlySchoolLeavers, EarlySchoolLeaversCount,
        YouthCareUse, Wellbeing, Bullied, ChildRoadDeaths, InjuredYoungCyclists, PlaySpaceShare, ChildrensCouncil, Population,
    ]);

    private static LocalizedText Names(string nl, string en, string de, string fr, string es) =>
        new LocalizedText("nl", nl).With("en", en).With("de", de).With("fr", fr).With("es", es);
}
