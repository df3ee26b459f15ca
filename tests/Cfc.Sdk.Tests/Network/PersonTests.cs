using Cfc.Sdk.Network;

namespace Cfc.Sdk.Tests.Network;

public sealed class PersonTests
{
    private static readonly MemberId GooiseMeren = MemberId.For(MemberCode.GooiseMeren);

    [Fact]
    public void A_person_holds_a_display_name_a_role_and_an_optional_contact()
    {
        var person = new Person(GooiseMeren, " Fatima ", PersonRole.CivilServant, "jeugd@gooisemeren.nl");

        Assert.Equal("Fatima", person.DisplayName);
        Assert.Equal(PersonRole.CivilServant, person.Role);
        Assert.Equal("jeugd@gooisemeren.nl", person.Contact);
        Assert.Equal("Fatima (CivilServant, GM1942)", person.ToString());
        Assert.Null(new Person(GooiseMeren, "Wethouder", PersonRole.Administrator, " ").Contact);
    }

    [Fact]
    public void A_youth_representative_has_no_personal_contact()
    {
        var error = Assert.Throws<ArgumentException>(() => new Person(GooiseMeren, "Sam", PersonRole.YouthRepresentative, "sam@example.org"));

        Assert.Equal("contact", error.ParamName);
        Assert.Null(new Person(GooiseMeren, "Sam", PersonRole.YouthRepresentative).Contact);
    }

    [Fact]
    public void Bad_person_input_is_rejected()
    {
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new Person(default, "A", PersonRole.CivilServant)).ParamName);
        Assert.Equal("displayName", Assert.Throws<ArgumentException>(() => new Person(GooiseMeren, "", PersonRole.CivilServant)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => new Person(GooiseMeren, "A", 0)).ParamName);
        Assert.Equal("contact", Assert.Throws<ArgumentException>(() => new Person(GooiseMeren, "A", PersonRole.CivilServant, new string('x', Person.MaxContactLength + 1))).ParamName);
    }

    [Fact]
    public void Persons_with_the_same_values_are_equal()
    {
        var a = new Person(GooiseMeren, "A", PersonRole.Administrator, "a@b.nl");

        Assert.Equal(a, new Person(GooiseMeren, "A", PersonRole.Administrator, "a@b.nl"));
        Assert.True(a == new Person(GooiseMeren, "A", PersonRole.Administrator, "a@b.nl"));
        Assert.True(a != new Person(GooiseMeren, "A", PersonRole.CivilServant, "a@b.nl"));
        Assert.Equal(a.GetHashCode(), new Person(GooiseMeren, "A", PersonRole.Administrator, "a@b.nl").GetHashCode());
    }
}
