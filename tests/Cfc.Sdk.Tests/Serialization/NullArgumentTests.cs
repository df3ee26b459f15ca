using System.Reflection;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>
/// Every public constructor and method of the rights, network, meeting, practice, bottleneck and newsletter types refuses
/// <see langword="null"/> for a parameter not declared nullable with <see cref="ArgumentNullException"/> naming it.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly MeetingParticipant DenHaag = MeetingParticipant.For(MemberCode.DenHaag, DateTimeZoneProviders.Tzdb);
    private static readonly string[] Namespaces = ["Cfc.Sdk.Rights", "Cfc.Sdk.Network", "Cfc.Sdk.Meetings", "Cfc.Sdk.Practices", "Cfc.Sdk.Bottlenecks", "Cfc.Sdk.Newsletters"];

    /// <summary>A valid value of each parameter type, chosen so that every other argument of a call is valid together.</summary>
    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(string)] = "jeugd@gooisemeren.nl",
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
        [typeof(MemberId)] = MemberId.For(MemberCode.DenHaag),
        [typeof(OrganisationId)] = OrganisationId.Parse("o01"),
        [typeof(LocalDate)] = new LocalDate(2024, 1, 16),
        [typeof(LocalDateTime)] = new LocalDateTime(2024, 1, 16, 15, 0),
        [typeof(ZonedDateTime)] = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam),
        [typeof(Duration)] = Duration.FromHours(1),
        [typeof(int)] = 1,
        [typeof(bool)] = true,
    };

    private static readonly Dictionary<Type, object> Instances = new()
    {
        [typeof(Newsletter)] = new Newsletter("N", new NewsletterSchedule(new LocalDate(2024, 1, 10))),
        [typeof(Meeting)] = new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam), Duration.FromHours(1)),
        [typeof(MemberCode)] = MemberCode.DenHaag,
    };

    public static TheoryData<string> Calls()
    {
        var calls = new TheoryData<string>();
        foreach (var (member, parameter) in Candidates())
        {
            calls.Add($"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", ((MethodBase)member).GetParameters().Select(p => p.ParameterType.Name))}) {parameter.Name}");
        }

        return calls;
    }

    [Fact]
    public void There_are_calls_to_check() =>
        Assert.True(Candidates().Count() > 20);

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_null_argument_is_an_argument_null_exception_naming_it(string call)
    {
        var (member, parameter) = Candidates().Single(c => call == $"{c.Member.DeclaringType!.Name}.{c.Member.Name}({string.Join(", ", ((MethodBase)c.Member).GetParameters().Select(p => p.ParameterType.Name))}) {c.Parameter.Name}");
        var method = (MethodBase)member;
        var args = method.GetParameters().Select(p => p == parameter ? null : Sample(p)).ToArray();

        var thrown = Assert.Throws<TargetInvocationException>(() =>
        {
            if (method is ConstructorInfo constructor)
            {
                constructor.Invoke(args);
            }
            else
            {
                method.Invoke(method.IsStatic ? null : Instances[method.DeclaringType!], args);
            }
        });

        var refused = Assert.IsType<ArgumentNullException>(thrown.InnerException);
        Assert.Equal(parameter.Name, refused.ParamName);
    }

    private static object? Sample(ParameterInfo parameter)
    {
        if (parameter.ParameterType.IsEnum)
        {
            return Enum.GetValues(parameter.ParameterType).GetValue(0);
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return Samples.TryGetValue(type, out var value) ? value : throw new InvalidOperationException($"No sample for {type}.");
    }

    private static IEnumerable<(MemberInfo Member, ParameterInfo Parameter)> Candidates()
    {
        var nullability = new NullabilityInfoContext();
        var types = typeof(Member).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace));
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && m.Name is not ("Equals" or "TryParse" or "TryFromNumber") && (m.IsStatic || Instances.ContainsKey(type))));
            foreach (var member in members)
            {
                foreach (var parameter in member.GetParameters())
                {
                    if (!parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.NotNull)
                    {
                        yield return (member, parameter);
                    }
                }
            }
        }
    }
}
