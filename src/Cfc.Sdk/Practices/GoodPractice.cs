using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Practices;

/// <summary>
/// A good practice (goed voorbeeld) a member shares with the network: what was done, for which goal areas, the
/// challenges met and the lessons learned.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Correct"/> returns the corrected practice and leaves this one as it was; the member who shared a
/// practice stays its member. Goal areas and articles are kept once, in order, whatever the order given. Two practices are equal when all their
/// values are equal. JSON writes <c>{"member", "title", "goalAreas", "articles", "whatWasDone", "challenges", "lessonsLearned",
/// "sharedOn"}</c> and reads it back through this validation.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class GoodPractice : IEquatable<GoodPractice>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest text accepted for what was done, the challenges and the lessons, in characters each.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>Creates a good practice.</summary>
    /// <param name="member">The member that shares it.</param>
    /// <param name="title">A short title.</param>
    /// <param name="goalAreas">The goal areas it serves: at least one.</param>
    /// <param name="whatWasDone">What was done.</param>
    /// <param name="challenges">The challenges met.</param>
    /// <param name="lessonsLearned">The lessons learned.</param>
    /// <param name="sharedOn">The date it was shared.</param>
    /// <param name="articles">The CRC articles it serves; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="goalAreas"/> or a text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> or an article is the default value; a text is blank or too long; no goal area is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A goal area is not defined.</exception>
    public GoodPractice(
        MemberId member,
        string title,
        IEnumerable<GoalArea> goalAreas,
        string whatWasDone,
        string challenges,
        string lessonsLearned,
        LocalDate sharedOn,
        IEnumerable<CrcArticle>? articles = null)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(goalAreas);
        Title = RequiredText.Check(title, MaxTitleLength, nameof(title));
        WhatWasDone = RequiredText.Check(whatWasDone, MaxTextLength, nameof(whatWasDone));
        Challenges = RequiredText.Check(challenges, MaxTextLength, nameof(challenges));
        LessonsLearned = RequiredText.Check(lessonsLearned, MaxTextLength, nameof(lessonsLearned));
        var areas = Rights.GoalAreas.Normalise(goalAreas, nameof(goalAreas));
        if (areas.Count == 0)
        {
            throw new ArgumentException("A good practice serves at least one goal area.", nameof(goalAreas));
        }

        Member = member;
        GoalAreas = areas;
        Articles = ArticleList.Normalise(articles, nameof(articles));
        SharedOn = sharedOn;
    }

    /// <summary>The member that shares it.</summary>
    public MemberId Member { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The goal areas it serves, each once, in order.</summary>
    public IReadOnlyList<GoalArea> GoalAreas { get; }

    /// <summary>The CRC articles it serves, each once, in order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>What was done.</summary>
    public string WhatWasDone { get; }

    /// <summary>The challenges met.</summary>
    public string Challenges { get; }

    /// <summary>The lessons learned.</summary>
    public string LessonsLearned { get; }

    /// <summary>The date it was shared.</summary>
    public LocalDate SharedOn { get; }

    /// <summary>The practice as corrected: every field replaced by <paramref name="corrected"/>'s, the member who shared it staying.</summary>
    /// <param name="corrected">The practice as it should read, shared by the same member.</param>
    /// <returns><paramref name="corrected"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="corrected"/> names another member.</exception>
    public GoodPractice Correct(GoodPractice corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        return corrected.Member == Member
            ? corrected
            : throw new ArgumentException($"The practice was shared by {Member}; a correction keeps its member and cannot name {corrected.Member}.", nameof(corrected));
    }

    /// <inheritdoc />
    public bool Equals(GoodPractice? other) =>
        other is not null && Member == other.Member && SharedOn == other.SharedOn
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(WhatWasDone, other.WhatWasDone, StringComparison.Ordinal)
        && string.Equals(Challenges, other.Challenges, StringComparison.Ordinal)
        && string.Equals(LessonsLearned, other.LessonsLearned, StringComparison.Ordinal)
        && GoalAreas.SequenceEqual(other.GoalAreas) && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GoodPractice);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, SharedOn, StringComparer.Ordinal.GetHashCode(Title));

    /// <summary>The practice as text, e.g. <c>GM1942 2024-05-01: Speelplekken met kinderen ontworpen</c>.</summary>
    /// <returns>The member, date and title.</returns>
    public override string ToString() => $"{Member} {LocalDatePattern.Iso.Format(SharedOn)}: {Title}";

    /// <summary>Whether two practices are equal.</summary>
    public static bool operator ==(GoodPractice? left, GoodPractice? right) => Equals(left, right);

    /// <summary>Whether two practices differ.</summary>
    public static bool operator !=(GoodPractice? left, GoodPractice? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<GoodPractice, Stored>
    {
        protected override Stored ToStored(GoodPractice value) => new()
        {
            Member = value.Member,
            Title = value.Title,
            GoalAreas = value.GoalAreas,
            Articles = value.Articles,
            WhatWasDone = value.WhatWasDone,
            Challenges = value.Challenges,
            LessonsLearned = value.LessonsLearned,
            SharedOn = value.SharedOn,
        };

        protected override GoodPractice FromStored(Stored stored) =>
            new(stored.Member, stored.Title, stored.GoalAreas, stored.WhatWasDone, stored.Challenges, stored.LessonsLearned, stored.SharedOn, stored.Articles);
    }

    private sealed class Stored
    {
        public required MemberId Member { get; init; }

        public required string Title { get; init; }

        public required IReadOnlyList<GoalArea> GoalAreas { get; init; }

        public IReadOnlyList<CrcArticle>? Articles { get; init; }

        public required string WhatWasDone { get; init; }

        public required string Challenges { get; init; }

        public required string LessonsLearned { get; init; }

        public required LocalDate SharedOn { get; init; }
    }
}
