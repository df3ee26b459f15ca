namespace Cfc.Sdk.Rights;

/// <summary>
/// The five outcome areas of UNICEF's Child Friendly Cities Initiative (CFCI) framework:
/// what every child and young person in a child-friendly municipality has.
/// </summary>
/// <remarks>The numeric values are the framework's own numbering (1–5); the default value 0 is not a goal area.</remarks>
public enum GoalArea
{
    /// <summary>1. Is valued, respected and treated fairly within their community and by local authorities.</summary>
    ValuedRespectedTreatedFairly = 1,

    /// <summary>2. Has their voice, needs and priorities heard in laws, policies, budgets, programmes and decisions.</summary>
    VoiceHeard = 2,

    /// <summary>3. Has access to quality essential services: health, education, nutrition, early childhood, justice, family support.</summary>
    EssentialServices = 3,

    /// <summary>4. Lives in a safe, secure and clean environment: protection, mobility, urban design, no pollution.</summary>
    SafeCleanEnvironment = 4,

    /// <summary>5. Has opportunities to enjoy family life, play and leisure.</summary>
    FamilyPlayLeisure = 5,
}
