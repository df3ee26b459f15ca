namespace Cfc.Sdk.Participation;

/// <summary>How children took part: the form of a participation activity.</summary>
/// <remarks>The default value 0 is not a kind of participation.</remarks>
public enum ParticipationKind
{
    /// <summary>A standing children's or youth council (kinderraad, jongerenraad).</summary>
    Council = 1,

    /// <summary>A youth panel asked for its views, such as on the network's themes.</summary>
    Panel = 2,

    /// <summary>A consultation of children on a plan or decision.</summary>
    Consultation = 3,

    /// <summary>A survey among children.</summary>
    Survey = 4,

    /// <summary>A workshop or working session with children.</summary>
    Workshop = 5,

    /// <summary>Any other form of participation.</summary>
    Other = 6,
}
