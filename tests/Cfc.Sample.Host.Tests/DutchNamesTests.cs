using System.Reflection;
using Cfc.Sample.Host.Texts;

namespace Cfc.Sample.Host.Tests;

/// <summary>Every value of every enum <see cref="DutchNames"/> names has a Dutch name of its own.</summary>
public sealed class DutchNamesTests
{
    public static TheoryData<Type> Enums { get; } = new(typeof(DutchNames).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(DutchNames.Of))
        .Select(m => m.GetParameters().Single().ParameterType));

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_value_has_a_distinct_Dutch_name(Type type)
    {
        var of = typeof(DutchNames).GetMethod(nameof(DutchNames.Of), [type])!;
        var names = Enum.GetValues(type).Cast<object>().Select(value => (string)of.Invoke(null, [value])!).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(names, name => Enum.GetNames(type).Contains(name, StringComparer.Ordinal) && name is not "Online");
    }

    [Fact]
    public void A_value_without_a_name_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DutchNames.Of((Cfc.Sdk.Programmes.ProgrammePhase)0));

        Assert.Equal("ProgrammePhase", error.ParamName);
    }
}
