using System.Globalization;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// The rules a national committee applies to its programmes, as data: its own order of phases (<see cref="Steps"/>,
/// each with the committee's name for it), how long from agreement to recognition and to the end of the first
/// cycle, how long a recognition is valid, which minimum criteria a recognition needs and whether a programme may
/// start at <see cref="ProgrammePhase.Agreement"/> without an application.
/// </summary>
/// <remarks>
/// <para>
/// The presets follow the national programmes: <see cref="Netherlands"/> (the default), <see cref="UnitedKingdom"/>,
/// <see cref="Germany"/> (by population) and <see cref="Spain"/>; <see cref="Preset"/> finds them by name. Where a
/// national programme does not say, a preset takes the Dutch value.
/// </para>
/// <para>
/// The steps start with <see cref="ProgrammePhase.Applied"/> and <see cref="ProgrammePhase.Agreement"/>; an optional
/// <see cref="ProgrammePhase.SituationAnalysis"/> comes before <see cref="ProgrammePhase.ActionPlan"/>, and
/// <see cref="ProgrammePhase.Recognised"/> (with optional <see cref="ProgrammePhase.Implementation"/> and
/// <see cref="ProgrammePhase.Evaluation"/>, in the committee's order) after it. The steps from the action plan on are
/// the cycle a renewal runs again. A recognition is decided at the step just before <see cref="ProgrammePhase.Recognised"/>.
/// </para>
/// <para>
/// <see cref="MinimumToRecognition"/> and <see cref="MaximumDuration"/> are measured from the agreement and apply to
/// the first cycle. A renewal cycle has no minimum; it must start (with a new action plan) while the recognition is
/// valid, and it is overdue once that recognition has ended without a new one. It must reach its recognition within
/// <see cref="MaximumDuration"/> from its start (or by the end of the recognition it renews, if later); after that
/// the programme has lapsed.
/// </para>
/// <para>
/// Immutable. Two rule sets are equal when all their values are equal (steps in order, periods compared component by
/// component).
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ProgrammeRules : IEquatable<ProgrammeRules>
{
    private static readonly LocalDate s_reference = new(2000, 1, 1);

    private static readonly ImmutableArray<ProgrammeStep> s_germanSteps =
    [
        new(ProgrammePhase.Applied, "Application"), new(ProgrammePhase.Agreement), new(ProgrammePhase.SituationAnalysis, "Baseline review"),
        new(ProgrammePhase.ActionPlan, "Action plan adopted by council"), new(ProgrammePhase.Recognised, "Seal"),
        new(ProgrammePhase.Implementation), new(ProgrammePhase.Evaluation, "Final review"),
    ];

    /// <summary>Creates a rule set.</summary>
    /// <param name="nationalCommittee">The national committee (or programme) the rules belong to, e.g. <c>UNICEF Nederland</c>.</param>
    /// <param name="minimumToRecognition">The least time from agreement to a first recognition; <see cref="Period.Zero"/> for none.</param>
    /// <param name="maximumDuration">The time from agreement within which the first cycle reaches its last step (the recognition in the Netherlands, the final review in Germany); after it the programme is overdue.</param>
    /// <param name="recognitionValidity">How long a recognition is valid, counted from its date: recognised on 2026-12-01 for 3 years, its last day is 2029-11-30.</param>
    /// <param name="requiredCriteria">The minimum criteria a recognition needs evidence for; <see langword="null"/> for all three.</param>
    /// <param name="applicationMayBeSkipped">Whether a programme may start at <see cref="ProgrammePhase.Agreement"/> without <see cref="ProgrammePhase.Applied"/>.</param>
    /// <param name="renewalWindow">How long before a recognition ends its renewal is reported as due; <see langword="null"/> for <see cref="DefaultRenewalWindow"/>.</param>
    /// <param name="steps">The committee's order of phases; <see langword="null"/> for <see cref="CommonSteps"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nationalCommittee"/>, a period or one of <paramref name="steps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="nationalCommittee"/> is blank; a period has a time component or a negative part;
    /// <paramref name="maximumDuration"/> or <paramref name="recognitionValidity"/> is zero; the maximum is shorter than the minimum;
    /// the renewal window is longer than the validity; or the steps are not in an order described in the remarks.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">One of <paramref name="requiredCriteria"/> is not defined.</exception>
    public ProgrammeRules(
        string nationalCommittee,
        Period minimumToRecognition,
        Period maximumDuration,
        Period recognitionValidity,
        IEnumerable<MinimumCriterion>? requiredCriteria = null,
        bool applicationMayBeSkipped = true,
        Period? renewalWindow = null,
        IEnumerable<ProgrammeStep>? steps = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nationalCommittee);
        CheckPeriod(minimumToRecognition, nameof(minimumToRecognition), allowZero: true);
        CheckPeriod(maximumDuration, nameof(maximumDuration), allowZero: false);
        CheckPeriod(recognitionValidity, nameof(recognitionValidity), allowZero: false);
        if (s_reference.Plus(maximumDuration) < s_reference.Plus(minimumToRecognition))
        {
            throw new ArgumentException(
                $"The maximum duration ({PeriodPattern.Roundtrip.Format(maximumDuration)}) is shorter than the minimum time to recognition ({PeriodPattern.Roundtrip.Format(minimumToRecognition)}).",
                nameof(maximumDuration));
        }

        renewalWindow ??= DefaultRenewalWindow;
        CheckPeriod(renewalWindow, nameof(renewalWindow), allowZero: true);
        if (s_reference.Plus(renewalWindow) > s_reference.Plus(recognitionValidity))
        {
            throw new ArgumentException(
                $"The renewal window ({PeriodPattern.Roundtrip.Format(renewalWindow)}) is longer than the recognition's validity ({PeriodPattern.Roundtrip.Format(recognitionValidity)}).",
                nameof(renewalWindow));
        }

        NationalCommittee = nationalCommittee.Trim();
        MinimumToRecognition = minimumToRecognition;
        MaximumDuration = maximumDuration;
        RecognitionValidity = recognitionValidity;
        RequiredCriteria = MinimumCriteria.Clean(requiredCriteria ?? AllCriteria, nameof(requiredCriteria));
        ApplicationMayBeSkipped = applicationMayBeSkipped;
        RenewalWindow = renewalWindow;
        Steps = steps is null ? CommonSteps : CheckSteps(steps);
    }

    /// <summary>The default renewal window: six months before a recognition ends.</summary>
    public static Period DefaultRenewalWindow { get; } = Period.FromMonths(6);

    /// <summary>The three global minimum criteria, in order.</summary>
    public static ImmutableArray<MinimumCriterion> AllCriteria { get; } =
        [MinimumCriterion.Results, MinimumCriterion.Participation, MinimumCriterion.NonDiscrimination];

    /// <summary>
    /// The global cycle, each step under its common name: Applied → Agreement → SituationAnalysis → ActionPlan →
    /// Implementation → Evaluation → Recognised.
    /// </summary>
    public static ImmutableArray<ProgrammeStep> CommonSteps { get; } =
    [
        new(ProgrammePhase.Applied), new(ProgrammePhase.Agreement), new(ProgrammePhase.SituationAnalysis), new(ProgrammePhase.ActionPlan),
        new(ProgrammePhase.Implementation), new(ProgrammePhase.Evaluation), new(ProgrammePhase.Recognised),
    ];

    /// <summary>The names <see cref="Preset"/> knows, in order: <c>Netherlands</c>, <c>UnitedKingdom</c>, <c>Germany</c> (needs the population), <c>Spain</c>.</summary>
    public static ImmutableArray<string> PresetNames { get; } = ["Netherlands", "UnitedKingdom", "Germany", "Spain"];

    /// <summary>
    /// UNICEF Nederland, the default: the global cycle, recognition 3 to 5 years after the agreement, valid 3 years,
    /// all three criteria, the application may be skipped.
    /// </summary>
    public static ProgrammeRules Netherlands { get; } =
        new("UNICEF Nederland", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3));

    /// <summary>
    /// UNICEF UK: Discovery (situation analysis) → Development (action plan) → Delivery (implementation) → Recognition
    /// by an independent panel, decided at the end of Delivery; recognition after at least 3 years and within 5, valid
    /// 3 years, renewable; the application may be skipped.
    /// </summary>
    public static ProgrammeRules UnitedKingdom { get; } =
        new("UNICEF UK", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3), steps:
        [
            new(ProgrammePhase.Applied), new(ProgrammePhase.Agreement), new(ProgrammePhase.SituationAnalysis, "Discovery"),
            new(ProgrammePhase.ActionPlan, "Development"), new(ProgrammePhase.Implementation, "Delivery"), new(ProgrammePhase.Recognised, "Recognition"),
        ]);

    /// <summary>
    /// UNICEF Comité Español (Ciudades Amigas de la Infancia): a programme starts with an application to the yearly
    /// call; situation analysis, a budgeted plan, implementation and a mid-term report lead to a recognition valid
    /// 4 years, renewable. Times to recognition as in the Netherlands (3 to 5 years). The place of the mid-term
    /// report before the recognition is inferred.
    /// </summary>
    public static ProgrammeRules Spain { get; } =
        new("UNICEF Comité Español", Period.FromYears(3), Period.FromYears(5), Period.FromYears(4), applicationMayBeSkipped: false, steps:
        [
            new(ProgrammePhase.Applied, "Yearly call"), new(ProgrammePhase.Agreement), new(ProgrammePhase.SituationAnalysis),
            new(ProgrammePhase.ActionPlan, "Budgeted plan"), new(ProgrammePhase.Implementation), new(ProgrammePhase.Evaluation, "Mid-term report"),
            new(ProgrammePhase.Recognised),
        ]);

    /// <summary>The default rules: <see cref="Netherlands"/>.</summary>
    public static ProgrammeRules Default => Netherlands;

    /// <summary>The national committee (or programme) the rules belong to.</summary>
    public string NationalCommittee { get; }

    /// <summary>The committee's order of phases, each with its own name; see the remarks for the orders allowed.</summary>
    public ImmutableArray<ProgrammeStep> Steps { get; }

    /// <summary>The least time from agreement to a first recognition; <see cref="Period.Zero"/> for none.</summary>
    public Period MinimumToRecognition { get; }

    /// <summary>
    /// The time from agreement within which the first cycle reaches its last step (the recognition in the
    /// Netherlands, the final review in Germany); after it a programme that has not is overdue.
    /// </summary>
    public Period MaximumDuration { get; }

    /// <summary>How long a recognition is valid: it holds from its date up to and including the day before its date plus this period.</summary>
    public Period RecognitionValidity { get; }

    /// <summary>The minimum criteria a recognition needs evidence for, each once, in order.</summary>
    public ImmutableArray<MinimumCriterion> RequiredCriteria { get; }

    /// <summary>Whether a programme may start at <see cref="ProgrammePhase.Agreement"/> without <see cref="ProgrammePhase.Applied"/>.</summary>
    public bool ApplicationMayBeSkipped { get; }

    /// <summary>How long before a recognition ends its renewal is reported as due (<see cref="ProgrammeStatus.RenewalDue"/>).</summary>
    public Period RenewalWindow { get; }

    /// <summary>The phase of the last step of a cycle: after it only a renewal follows.</summary>
    internal ProgrammePhase LastPhase => Steps[^1].Phase;

    /// <summary>The phase of the step at which a recognition is decided (the one before <see cref="ProgrammePhase.Recognised"/>).</summary>
    internal ProgrammePhase DecisionPhase => Steps[IndexOf(ProgrammePhase.Recognised) - 1].Phase;

    /// <summary>
    /// Kinderfreundliche Kommunen (UNICEF Deutschland with the Deutsches Kinderhilfswerk): application → agreement →
    /// baseline review → action plan adopted by the council → seal → implementation → final review. The programme
    /// (agreement to final review) runs 4 years for fewer than 50,000 inhabitants, 4½ years below 150,000 and 5 years
    /// from 150,000; the seal follows the council's adoption of the action plan (no minimum time), is valid 3 years
    /// and lapses without a new action plan; a programme starts with an application.
    /// Because the programme ends when the seal runs out, the final review is due by the seal's last day when that comes
    /// before the agreement plus the duration: a seal soon after the agreement (3 years) can end before the 4 to 5 years
    /// do, and the status then reports <see cref="ProgrammeDeadlineKind.CompletionDue"/> on the seal's last day. The
    /// cycle is completed while the seal holds, or the seal is renewed with a new action plan.
    /// </summary>
    /// <param name="population">The municipality's number of inhabitants.</param>
    /// <returns>The rules for that population band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive.</exception>
    public static ProgrammeRules Germany(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var duration = population switch
        {
            < 50_000 => Period.FromYears(4),
            < 150_000 => Period.FromYears(4) + Period.FromMonths(6),
            _ => Period.FromYears(5),
        };
        return new("Kinderfreundliche Kommunen", Period.Zero, duration, Period.FromYears(3), applicationMayBeSkipped: false, steps: s_germanSteps);
    }

    /// <summary>The preset called <paramref name="name"/> (one of <see cref="PresetNames"/>, ignoring case).</summary>
    /// <param name="name">The preset's name, e.g. <c>Spain</c>.</param>
    /// <param name="population">The municipality's number of inhabitants: required for <c>Germany</c>, not allowed for the others.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is no preset, or <paramref name="population"/> is missing for Germany or given for another preset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive.</exception>
    public static ProgrammeRules Preset(string name, int? population = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindPreset(name, population, out var problem, out var parameter)
            ?? throw (population <= 0 ? new ArgumentOutOfRangeException(parameter, population, problem) : new ArgumentException(problem, parameter));
    }

    /// <summary>
    /// The preset called <paramref name="name"/>; or <see langword="null"/> with what is wrong and the name of the parameter
    /// (<c>name</c> or <c>population</c>) that holds it, so that configuration can report the setting.
    /// </summary>
    internal static ProgrammeRules? FindPreset(string name, int? population, out string? problem, out string? parameter)
    {
        var preset = PresetNames.FirstOrDefault(p => string.Equals(p, name.Trim(), StringComparison.OrdinalIgnoreCase));
        (problem, parameter) = preset switch
        {
            null => ($"'{name}' is not a preset of programme rules; the presets are {string.Join(", ", PresetNames)}.", nameof(name)),
            "Germany" when population is null => ("The Germany preset sets the programme's duration by population; give the municipality's population.", nameof(population)),
            "Germany" when population <= 0 => ($"A population is a positive number of inhabitants, not {population.Value.ToString(CultureInfo.InvariantCulture)}.", nameof(population)),
            not "Germany" when population is not null => ($"The {preset} preset does not depend on population; only Germany does.", nameof(population)),
            _ => (null, null),
        };

        return problem is not null ? null : preset switch
        {
            "Germany" => Germany(population!.Value),
            "Netherlands" => Netherlands,
            "UnitedKingdom" => UnitedKingdom,
            _ => Spain,
        };
    }

    /// <summary>The committee's name for <paramref name="phase"/>: the step's name, or the phase's own name for an exit or a phase the rules do not have.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The name.</returns>
    public string NameOf(ProgrammePhase phase)
    {
        var index = IndexOf(phase);
        return index < 0 ? phase.ToString() : Steps[index].Name;
    }

    /// <summary>Whether the rules have a step for <paramref name="phase"/>.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> when one of <see cref="Steps"/> is that phase.</returns>
    public bool HasStep(ProgrammePhase phase) => IndexOf(phase) >= 0;

    /// <summary>The position of <paramref name="phase"/> in <see cref="Steps"/>; -1 when the rules have no such step.</summary>
    internal int IndexOf(ProgrammePhase phase)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            if (Steps[i].Phase == phase)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The phase of the step after <paramref name="phase"/>; <see langword="null"/> after the last step (or for a phase the rules do not have).</summary>
    internal ProgrammePhase? After(ProgrammePhase phase)
    {
        var index = IndexOf(phase);
        return index < 0 || index == Steps.Length - 1 ? null : Steps[index + 1].Phase;
    }

    /// <summary>Whether <paramref name="phase"/> comes at or after the recognition in the cycle, so a programme in it holds the recognition until a renewal starts.</summary>
    internal bool IsAtOrAfterRecognition(ProgrammePhase phase)
    {
        var index = IndexOf(phase);
        return index >= 0 && index >= IndexOf(ProgrammePhase.Recognised);
    }

    /// <inheritdoc />
    public bool Equals(ProgrammeRules? other) =>
        other is not null
        && string.Equals(NationalCommittee, other.NationalCommittee, StringComparison.Ordinal)
        && Steps.SequenceEqual(other.Steps)
        && MinimumToRecognition == other.MinimumToRecognition
        && MaximumDuration == other.MaximumDuration
        && RecognitionValidity == other.RecognitionValidity
        && RequiredCriteria.SequenceEqual(other.RequiredCriteria)
        && ApplicationMayBeSkipped == other.ApplicationMayBeSkipped
        && RenewalWindow == other.RenewalWindow;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeRules);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(NationalCommittee), Steps.Length, MinimumToRecognition, MaximumDuration, RecognitionValidity, RequiredCriteria.Length, ApplicationMayBeSkipped, RenewalWindow);

    /// <summary>
    /// The rules as invariant text, e.g. <c>UNICEF UK: Applied → Agreement → Discovery (SituationAnalysis) → …; recognition from P3Y after agreement, first cycle within P5Y, valid P3Y</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{NationalCommittee}: {string.Join(" → ", Steps)}; recognition from {PeriodPattern.Roundtrip.Format(MinimumToRecognition)} after agreement, first cycle within {PeriodPattern.Roundtrip.Format(MaximumDuration)}, valid {PeriodPattern.Roundtrip.Format(RecognitionValidity)}";

    /// <summary>Whether two rule sets are equal.</summary>
    public static bool operator ==(ProgrammeRules? left, ProgrammeRules? right) => Equals(left, right);

    /// <summary>Whether two rule sets differ.</summary>
    public static bool operator !=(ProgrammeRules? left, ProgrammeRules? right) => !Equals(left, right);

    private static ImmutableArray<ProgrammeStep> CheckSteps(IEnumerable<ProgrammeStep> steps)
    {
        var list = steps.ToImmutableArray();
        foreach (var step in list)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
        }

        string Order() => string.Join(" → ", list);
        ArgumentException Wrong(string why) => new($"The steps {Order()} are not a programme: {why}", nameof(steps));

        if (list.Length < 2 || list[0].Phase != ProgrammePhase.Applied || list[1].Phase != ProgrammePhase.Agreement)
        {
            throw Wrong("they start with Applied, then Agreement.");
        }

        if (list.Select(s => s.Phase).Distinct().Count() != list.Length)
        {
            throw Wrong("each phase comes once.");
        }

        var phases = list.Select(s => s.Phase).ToList();
        var actionPlan = phases.IndexOf(ProgrammePhase.ActionPlan);
        var recognised = phases.IndexOf(ProgrammePhase.Recognised);
        if (actionPlan < 0 || recognised < actionPlan)
        {
            throw Wrong("they have an ActionPlan, and Recognised after it.");
        }

        if (list.Take(actionPlan).Skip(2).Any(s => s.Phase != ProgrammePhase.SituationAnalysis)
            || list.Skip(actionPlan).Any(s => s.Phase == ProgrammePhase.SituationAnalysis))
        {
            throw Wrong("only SituationAnalysis comes between Agreement and ActionPlan, and Implementation, Evaluation and Recognised come after ActionPlan.");
        }

        return list;
    }

    private static void CheckPeriod(Period period, string paramName, bool allowZero)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        var text = PeriodPattern.Roundtrip.Format(period);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException($"The period {text} has a time component; use years, months, weeks and days only.", paramName);
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"The period {text} has a negative part.", paramName);
        }

        if (!allowZero && period.Equals(Period.Zero))
        {
            throw new ArgumentException("The period must not be zero.", paramName);
        }
    }

    /// <summary>Stored form: every value by name, the periods as ISO text, read back through the constructor.</summary>
    private sealed class Converter : StoredFormJsonConverter<ProgrammeRules, Stored>
    {
        protected override Stored ToStored(ProgrammeRules value) => new()
        {
            NationalCommittee = value.NationalCommittee,
            Steps = value.Steps,
            MinimumToRecognition = value.MinimumToRecognition,
            MaximumDuration = value.MaximumDuration,
            RecognitionValidity = value.RecognitionValidity,
            RenewalWindow = value.RenewalWindow,
            RequiredCriteria = value.RequiredCriteria,
            ApplicationMayBeSkipped = value.ApplicationMayBeSkipped,
        };

        protected override ProgrammeRules FromStored(Stored stored) => new(
            stored.NationalCommittee, stored.MinimumToRecognition, stored.MaximumDuration, stored.RecognitionValidity,
            stored.RequiredCriteria, stored.ApplicationMayBeSkipped,
            stored.RenewalWindow ?? throw new ArgumentException("The renewal window is missing."), stored.Steps);
    }

    private sealed class Stored
    {
        public required string NationalCommittee { get; init; }

        public required ImmutableArray<ProgrammeStep> Steps { get; init; }

        public required Period MinimumToRecognition { get; init; }

        public required Period MaximumDuration { get; init; }

        public required Period RecognitionValidity { get; init; }

        public required Period? RenewalWindow { get; init; }

        public required ImmutableArray<MinimumCriterion> RequiredCriteria { get; init; }

        public required bool ApplicationMayBeSkipped { get; init; }
    }
}
