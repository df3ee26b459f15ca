using System.Collections.Immutable;

namespace Cfc.Sdk.Rights;

/// <summary>Descriptions and checks for <see cref="GoalArea"/> values.</summary>
public static class GoalAreas
{
    /// <summary>All five goal areas in the framework's order.</summary>
    public static IReadOnlyList<GoalArea> All { get; } = ImmutableArray.Create(
        GoalArea.ValuedRespectedTreatedFairly,
        GoalArea.VoiceHeard,
        GoalArea.EssentialServices,
        GoalArea.SafeCleanEnvironment,
        GoalArea.FamilyPlayLeisure);

    /// <summary>Whether <paramref name="area"/> is one of the five defined goal areas.</summary>
    /// <param name="area">The value to check.</param>
    /// <returns><see langword="true"/> for a defined goal area.</returns>
    public static bool IsDefined(GoalArea area) => area is >= GoalArea.ValuedRespectedTreatedFairly and <= GoalArea.FamilyPlayLeisure;

    /// <summary>The goal area's outcome in English, as the CFCI framework words it.</summary>
    /// <param name="area">A defined goal area.</param>
    /// <returns>The outcome statement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined goal area.</exception>
    public static string EnglishDescription(GoalArea area) => area switch
    {
        GoalArea.ValuedRespectedTreatedFairly => "Every child is valued, respected and treated fairly within their communities and by local authorities.",
        GoalArea.VoiceHeard => "Every child has their voice, needs and priorities heard and taken into account in public laws, policies, budgets, programmes and decisions that affect them.",
        GoalArea.EssentialServices => "Every child has access to quality essential social services.",
        GoalArea.SafeCleanEnvironment => "Every child lives in a safe, secure and clean environment.",
        GoalArea.FamilyPlayLeisure => "Every child has opportunities to enjoy family life, play and leisure.",
        _ => throw Undefined(area),
    };

    /// <summary>The goal area's outcome in Dutch.</summary>
    /// <param name="area">A defined goal area.</param>
    /// <returns>The outcome statement in Dutch.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined goal area.</exception>
    public static string DutchDescription(GoalArea area) => area switch
    {
        GoalArea.ValuedRespectedTreatedFairly => "Elk kind wordt gewaardeerd, gerespecteerd en eerlijk behandeld door de gemeenschap en de lokale overheid.",
        GoalArea.VoiceHeard => "Elk kind wordt gehoord: zijn stem, behoeften en prioriteiten tellen mee in regels, beleid, begrotingen, programma's en besluiten.",
        GoalArea.EssentialServices => "Elk kind heeft toegang tot goede basisvoorzieningen: gezondheid, onderwijs, voeding, vroege ontwikkeling, recht en gezinsondersteuning.",
        GoalArea.SafeCleanEnvironment => "Elk kind leeft in een veilige, beschermde en schone omgeving.",
        GoalArea.FamilyPlayLeisure => "Elk kind heeft kansen op gezinsleven, spel en vrije tijd.",
        _ => throw Undefined(area),
    };

    internal static ArgumentOutOfRangeException Undefined(GoalArea area) =>
        new(nameof(area), area, $"'{area}' is not a CFCI goal area; the framework defines goal areas 1 to 5.");

    /// <summary>The one way a type's goal areas are cleaned: each defined area once, in the framework's order.</summary>
    internal static IReadOnlyList<GoalArea> Normalise(IEnumerable<GoalArea>? areas, string paramName)
    {
        var set = new SortedSet<GoalArea>();
        foreach (var area in areas ?? [])
        {
            set.Add(IsDefined(area) ? area : throw new ArgumentOutOfRangeException(paramName, area, $"'{area}' is not a CFCI goal area."));
        }

        return set.ToImmutableArray();
    }
}
