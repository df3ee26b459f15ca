namespace Cfc.Sdk.Matching.Issues;

/// <summary>The age groups a local issue concerns; any combination of the flags.</summary>
/// <remarks>The default value, <see cref="None"/>, means the issue names no particular age group.</remarks>
[Flags]
public enum AgeGroups
{
    /// <summary>No particular age group.</summary>
    None = 0,

    /// <summary>Babies, toddlers and pre-schoolers, 0 to 4 years.</summary>
    EarlyChildhood = 1,

    /// <summary>Children of primary-school age, 4 to 12 years.</summary>
    Children = 2,

    /// <summary>Adolescents, 12 to 18 years.</summary>
    Adolescents = 4,

    /// <summary>Young adults, 18 to 23 years.</summary>
    YoungAdults = 8,
}
