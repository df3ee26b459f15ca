using System.Text.Json.Serialization;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Network;

/// <summary>What an organisation knows about: a description, themes, CFCI goal areas and CRC articles, used to match it with members' local issues.</summary>
/// <remarks>
/// Immutable. Themes are trimmed, kept once (ignoring case; of spellings differing only in case the ordinal-first is kept)
/// and sorted; goal areas and articles are kept once, in order; so two profiles given the same values in any order are
/// equal. Two profiles are equal when all their values are equal. JSON writes
/// <c>{"description", "themes", "goalAreas", "articles", "language"}</c> (<c>language</c> only when given) and reads it back
/// through this validation.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ExpertiseProfile : IEquatable<ExpertiseProfile>
{
    /// <summary>The longest description accepted, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest theme accepted, in characters.</summary>
    public const int MaxThemeLength = 100;

    /// <summary>Creates a profile.</summary>
    /// <param name="description">What the organisation does and knows, in a few sentences.</param>
    /// <param name="themes">Themes, e.g. <c>armoede</c>, <c>spelen</c>; <see langword="null"/> for none.</param>
    /// <param name="goalAreas">The goal areas the expertise serves; <see langword="null"/> for none.</param>
    /// <param name="articles">The CRC articles the expertise serves; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or a theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> or a theme is blank or too long, or an article is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A goal area is not defined.</exception>
    public ExpertiseProfile(string description, IEnumerable<string>? themes = null, IEnumerable<GoalArea>? goalAreas = null, IEnumerable<CrcArticle>? articles = null)
        : this(description, themes, goalAreas, articles, null)
    {
    }

    /// <summary>Creates a profile written in a given language.</summary>
    /// <param name="description">What the organisation does and knows, in a few sentences.</param>
    /// <param name="themes">Themes, e.g. <c>armoede</c>, <c>spelen</c>; <see langword="null"/> for none.</param>
    /// <param name="goalAreas">The goal areas the expertise serves; <see langword="null"/> for none.</param>
    /// <param name="articles">The CRC articles the expertise serves; <see langword="null"/> for none.</param>
    /// <param name="language">The BCP 47 tag of the language the profile is written in (<c>nl</c>, <c>en</c>, <c>de-AT</c>); <see langword="null"/> to have matching detect it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or a theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> or a theme is blank or too long, an article is the default value, or <paramref name="language"/> is not a well-formed language tag.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A goal area is not defined.</exception>
    public ExpertiseProfile(string description, IEnumerable<string>? themes, IEnumerable<GoalArea>? goalAreas, IEnumerable<CrcArticle>? articles, string? language)
    {
        Description = RequiredText.Check(description, MaxDescriptionLength, nameof(description));
        Themes = Network.Themes.Normalise(themes, MaxThemeLength, nameof(themes));
        GoalAreas = Rights.GoalAreas.Normalise(goalAreas, nameof(goalAreas));
        Articles = ArticleList.Normalise(articles, nameof(articles));
        Language = language is null ? null : LanguageTags.Normalise(language, nameof(language));
    }

    /// <summary>What the organisation does and knows.</summary>
    public string Description { get; }

    /// <summary>The themes, each once, sorted.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The goal areas, each once, in order.</summary>
    public IReadOnlyList<GoalArea> GoalAreas { get; }

    /// <summary>The CRC articles, each once, in order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>
    /// The BCP 47 tag of the language the profile is written in, in its canonical case (<c>nl</c>, <c>de-AT</c>);
    /// <see langword="null"/> when it was not given (profiles stored by earlier releases included), and matching detects it.
    /// </summary>
    public string? Language { get; }

    /// <inheritdoc />
    public bool Equals(ExpertiseProfile? other) =>
        other is not null && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal) && GoalAreas.SequenceEqual(other.GoalAreas) && Articles.SequenceEqual(other.Articles)
        && string.Equals(Language, other.Language, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExpertiseProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Description), Themes.Count, GoalAreas.Count, Articles.Count);

    /// <summary>The profile's description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;

    /// <summary>Whether two profiles are equal.</summary>
    public static bool operator ==(ExpertiseProfile? left, ExpertiseProfile? right) => Equals(left, right);

    /// <summary>Whether two profiles differ.</summary>
    public static bool operator !=(ExpertiseProfile? left, ExpertiseProfile? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<ExpertiseProfile, Stored>
    {
        protected override Stored ToStored(ExpertiseProfile value) =>
            new() { Description = value.Description, Themes = value.Themes, GoalAreas = value.GoalAreas, Articles = value.Articles, Language = value.Language };

        protected override ExpertiseProfile FromStored(Stored stored) =>
            new(stored.Description, stored.Themes, stored.GoalAreas, stored.Articles, stored.Language);
    }

    private sealed class Stored
    {
        public required string Description { get; init; }

        public IReadOnlyList<string>? Themes { get; init; }

        public IReadOnlyList<GoalArea>? GoalAreas { get; init; }

        public IReadOnlyList<CrcArticle>? Articles { get; init; }

        // Left out when not given: profiles stored before expertise carried a language have none, and read as detected.
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Language { get; init; }
    }
}
