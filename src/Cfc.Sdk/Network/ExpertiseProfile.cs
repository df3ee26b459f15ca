using System.Text.Json.Serialization;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Network;

/// <summary>What an organisation knows about: a description, themes, CFCI goal areas and CRC articles, used to match it with members' local issues.</summary>
/// <remarks>
/// Immutable. Themes are trimmed, kept once (ignoring case; of spellings differing only in case the ordinal-first is kept)
/// and sorted; goal areas and articles are kept once, in order; so two profiles given the same values in any order are
/// equal. Two profiles are equal when all their values are equal. JSON writes
/// <c>{"description", "themes", "goalAreas", "articles"}</c> and reads it back through this validation.
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
    {
        Description = RequiredText.Check(description, MaxDescriptionLength, nameof(description));
        Themes = Network.Themes.Normalise(themes, MaxThemeLength, nameof(themes));
        GoalAreas = Rights.GoalAreas.Normalise(goalAreas, nameof(goalAreas));
        Articles = ArticleList.Normalise(articles, nameof(articles));
    }

    /// <summary>What the organisation does and knows.</summary>
    public string Description { get; }

    /// <summary>The themes, each once, sorted.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The goal areas, each once, in order.</summary>
    public IReadOnlyList<GoalArea> GoalAreas { get; }

    /// <summary>The CRC articles, each once, in order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <inheritdoc />
    public bool Equals(ExpertiseProfile? other) =>
        other is not null && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal) && GoalAreas.SequenceEqual(other.GoalAreas) && Articles.SequenceEqual(other.Articles);

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
            new() { Description = value.Description, Themes = value.Themes, GoalAreas = value.GoalAreas, Articles = value.Articles };

        protected override ExpertiseProfile FromStored(Stored stored) =>
            new(stored.Description, stored.Themes, stored.GoalAreas, stored.Articles);
    }

    private sealed class Stored
    {
        public required string Description { get; init; }

        public IReadOnlyList<string>? Themes { get; init; }

        public IReadOnlyList<GoalArea>? GoalAreas { get; init; }

        public IReadOnlyList<CrcArticle>? Articles { get; init; }
    }
}
