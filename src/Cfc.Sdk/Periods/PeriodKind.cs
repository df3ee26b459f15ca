namespace Cfc.Sdk.Periods;

/// <summary>The kinds of period that Dutch child-rights figures are reported for.</summary>
/// <remarks>The default value 0 is not a period kind.</remarks>
public enum PeriodKind
{
    /// <summary>A calendar year, 1 January to 31 December; text <c>2023</c>.</summary>
    CalendarYear = 1,

    /// <summary>A school year, 1 August to 31 July; text <c>2023/2024</c> (CBS also writes <c>2023/'24</c>).</summary>
    SchoolYear = 2,

    /// <summary>A half-year, January–June or July–December; text <c>2023-H1</c> or <c>2023-H2</c>.</summary>
    HalfYear = 3,

    /// <summary>A snapshot on one date, such as the 31 December count; text <c>2023-12-31</c>.</summary>
    Snapshot = 4,

    /// <summary>
    /// A survey wave named by the year of its fieldwork, such as the four-yearly GGD youth monitor
    /// (fieldwork October–November); text <c>2023-wave</c>.
    /// </summary>
    SurveyWave = 5,

    /// <summary>
    /// An education year as the education registers count it, from the count date 1 October to the next
    /// 1 October (1 October to 30 September inclusive), such as for new early school leavers; text
    /// <c>2023-10/2024-09</c>, the ISO 8601 interval of its first and last month, which cannot be
    /// mistaken for the school year <c>2023/2024</c>.
    /// </summary>
    EducationYear = 6,
}
