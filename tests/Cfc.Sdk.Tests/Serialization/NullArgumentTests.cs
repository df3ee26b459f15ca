using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

using Cfc.Testing;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>
/// Every public constructor and method of every public type of the SDK refuses <see langword="null"/> for a reference-type
/// parameter its nullability annotations declare non-nullable, with an <see cref="ArgumentNullException"/> naming it.
/// </summary>
/// <remarks>
/// JSON converters are left out: System.Text.Json calls them, never with <see langword="null"/>, and never users.
/// </remarks>
public sealed class NullArgumentTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly MeetingParticipant DenHaag = MeetingParticipant.For(MemberCode.DenHaag, DateTimeZoneProviders.Tzdb);

    /// <summary>A valid value of each parameter type, chosen so that every other argument of a call is valid together.</summary>
    private static readonly Dictionary<Type, object> ParameterSamples = new()
    {
        [typeof(string)] = "jeugd@gooisemeren.nl",
        [typeof(KeyValuePair<string, string>)] = new KeyValuePair<string, string>("nl", "Jeugd"),
        [typeof(System.Globalization.CultureInfo)] = System.Globalization.CultureInfo.InvariantCulture,
        [typeof(AnnualDate)] = new AnnualDate(1, 1),
        [typeof(ForecastOptions)] = new ForecastOptions(),
        [typeof(SizeClass)] = SizeClasses.Cbs[3],
        [typeof(IEnumerable<string>)] = new[] { "spelen" },
        [typeof(IEnumerable<GoalArea>)] = new[] { GoalArea.VoiceHeard },
        [typeof(IEnumerable<CrcArticle>)] = new[] { CrcArticle.Health },
        [typeof(IEnumerable<MeetingTheme>)] = new[] { new MeetingTheme("spelen") },
        [typeof(IEnumerable<MeetingParticipant>)] = Array.Empty<MeetingParticipant>(),
        [typeof(MeetingParticipant)] = DenHaag,
        [typeof(DateTimeZone)] = Amsterdam,
        [typeof(IDateTimeZoneProvider)] = DateTimeZoneProviders.Tzdb,
        [typeof(ExpertiseProfile)] = new ExpertiseProfile("Kennis"),
        [typeof(NewsletterSchedule)] = new NewsletterSchedule(new LocalDate(2024, 1, 10)),
        [typeof(Member)] = Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", DateTimeZoneProviders.Tzdb),
        [typeof(Period)] = Period.FromWeeks(6),
        [typeof(MemberCode)] = MemberCode.DenHaag,
        [typeof(MemberProgrammeRules)] = MemberProgrammeRules.Germany,
        [typeof(NationalCodeFormat)] = NationalCodeFormat.Germany,
        [typeof(Func<int, ProgrammeRules>)] = (Func<int, ProgrammeRules>)ProgrammeRules.Germany,
        [typeof(MemberId)] = MemberId.For(MemberCode.DenHaag),
        [typeof(OrganisationId)] = OrganisationId.Parse("o01"),
        [typeof(LocalDate)] = new LocalDate(2024, 1, 16),
        [typeof(LocalDateTime)] = new LocalDateTime(2024, 1, 16, 15, 0),
        [typeof(ZonedDateTime)] = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam),
        [typeof(Duration)] = Duration.FromHours(1),
        [typeof(Instant)] = Instant.FromUtc(2024, 1, 16, 14, 0),
        [typeof(int)] = 1,
        [typeof(long)] = 1L,
        [typeof(double)] = 1.0,
        [typeof(decimal)] = 1m,
        [typeof(bool)] = true,
        [typeof(Type)] = typeof(CrcArticle),
        [typeof(IClock)] = new FakeClock(Instant.FromUtc(2024, 1, 16, 14, 0)),
        [typeof(TimeProvider)] = TimeProvider.System,
        [typeof(IServiceCollection)] = new ServiceCollection(),
        [typeof(IConfiguration)] = new ConfigurationBuilder().Build(),
        [typeof(JsonSerializerOptions)] = new JsonSerializerOptions().ConfigureForCfcSdk(),
        [typeof(DisclosureControl)] = new DisclosureControl(new DisclosureOptions()),
        [typeof(SdmxDataflow)] = new SdmxDataflow(new SdmxOptions()),
        [typeof(Stream)] = new MemoryStream(),
        [typeof(IReadOnlyDictionary<MemberCode, string>)] = new Dictionary<MemberCode, string> { [MemberCode.DenHaag] = "'s-Gravenhage" },
        [typeof(TextWriter)] = new StringWriter(),
        [typeof(PublishedFigure)] = PublishedFigure.Of(new DisclosureControl(new DisclosureOptions()), DutchIndicators.HomeSitters,
            [Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.Parse("2022/2023"), 47)])[0],
        [typeof(ReadinessRules)] = ReadinessRules.Netherlands,
        [typeof(ReadinessFinding)] = new ReadinessFinding(ReadinessFindingKind.NoStandingBody),
        [typeof(CriterionReadiness)] = new CriterionReadiness(MinimumCriterion.Results, CriterionStatus.NotMet, [], [new ReadinessFinding(ReadinessFindingKind.MoreGoalAreas, count: 3)]),
        [typeof(RecognitionEvidence)] = new RecognitionEvidence(MemberCode.DenHaag, new LocalDate(2024, 1, 16), new Programme(ProgrammeRules.Netherlands), [], [], [], []),
    };

    public static TheoryData<string> Calls() => new(Candidates().Select(c => c.Call));

    [Fact]
    public void There_are_calls_to_check_in_every_namespace_of_the_sdk()
    {
        var namespaces = typeof(Member).Assembly.GetExportedTypes().Select(t => t.Namespace).Distinct();
        var checkedNamespaces = Candidates().Select(c => c.Method.DeclaringType!.Namespace).ToHashSet();

        var unswept = namespaces.Where(n => !checkedNamespaces.Contains(n)).ToList();

        Assert.True(Candidates().Count() > 80);
        Assert.Empty(unswept);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_null_argument_is_an_argument_null_exception_naming_it(string call)
    {
        var (_, method, parameter) = Candidates().Single(c => c.Call == call);
        var args = method.GetParameters().Select(p => p == parameter || p.IsOut ? null : Sample(p.ParameterType)).ToArray();
        Exception? thrown = null;
        try
        {
            if (method is ConstructorInfo constructor)
            {
                constructor.Invoke(args);
            }
            else
            {
                method.Invoke(method.IsStatic ? null : Sample(method.DeclaringType!), args);
            }
        }
        catch (TargetInvocationException e)
        {
            thrown = e.InnerException;
        }

        var refused = thrown is ArgumentNullException e2 && e2.ParamName == parameter.Name;
        Assert.True(refused, $"{call} with null {parameter.Name} threw {thrown?.GetType().Name ?? "nothing"}: {thrown?.Message}");
    }

    private static object Sample(Type type)
    {
        type = type.IsByRef ? type.GetElementType()! : type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0)!;
        }

        if (ParameterSamples.TryGetValue(type, out var sample))
        {
            return sample;
        }

        if (DomainSamples.All().FirstOrDefault(s => s.GetType() == type) is { } stored)
        {
            return stored;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            var element = type.GetGenericArguments()[0];
            var one = Array.CreateInstance(element, 1);
            one.SetValue(Sample(element), 0);
            return one;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var one = Array.CreateInstance(element, 1);
            one.SetValue(Sample(element), 0);
            return typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [one])!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Action<>))
        {
            return typeof(NullArgumentTests).GetMethod(nameof(DoNothing), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type.GetGenericArguments()[0]).CreateDelegate(type);
        }

        return DomainSamples.All().FirstOrDefault(type.IsInstanceOfType)
            ?? throw new InvalidOperationException($"No sample for {type}: add one to {nameof(ParameterSamples)}.");
    }

    private static void DoNothing<T>(T value)
    {
    }

    private static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>" : type.Name;

    private static IEnumerable<(string Call, MethodBase Method, ParameterInfo Parameter)> Candidates()
    {
        var nullability = new NullabilityInfoContext();
        var types = typeof(Member).Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && !t.IsInterface && !typeof(JsonConverter).IsAssignableFrom(t));
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = (type.IsAbstract ? [] : type.GetConstructors().Cast<MethodBase>())
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.Name is not nameof(Equals)));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => (p.ParameterType.GetElementType() ?? p.ParameterType).IsByRefLike))
                {
                    continue;
                }

                foreach (var parameter in parameters)
                {
                    if (!parameter.ParameterType.IsValueType && !parameter.ParameterType.IsByRef && nullability.Create(parameter).WriteState == NullabilityState.NotNull)
                    {
                        var call = $"{NameOf(type)}.{member.Name}({string.Join(", ", parameters.Select(p => NameOf(p.ParameterType)))}) {parameter.Name}";
                        yield return (call, member, parameter);
                    }
                }
            }
        }
    }
}
