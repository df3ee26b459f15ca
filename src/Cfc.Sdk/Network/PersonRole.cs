namespace Cfc.Sdk.Network;

/// <summary>The role a person has for a network member.</summary>
/// <remarks>The default value 0 is not a role.</remarks>
public enum PersonRole
{
    /// <summary>A municipal administrator (bestuurder), such as an alderman.</summary>
    Administrator = 1,

    /// <summary>A civil servant (ambtenaar).</summary>
    CivilServant = 2,

    /// <summary>A youth representative, such as a member of a children's or youth council.</summary>
    YouthRepresentative = 3,
}
