using Cfc.Sdk.Network;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// The programme rules a national committee applies, worked out per member: the same <see cref="ProgrammeRules"/> for
/// every member (<see cref="Fixed"/>), or rules that depend on the member's population (<see cref="Germany"/>, whose
/// programme runs 4, 4½ or 5 years by the municipality's size). A member's programme starts under the rules
/// <see cref="For(MemberCode, int?)"/> gives on its first transition and keeps them, as <see cref="Programme.Rules"/>.
/// </summary>
/// <remarks>
/// <para>
/// A population lives on the member (<see cref="Member.Population"/>), never on the host: in one network Weil am Rhein
/// (about 30,000 inhabitants) gets the 4-year German programme and Köln (about 1,000,000) the 5-year one. A member whose
/// rules depend on a population it does not have is refused with a <see cref="PopulationRequiredException"/>, not given a
/// default.
/// </para>
/// <para>
/// Immutable. Any <see cref="ProgrammeRules"/> converts to <see cref="Fixed"/> rules. Two member rules are equal when they
/// have the same name and equal fixed rules, or the same function of the population.
/// </para>
/// </remarks>
public sealed class MemberProgrammeRules : IEquatable<MemberProgrammeRules>
{
    private readonly ProgrammeRules? _fixed;
    private readonly Func<int, ProgrammeRules>? _byPopulation;

    private MemberProgrammeRules(string name, ProgrammeRules? rules, Func<int, ProgrammeRules>? byPopulation, ProgrammeRules outline)
    {
        Name = name;
        _fixed = rules;
        _byPopulation = byPopulation;
        Outline = outline;
    }

    /// <summary>Kinderfreundliche Kommunen: <see cref="ProgrammeRules.Germany"/> for each member's own population.</summary>
    public static MemberProgrammeRules Germany { get; } = ByPopulation("Germany", ProgrammeRules.Germany);

    /// <summary>The name: the preset's (<c>Germany</c>) or the national committee of fixed rules.</summary>
    public string Name { get; }

    /// <summary>The rules every member follows; <see langword="null"/> when they depend on each member's population.</summary>
    public ProgrammeRules? Rules => _fixed;

    /// <summary>Whether the rules depend on each member's population.</summary>
    public bool DependsOnPopulation => _byPopulation is not null;

    /// <summary>
    /// The rules as far as they hold for every member: the fixed rules, or for rules by population those of the smallest
    /// population. Only for showing a programme that has not started (its steps and phases), whose dates depend on no duration.
    /// </summary>
    public ProgrammeRules Outline { get; }

    /// <summary>The same <paramref name="rules"/> for every member.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The member rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static MemberProgrammeRules Fixed(ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(rules.NationalCommittee, rules, null, rules);
    }

    /// <summary>Rules that depend on each member's population, such as a committee's own bands.</summary>
    /// <param name="name">A name for messages, e.g. <c>Germany</c>.</param>
    /// <param name="rules">The rules for a positive number of inhabitants; called once per start of a programme.</param>
    /// <returns>The member rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static MemberProgrammeRules ByPopulation(string name, Func<int, ProgrammeRules> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        return new(name.Trim(), null, rules, rules(1) ?? throw new ArgumentException("The rules for a population returned null.", nameof(rules)));
    }

    /// <summary>Fixed rules, so that <c>options.ProgrammeRules = ProgrammeRules.Spain</c> and member rules read alike.</summary>
    /// <param name="rules">The rules; <see langword="null"/> gives <see langword="null"/>.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(rules))]
    public static implicit operator MemberProgrammeRules?(ProgrammeRules? rules) => rules is null ? null : Fixed(rules);

    /// <summary>The rules <paramref name="member"/>'s programme starts under.</summary>
    /// <param name="member">The municipality or public body, with its <see cref="Member.Population"/> when it has one.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is not a municipality or public body.</exception>
    /// <exception cref="PopulationRequiredException">The rules depend on the population and the member has none.</exception>
    public ProgrammeRules For(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Id.Code is { } code
            ? For(code, member.Population)
            : throw new ArgumentException($"{member.Id} is a {member.Kind}, which has no programme.", nameof(member));
    }

    /// <summary>The rules the programme of the member <paramref name="code"/> with <paramref name="population"/> inhabitants starts under.</summary>
    /// <param name="code">The member's code, for the message when its population is needed.</param>
    /// <param name="population">The member's number of inhabitants; <see langword="null"/> when not known.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is zero or negative.</exception>
    /// <exception cref="PopulationRequiredException">The rules depend on the population and <paramref name="population"/> is <see langword="null"/>.</exception>
    public ProgrammeRules For(MemberCode code, int? population)
    {
        if (population is { } inhabitants)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inhabitants, nameof(population));
        }

        return _fixed ?? (population is { } known ? _byPopulation!(known) : throw new PopulationRequiredException(code, Name));
    }

    /// <inheritdoc />
    public bool Equals(MemberProgrammeRules? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Equals(_fixed, other._fixed) && Equals(_byPopulation, other._byPopulation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MemberProgrammeRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, _fixed, _byPopulation);

    /// <summary>Whether two member rules are equal.</summary>
    public static bool operator ==(MemberProgrammeRules? left, MemberProgrammeRules? right) => Equals(left, right);

    /// <summary>Whether two member rules differ.</summary>
    public static bool operator !=(MemberProgrammeRules? left, MemberProgrammeRules? right) => !Equals(left, right);

    /// <summary>The name, e.g. <c>Germany</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
