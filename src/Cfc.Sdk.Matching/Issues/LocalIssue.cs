using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Matching.Issues;

/// <summary>
/// A local issue (vraagstuk) a member of the network faces: a title and text in the member's language, optionally
/// tagged with themes, CRC articles and age groups, the date it was opened, and the language it is written in.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable and always valid. Themes and articles are sets: themes are trimmed, lower-cased
/// (invariant), de-duplicated and sorted ordinally; articles are de-duplicated and sorted by number.
/// </para>
/// <para>
/// Two issues are equal when every property is equal; as themes and articles are sets, the order they were given in does not matter.
/// </para>
/// <para>
/// JSON (with <c>ConfigureForCfcSdk</c>; property names follow the naming policy of the options in use, camelCase here): <c>{"id": "d001", "member": "GM0518", "title": "...", "text": "...", "themes": ["armoede"],
/// "articles": [27], "ageGroups": "Children, Adolescents", "opened": "2024-03-01", "language": "nl"}</c>. Reading validates as the constructor does;
/// an invalid issue is a <see cref="System.Text.Json.JsonException"/> that says why. <c>themes</c>, <c>articles</c>,
/// <c>ageGroups</c>, <c>opened</c> and <c>language</c> may be left out for none (issues stored by releases 0.1 and 0.2 have no language).
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class LocalIssue : IEquatable<LocalIssue>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The longest theme accepted, in characters.</summary>
    public const int MaxThemeLength = 64;

    /// <summary>Creates a local issue.</summary>
    /// <param name="id">The issue's identifier.</param>
    /// <param name="member">The member (municipality or public body) that faces the issue.</param>
    /// <param name="title">A short title, 1 to <see cref="MaxTitleLength"/> characters, not only white space.</param>
    /// <param name="text">The description, up to <see cref="MaxTextLength"/> characters; may be empty.</param>
    /// <param name="themes">Theme words such as <c>armoede</c>; <see langword="null"/> for none.</param>
    /// <param name="articles">The CRC articles the issue concerns; <see langword="null"/> for none.</param>
    /// <param name="ageGroups">The age groups the issue concerns.</param>
    /// <param name="opened">The date the issue was opened, if known.</param>
    /// <param name="language">
    /// The language the issue is written in, a BCP 47 tag read by <see cref="LanguageTag.Normalise"/> (<c>nl</c>, <c>en</c>,
    /// <c>de-AT</c> → <c>de</c>, <c>pap</c>); <see langword="null"/> when not known, and then the index detects it.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="member"/> is the default value, <paramref name="title"/> is blank or too long,
    /// <paramref name="text"/> is too long, a theme is blank or too long, an article is the default value,
    /// <paramref name="ageGroups"/> holds undefined flags, or <paramref name="language"/> is not a language tag.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public LocalIssue(
        IssueId id,
        MemberCode member,
        string title,
        string text,
        IEnumerable<string>? themes = null,
        IEnumerable<CrcArticle>? articles = null,
        AgeGroups ageGroups = AgeGroups.None,
        LocalDate? opened = null,
        string? language = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The issue id is the default value, which identifies no issue.", nameof(id));
        }

        if (member == default)
        {
            throw new ArgumentException("The member code is the default value, which names no member.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength)
        {
            throw new ArgumentException($"The title must hold 1 to {MaxTitleLength} characters and not only white space.", nameof(title));
        }

        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"The text must hold at most {MaxTextLength} characters.", nameof(text));
        }

        if ((ageGroups & ~(AgeGroups.EarlyChildhood | AgeGroups.Children | AgeGroups.Adolescents | AgeGroups.YoungAdults)) != 0)
        {
            throw new ArgumentException($"'{ageGroups}' holds undefined age groups.", nameof(ageGroups));
        }

        Id = id;
        Member = member;
        Title = title;
        Text = text;
        Themes = Tags.NormaliseThemes(themes, nameof(themes));
        Articles = Tags.NormaliseArticles(articles, nameof(articles));
        AgeGroups = ageGroups;
        Opened = opened;
        Language = language is null ? null : LanguageTag.Normalise(language, nameof(language));
    }

    /// <summary>The issue's identifier.</summary>
    public IssueId Id { get; }

    /// <summary>The member that faces the issue.</summary>
    public MemberCode Member { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The description; may be empty.</summary>
    public string Text { get; }

    /// <summary>The theme words, trimmed, lower-case, distinct and in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The CRC articles the issue concerns, distinct and sorted; empty when none.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>The age groups the issue concerns.</summary>
    public AgeGroups AgeGroups { get; }

    /// <summary>The date the issue was opened, if known.</summary>
    public LocalDate? Opened { get; }

    /// <summary>The language the issue is written in (a lower-case primary tag such as <c>nl</c>), or <see langword="null"/> when not given: the index then detects it.</summary>
    public string? Language { get; }

    /// <inheritdoc />
    public bool Equals(LocalIssue? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Member == other.Member
                && string.Equals(Title, other.Title, StringComparison.Ordinal)
                && string.Equals(Text, other.Text, StringComparison.Ordinal)
                && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal)
                && Articles.SequenceEqual(other.Articles)
                && AgeGroups == other.AgeGroups && Opened == other.Opened
                && string.Equals(Language, other.Language, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalIssue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Member, StringComparer.Ordinal.GetHashCode(Title), Themes.Count, Articles.Count, AgeGroups, Opened);

    /// <summary>The identifier and title, for diagnostics.</summary>
    /// <returns>Text such as <c>d001 (GM0202): Kind stopt bij voetbalclub</c>.</returns>
    public override string ToString() => $"{Id} ({Member}): {Title}";

    /// <summary>Whether two issues are equal.</summary>
    public static bool operator ==(LocalIssue? left, LocalIssue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two issues differ.</summary>
    public static bool operator !=(LocalIssue? left, LocalIssue? right) => !(left == right);

    private sealed class Stored
    {
        public required IssueId Id { get; init; }

        public required MemberCode Member { get; init; }

        public required string Title { get; init; }

        public required string Text { get; init; }

        public IReadOnlyList<string>? Themes { get; init; }

        public IReadOnlyList<CrcArticle>? Articles { get; init; }

        public AgeGroups AgeGroups { get; init; }

        public LocalDate? Opened { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Language { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<LocalIssue, Stored>
    {
        protected override LocalIssue FromStored(Stored stored) =>
            new(stored.Id, stored.Member, stored.Title, stored.Text, stored.Themes, stored.Articles, stored.AgeGroups, stored.Opened, stored.Language);

        protected override Stored ToStored(LocalIssue value) => new()
        {
            Id = value.Id,
            Member = value.Member,
            Title = value.Title,
            Text = value.Text,
            Themes = value.Themes,
            Articles = value.Articles,
            AgeGroups = value.AgeGroups,
            Opened = value.Opened,
            Language = value.Language,
        };
    }
}
