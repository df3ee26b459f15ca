namespace Cfc.Sdk.Programmes;

/// <summary>
/// A phase of a municipality's Child Friendly Cities programme: the seven phases of the cycle, in
/// order, followed by the four ways a programme can leave it.
/// </summary>
/// <remarks>
/// The cycle runs <see cref="Applied"/> → <see cref="Agreement"/> → <see cref="SituationAnalysis"/> →
/// <see cref="ActionPlan"/> → <see cref="Implementation"/> → <see cref="Evaluation"/> → <see cref="Recognised"/>;
/// a renewal starts again at <see cref="ActionPlan"/>. The exits are <see cref="NotRecognised"/>,
/// <see cref="Withdrawn"/>, <see cref="Suspended"/> (the only resumable one) and <see cref="Lapsed"/>.
/// The default value 0 is not a phase.
/// </remarks>
public enum ProgrammePhase
{
    /// <summary>The municipality has applied to take part.</summary>
    Applied = 1,

    /// <summary>The agreement (memorandum of understanding) with the national committee is signed; the municipality is a candidate from here.</summary>
    Agreement = 2,

    /// <summary>The situation of children is analysed, with children.</summary>
    SituationAnalysis = 3,

    /// <summary>An action plan is drawn up and adopted; on a renewal, the new action plan that starts the new cycle.</summary>
    ActionPlan = 4,

    /// <summary>The action plan is carried out.</summary>
    Implementation = 5,

    /// <summary>Results are monitored and evaluated.</summary>
    Evaluation = 6,

    /// <summary>The municipality is recognised as child-friendly, for the validity period of its national committee's rules.</summary>
    Recognised = 7,

    /// <summary>Exit: the evaluation did not lead to recognition. The programme ends.</summary>
    NotRecognised = 8,

    /// <summary>Exit: the municipality or the national committee withdrew from the programme. The programme ends.</summary>
    Withdrawn = 9,

    /// <summary>Exit: the programme is on hold; it resumes in the phase it was suspended from.</summary>
    Suspended = 10,

    /// <summary>Exit: the recognition ended without a renewal. The programme ends.</summary>
    Lapsed = 11,
}
