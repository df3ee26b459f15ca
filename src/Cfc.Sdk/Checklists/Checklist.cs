using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Identifiers;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Checklists;

/// <summary>
/// A questionnaire for the situation analysis, defined as data: the Child Friendly Checklist a candidate municipality
/// answers before it writes its action plan. An application loads its own (in code or from a JSON file); the SDK ships
/// <see cref="Example"/>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable. The questions keep their order; their ids are unique, so an answer refers to one question across versions.
/// Two checklists are equal when id, version, the example mark and the questions are equal.
/// </para>
/// <para>
/// JSON writes <c>{"id", "version", "example", "questions": [{"id", "goalArea", "nl", "en", "kind"}]}</c> (<c>example</c>
/// only when <see langword="true"/>) and reads it back through the constructor, so a file with a duplicate id or an unknown
/// goal area is a <see cref="System.Text.Json.JsonException"/> naming the problem.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Checklist : IEquatable<Checklist>
{
    /// <summary>The most questions a checklist holds (the real one has about 50); it bounds what a member's answers take.</summary>
    public const int MaxQuestions = 200;

    /// <summary>Creates a checklist.</summary>
    /// <param name="id">Its identifier, e.g. <c>kindvriendelijke-checklist</c>: ASCII letters, digits, <c>-</c>, <c>_</c>, <c>.</c>.</param>
    /// <param name="version">Its version, 1 or more.</param>
    /// <param name="questions">The questions in order: 1 to <see cref="MaxQuestions"/>, each id once.</param>
    /// <param name="isExample">Whether it is an example whose wording is not the official questionnaire's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="questions"/> or a question is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not an identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    /// <exception cref="ArgumentException">There are no questions, too many, or two with the same id.</exception>
    public Checklist(string id, int version, IEnumerable<ChecklistQuestion> questions, bool isExample = false)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(questions);
        Id = TextIdentifier.Parse(id, "a checklist id");
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var list = questions.ToImmutableArray();
        if (list.Length is 0 or > MaxQuestions)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A checklist has 1 to {MaxQuestions} questions; this one has {list.Length}."), nameof(questions));
        }

        var ids = new HashSet<ChecklistQuestionId>();
        foreach (var question in list)
        {
            ArgumentNullException.ThrowIfNull(question, nameof(questions));
            if (!ids.Add(question.Id))
            {
                throw new ArgumentException($"Question id '{question.Id}' is used twice; each question of a checklist has its own id.", nameof(questions));
            }
        }

        Version = version;
        Questions = list;
        IsExample = isExample;
    }

    /// <summary>
    /// An example checklist of 15 questions, three per goal area, in Dutch and English. It is <b>an example</b>: the
    /// official Child Friendly Checklist (about 50 questions) is not public, and this wording is not UNICEF's. Use it to try
    /// the SDK; load the committee's own questionnaire for real work.
    /// </summary>
    public static Checklist Example { get; } = new("example-checklist", 1, ExampleQuestions(), isExample: true);

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The version, 1 or more.</summary>
    public int Version { get; }

    /// <summary>Whether it is an example whose wording is not the official questionnaire's.</summary>
    public bool IsExample { get; }

    /// <summary>The questions, in order, each id once.</summary>
    public ImmutableArray<ChecklistQuestion> Questions { get; }

    /// <summary>The question with <paramref name="id"/>.</summary>
    /// <param name="id">The question's id.</param>
    /// <returns>The question; <see langword="null"/> when the checklist has none with that id.</returns>
    public ChecklistQuestion? Find(ChecklistQuestionId id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <inheritdoc />
    public bool Equals(Checklist? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Version == other.Version && IsExample == other.IsExample && Questions.SequenceEqual(other.Questions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Checklist);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Version, Questions.Length);

    /// <summary>The checklist as invariant text, e.g. <c>example-checklist v1 (15 questions, example)</c>.</summary>
    /// <returns>The id, version and number of questions.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} v{Version} ({Questions.Length} questions{(IsExample ? ", example" : "")})");

    /// <summary>Whether two checklists are equal.</summary>
    public static bool operator ==(Checklist? left, Checklist? right) => Equals(left, right);

    /// <summary>Whether two checklists differ.</summary>
    public static bool operator !=(Checklist? left, Checklist? right) => !Equals(left, right);

    private static IEnumerable<ChecklistQuestion> ExampleQuestions()
    {
        static ChecklistQuestion Q(string id, GoalArea area, string nl, string en, ChecklistAnswerKind kind = ChecklistAnswerKind.YesPartlyNo) =>
            new(ChecklistQuestionId.Parse(id), area, nl, en, kind);

        yield return Q("fair-01", GoalArea.ValuedRespectedTreatedFairly,
            "Heeft de gemeente in beeld welke groepen kinderen minder kansen hebben?",
            "Does the municipality know which groups of children have fewer opportunities?");
        yield return Q("fair-02", GoalArea.ValuedRespectedTreatedFairly,
            "Worden cijfers over kinderen uitgesplitst naar leeftijd, geslacht en achtergrond?",
            "Are figures about children broken down by age, sex and background?");
        yield return Q("fair-03", GoalArea.ValuedRespectedTreatedFairly,
            "Is er een aanspreekpunt waar kinderen terechtkunnen met klachten over de gemeente?",
            "Is there a point of contact where children can take complaints about the municipality?", ChecklistAnswerKind.YesNo);
        yield return Q("voice-01", GoalArea.VoiceHeard,
            "Is er een kinder- of jongerenraad die de gemeente structureel raadpleegt?",
            "Is there a children's or youth council the municipality consults as a matter of course?");
        yield return Q("voice-02", GoalArea.VoiceHeard,
            "Krijgen kinderen terugkoppeling over wat er met hun inbreng is gedaan?",
            "Do children hear back what was done with their input?");
        yield return Q("voice-03", GoalArea.VoiceHeard,
            "Op welke manieren betrekt de gemeente kinderen bij besluiten over hun leefomgeving?",
            "How does the municipality involve children in decisions about where they live?", ChecklistAnswerKind.FreeText);
        yield return Q("services-01", GoalArea.EssentialServices,
            "Weet de gemeente hoeveel kinderen wachten op jeugdhulp en hoe lang?",
            "Does the municipality know how many children wait for youth care, and for how long?");
        yield return Q("services-02", GoalArea.EssentialServices,
            "Is er beleid om thuiszitten en schoolverzuim terug te dringen?",
            "Is there a policy to reduce children staying home from school?");
        yield return Q("services-03", GoalArea.EssentialServices,
            "Bereiken regelingen tegen armoede de kinderen voor wie ze bedoeld zijn?",
            "Do the schemes against poverty reach the children they are meant for?");
        yield return Q("safe-01", GoalArea.SafeCleanEnvironment,
            "Zijn de routes naar school en naar sportvoorzieningen veilig voor kinderen?",
            "Are the routes to school and to sports facilities safe for children?");
        yield return Q("safe-02", GoalArea.SafeCleanEnvironment,
            "Wordt bij ruimtelijke plannen getoetst wat ze voor kinderen betekenen?",
            "Are spatial plans checked for what they mean for children?", ChecklistAnswerKind.YesNo);
        yield return Q("safe-03", GoalArea.SafeCleanEnvironment,
            "Is er een aanpak van kindermishandeling en huiselijk geweld met duidelijke afspraken?",
            "Is there an approach to child abuse and domestic violence with clear agreements?");
        yield return Q("play-01", GoalArea.FamilyPlayLeisure,
            "Is er in elke wijk voldoende ruimte om buiten te spelen?",
            "Does every neighbourhood have enough room to play outdoors?");
        yield return Q("play-02", GoalArea.FamilyPlayLeisure,
            "Kunnen kinderen uit gezinnen met weinig geld meedoen aan sport en cultuur?",
            "Can children from families with little money take part in sport and culture?");
        yield return Q("play-03", GoalArea.FamilyPlayLeisure,
            "Welke ondersteuning krijgen ouders bij de opvoeding?",
            "What support do parents get in bringing up their children?", ChecklistAnswerKind.FreeText);
    }

    private sealed class Converter : StoredFormJsonConverter<Checklist, Stored>
    {
        protected override Stored ToStored(Checklist value) =>
            new() { Id = value.Id, Version = value.Version, Example = value.IsExample, Questions = value.Questions };

        protected override Checklist FromStored(Stored stored) =>
            new(stored.Id, stored.Version, stored.Questions.IsDefault ? [] : stored.Questions, stored.Example);
    }

    private sealed class Stored
    {
        public required string Id { get; init; }

        public required int Version { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public bool Example { get; init; }

        public required ImmutableArray<ChecklistQuestion> Questions { get; init; }
    }
}
