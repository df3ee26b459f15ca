using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Organisations;

/// <summary>
/// What an organisation (implementing organisation, knowledge centre, network partner) offers the
/// network: its name and a Dutch description of its expertise, optionally tagged with themes and CRC articles.
/// </summary>
/// <remarks>
/// Instances are immutable and always valid; themes and articles are normalised as on <see cref="LocalIssue"/>.
/// Two profiles are equal when every property is equal.
/// </remarks>
public sealed class ExpertiseProfile : IEquatable<ExpertiseProfile>
{
    /// <summary>Creates an expertise profile.</summary>
    /// <param name="id">The organisation's identifier.</param>
    /// <param name="name">The organisation's name, 1 to <see cref="LocalIssue.MaxTitleLength"/> characters, not only white space.</param>
    /// <param name="text">The Dutch description of the expertise, up to <see cref="LocalIssue.MaxTextLength"/> characters.</param>
    /// <param name="themes">Dutch theme words; <see langword="null"/> for none.</param>
    /// <param name="articles">CRC articles; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is the default value, <paramref name="name"/> is blank or too long, <paramref name="text"/>
    /// is too long, a theme is blank or too long, or an article is the default value.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public ExpertiseProfile(OrganisationId id, string name, string text, IEnumerable<string>? themes = null, IEnumerable<CrcArticle>? articles = null)
    {
        if (id == default)
        {
            throw new ArgumentException("The organisation id is the default value, which identifies no organisation.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(name) || name.Length > LocalIssue.MaxTitleLength)
        {
            throw new ArgumentException($"The name must hold 1 to {LocalIssue.MaxTitleLength} characters and not only white space.", nameof(name));
        }

        if (text.Length > LocalIssue.MaxTextLength)
        {
            throw new ArgumentException($"The text must hold at most {LocalIssue.MaxTextLength} characters.", nameof(text));
        }

        Id = id;
        Name = name;
        Text = text;
        Themes = Tags.NormaliseThemes(themes, nameof(themes));
        Articles = Tags.NormaliseArticles(articles, nameof(articles));
    }

    /// <summary>The organisation's identifier.</summary>
    public OrganisationId Id { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>The Dutch description of the expertise.</summary>
    public string Text { get; }

    /// <summary>The Dutch theme words, trimmed, lower-case and distinct; empty when none.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The CRC articles, distinct and sorted; empty when none.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <inheritdoc />
    public bool Equals(ExpertiseProfile? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && string.Equals(Text, other.Text, StringComparison.Ordinal)
                && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal)
                && Articles.SequenceEqual(other.Articles)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExpertiseProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Name), Themes.Count, Articles.Count);

    /// <summary>The identifier and name, for diagnostics.</summary>
    /// <returns>Text such as <c>o01: Stichting Buitenspeelkracht</c>.</returns>
    public override string ToString() => $"{Id}: {Name}";

    /// <summary>Whether two profiles are equal.</summary>
    public static bool operator ==(ExpertiseProfile? left, ExpertiseProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two profiles differ.</summary>
    public static bool operator !=(ExpertiseProfile? left, ExpertiseProfile? right) => !(left == right);
}
