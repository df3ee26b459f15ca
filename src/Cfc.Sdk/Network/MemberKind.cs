namespace Cfc.Sdk.Network;

/// <summary>The kinds of network member.</summary>
/// <remarks>The default value 0 is not a kind of member.</remarks>
public enum MemberKind
{
    /// <summary>A Dutch municipality (gemeente), by its CBS code.</summary>
    Municipality = 1,

    /// <summary>A Caribbean public body (openbaar lichaam): Bonaire, Sint Eustatius or Saba, by its code.</summary>
    PublicBody = 2,

    /// <summary>An implementing organisation (uitvoeringsorganisatie) with an expertise profile.</summary>
    Organisation = 3,

    /// <summary>A network partner: an organisation that supports the network, optionally with an expertise profile.</summary>
    NetworkPartner = 4,
}
