using System.Globalization;
using System.Resources;
using Cfc.Sample.Host.Pages;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Texts;

/// <summary>
/// The Dutch names of the domain's values, for Dutch text (the newsletter, pages): one place for them all, so that
/// the same value reads the same everywhere. JSON keeps the English names of the contract.
/// </summary>
/// <remarks>
/// The names start with a capital, as in a list or a heading; mid-sentence a caller lower-cases them. A value the
/// domain adds later without a name here is an <see cref="ArgumentOutOfRangeException"/>, which the tests catch.
/// The names the pages show as well (phases, meeting formats, agenda levels, goal areas) are read from the pages' Dutch
/// texts (<c>Pages/Text.nl.resx</c>, keys <c>Phase.*</c>, <c>MeetingFormat.*</c>, <c>Level.*</c>, <c>GoalArea.*</c>), so
/// that they are written once.
/// </remarks>
internal static class DutchNames
{
    private static readonly ResourceSet? s_dutchPages =
        new ResourceManager(typeof(Text)).GetResourceSet(CultureInfo.GetCultureInfo("nl"), createIfNotExists: true, tryParents: false);

    /// <summary>The Dutch name of a programme phase, e.g. <c>Situatieanalyse</c>.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not defined.</exception>
    public static string Of(ProgrammePhase phase) => FromPages($"Phase.{phase}", phase);

    /// <summary>The Dutch name of what is due at a programme's deadline, e.g. <c>Verlenging</c>.</summary>
    /// <param name="kind">The kind of deadline.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(ProgrammeDeadlineKind kind) => kind switch
    {
        ProgrammeDeadlineKind.RecognitionDue => "Erkenning",
        ProgrammeDeadlineKind.RenewalDue => "Verlenging",
        ProgrammeDeadlineKind.CompletionDue => "Afronding",
        _ => throw Undefined(kind),
    };

    /// <summary>The Dutch name of a kind of meeting, e.g. <c>Thematische bijeenkomst</c>.</summary>
    /// <param name="kind">The kind of meeting.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Thematic => "Thematische bijeenkomst",
        MeetingKind.LocalIssue => "Bijeenkomst over een lokaal vraagstuk",
        _ => throw Undefined(kind),
    };

    /// <summary>The Dutch name of a meeting's format, e.g. <c>Fysiek</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static string Of(MeetingFormat format) => FromPages($"MeetingFormat.{format}", format);

    /// <summary>The Dutch name of a kind of member, e.g. <c>Openbaar lichaam</c>.</summary>
    /// <param name="kind">The kind of member.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(MemberKind kind) => kind switch
    {
        MemberKind.Municipality => "Gemeente",
        MemberKind.PublicBody => "Openbaar lichaam",
        MemberKind.Organisation => "Organisatie",
        MemberKind.NetworkPartner => "Netwerkpartner",
        _ => throw Undefined(kind),
    };

    /// <summary>The Dutch name of a contact person's role, e.g. <c>Jongerenvertegenwoordiger</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public static string Of(PersonRole role) => role switch
    {
        PersonRole.Administrator => "Bestuurder",
        PersonRole.CivilServant => "Ambtenaar",
        PersonRole.YouthRepresentative => "Jongerenvertegenwoordiger",
        _ => throw Undefined(role),
    };

    /// <summary>The Dutch name of a bottleneck's agenda level, e.g. <c>Landelijk</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static string Of(EscalationLevel level) => FromPages($"Level.{level}", level);

    /// <summary>The Dutch name of a goal area of the Child Friendly Cities Initiative, e.g. <c>Elk kind wordt gehoord</c>.</summary>
    /// <param name="area">The goal area.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not defined.</exception>
    public static string Of(GoalArea area) => FromPages($"GoalArea.{area}", area);

    // The Dutch text of the pages (Pages/Text.nl.resx) itself, without falling back to the English.
    private static string FromPages<T>(string key, T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) && s_dutchPages?.GetString(key) is { } name ? name : throw Undefined(value);

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum =>
        new(typeof(T).Name, value, $"{value} is not a {typeof(T).Name} with a Dutch name.");
}
