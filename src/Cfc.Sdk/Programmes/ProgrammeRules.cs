using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// The rules a national committee applies to its programmes, as data: how long from agreement to
/// recognition, how long a recognition is valid, which minimum criteria a recognition needs and whether a
/// programme may start at <see cref="ProgrammePhase.Agreement"/> without an application.
/// </summary>
/// <remarks>
/// <para>
/// The presets follow the national programmes: <see cref="Netherlands"/> (the default), <see cref="UnitedKingdom"/>,
/// <see cref="Germany"/> (by population) and <see cref="Spain"/>. Where a national programme does not say, a preset
/// takes the Dutch value.
/// </para>
/// <para>
/// <see cref="MinimumToRecognition"/> and <see cref="MaximumToRecognition"/> are measured from the agreement and apply
/// to the first recognition. A renewal cycle has no minimum; it must start (with a new action plan) while the
/// recognition is valid, and it is overdue once that recognition has ended without a new one.
/// </para>
/// <para>
/// Immutable. Two rule sets are equal when all their values are equal (periods compared component by component).
/// </para>
/// </remarks>
public sealed class ProgrammeRules : IEquatable<ProgrammeRules>
{
    private static readonly LocalDate s_reference = new(2000, 1, 1);

    /// <summary>Creates a rule set.</summary>
    /// <param name="nationalCommittee">The national committee (or programme) the rules belong to, e.g. <c>UNICEF Nederland</c>.</param>
    /// <param name="minimumToRecognition">The least time from agreement to a first recognition; <see cref="Period.Zero"/> for none.</param>
    /// <param name="maximumToRecognition">The time from agreement after which a programme without recognition is overdue.</param>
    /// <param name="recognitionValidity">How long a recognition is valid, counted from its date.</param>
    /// <param name="requiredCriteria">The minimum criteria a recognition needs evidence for; <see langword="null"/> for all three.</param>
    /// <param name="applicationMayBeSkipped">Whether a programme may start at <see cref="ProgrammePhase.Agreement"/> without <see cref="ProgrammePhase.Applied"/>.</param>
    /// <param name="renewalWindow">How long before a recognition ends its renewal is reported as due; <see langword="null"/> for <see cref="DefaultRenewalWindow"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nationalCommittee"/> or a period is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="nationalCommittee"/> is blank; a period has a time component or a negative part;
    /// <paramref name="maximumToRecognition"/> or <paramref name="recognitionValidity"/> is zero; the maximum is shorter than the minimum;
    /// or the renewal window is longer than the validity.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">One of <paramref name="requiredCriteria"/> is not defined.</exception>
    public ProgrammeRules(
        string nationalCommittee,
        Period minimumToRecognition,
        Period maximumToRecognition,
        Period recognitionValidity,
        IEnumerable<MinimumCriterion>? requiredCriteria = null,
        bool applicationMayBeSkipped = true,
        Period? renewalWindow = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nationalCommittee);
        CheckPeriod(minimumToRecognition, nameof(minimumToRecognition), allowZero: true);
        CheckPeriod(maximumToRecognition, nameof(maximumToRecognition), allowZero: false);
        CheckPeriod(recognitionValidity, nameof(recognitionValidity), allowZero: false);
        if (s_reference.Plus(maximumToRecognition) < s_reference.Plus(minimumToRecognition))
        {
            throw new ArgumentException(
                $"The maximum time to recognition ({maximumToRecognition}) is shorter than the minimum ({minimumToRecognition}).",
                nameof(maximumToRecognition));
        }

        renewalWindow ??= DefaultRenewalWindow;
        CheckPeriod(renewalWindow, nameof(renewalWindow), allowZero: true);
        if (s_reference.Plus(renewalWindow) > s_reference.Plus(recognitionValidity))
        {
            throw new ArgumentException(
                $"The renewal window ({renewalWindow}) is longer than the recognition's validity ({recognitionValidity}).",
                nameof(renewalWindow));
        }

        var criteria = new SortedSet<MinimumCriterion>();
        foreach (var criterion in requiredCriteria ?? AllCriteria)
        {
            if (criterion is < MinimumCriterion.Results or > MinimumCriterion.NonDiscrimination)
            {
                throw new ArgumentOutOfRangeException(nameof(requiredCriteria), criterion, $"'{criterion}' is not a minimum criterion.");
            }

            criteria.Add(criterion);
        }

        NationalCommittee = nationalCommittee.Trim();
        MinimumToRecognition = minimumToRecognition;
        MaximumToRecognition = maximumToRecognition;
        RecognitionValidity = recognitionValidity;
        RequiredCriteria = [.. criteria];
        ApplicationMayBeSkipped = applicationMayBeSkipped;
        RenewalWindow = renewalWindow;
    }

    /// <summary>The default renewal window: six months before a recognition ends.</summary>
    public static Period DefaultRenewalWindow { get; } = Period.FromMonths(6);

    /// <summary>The three global minimum criteria, in order.</summary>
    public static IReadOnlyList<MinimumCriterion> AllCriteria { get; } =
        [MinimumCriterion.Results, MinimumCriterion.Participation, MinimumCriterion.NonDiscrimination];

    /// <summary>
    /// UNICEF Nederland, the default: recognition 3 to 5 years after the agreement, valid 3 years, all three
    /// criteria, the application may be skipped.
    /// </summary>
    public static ProgrammeRules Netherlands { get; } =
        new("UNICEF Nederland", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3));

    /// <summary>
    /// UNICEF UK (Discovery, Development, Delivery, Recognition): recognition after at least 3 years and within 5,
    /// valid 3 years, renewable; the application may be skipped.
    /// </summary>
    public static ProgrammeRules UnitedKingdom { get; } =
        new("UNICEF UK", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3));

    /// <summary>
    /// UNICEF Comité Español (Ciudades Amigas de la Infancia): recognition valid 4 years, renewable; the yearly call
    /// means a programme starts with an application. Times to recognition as in the Netherlands (3 to 5 years).
    /// </summary>
    public static ProgrammeRules Spain { get; } =
        new("UNICEF Comité Español", Period.FromYears(3), Period.FromYears(5), Period.FromYears(4), applicationMayBeSkipped: false);

    /// <summary>The default rules: <see cref="Netherlands"/>.</summary>
    public static ProgrammeRules Default => Netherlands;

    /// <summary>The national committee (or programme) the rules belong to.</summary>
    public string NationalCommittee { get; }

    /// <summary>The least time from agreement to a first recognition; <see cref="Period.Zero"/> for none.</summary>
    public Period MinimumToRecognition { get; }

    /// <summary>The time from agreement after which a programme without a first recognition is overdue.</summary>
    public Period MaximumToRecognition { get; }

    /// <summary>How long a recognition is valid: it holds up to and including its date plus this period.</summary>
    public Period RecognitionValidity { get; }

    /// <summary>The minimum criteria a recognition needs evidence for, each once, in order.</summary>
    public IReadOnlyList<MinimumCriterion> RequiredCriteria { get; }

    /// <summary>Whether a programme may start at <see cref="ProgrammePhase.Agreement"/> without <see cref="ProgrammePhase.Applied"/>.</summary>
    public bool ApplicationMayBeSkipped { get; }

    /// <summary>How long before a recognition ends its renewal is reported as due (<see cref="ProgrammeStatus.RenewalDue"/>).</summary>
    public Period RenewalWindow { get; }

    /// <summary>
    /// Kinderfreundliche Kommunen (UNICEF Deutschland with the Deutsches Kinderhilfswerk): the programme runs 4 years
    /// for fewer than 50,000 inhabitants, 4½ years below 150,000 and 5 years from 150,000; the seal is valid 3 years;
    /// a programme starts with an application. The minimum time to recognition is the Dutch 3 years.
    /// </summary>
    /// <param name="population">The municipality's number of inhabitants.</param>
    /// <returns>The rules for that population band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive.</exception>
    public static ProgrammeRules Germany(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var maximum = population switch
        {
            < 50_000 => Period.FromYears(4),
            < 150_000 => Period.FromYears(4) + Period.FromMonths(6),
            _ => Period.FromYears(5),
        };
        return new("Kinderfreundliche Kommunen", Period.FromYears(3), maximum, Period.FromYears(3), applicationMayBeSkipped: false);
    }

    /// <inheritdoc />
    public bool Equals(ProgrammeRules? other) =>
        other is not null
        && string.Equals(NationalCommittee, other.NationalCommittee, StringComparison.Ordinal)
        && MinimumToRecognition == other.MinimumToRecognition
        && MaximumToRecognition == other.MaximumToRecognition
        && RecognitionValidity == other.RecognitionValidity
        && RequiredCriteria.SequenceEqual(other.RequiredCriteria)
        && ApplicationMayBeSkipped == other.ApplicationMayBeSkipped
        && RenewalWindow == other.RenewalWindow;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeRules);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(NationalCommittee, MinimumToRecognition, MaximumToRecognition, RecognitionValidity, RequiredCriteria.Count, ApplicationMayBeSkipped);

    /// <summary>The rules as invariant text, e.g. <c>UNICEF Nederland: recognition P3Y–P5Y after agreement, valid P3Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{NationalCommittee}: recognition {PeriodPattern.Roundtrip.Format(MinimumToRecognition)}–{PeriodPattern.Roundtrip.Format(MaximumToRecognition)} after agreement, valid {PeriodPattern.Roundtrip.Format(RecognitionValidity)}";

    /// <summary>Whether two rule sets are equal.</summary>
    public static bool operator ==(ProgrammeRules? left, ProgrammeRules? right) => Equals(left, right);

    /// <summary>Whether two rule sets differ.</summary>
    public static bool operator !=(ProgrammeRules? left, ProgrammeRules? right) => !Equals(left, right);

    private static void CheckPeriod(Period period, string paramName, bool allowZero)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException($"The period {period} has a time component; use years, months, weeks and days only.", paramName);
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"The period {period} has a negative part.", paramName);
        }

        if (!allowZero && period.Equals(Period.Zero))
        {
            throw new ArgumentException("The period must not be zero.", paramName);
        }
    }
}
