using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Languages;

/// <summary>
/// A text given in one or more languages, such as an indicator's name or a CRC article's title: a BCP 47 language tag
/// (<c>nl</c>, <c>en</c>, <c>de-AT</c>) to the text in that language, with a default language for readers whose language
/// it lacks.
/// </summary>
/// <remarks>
/// <para>
/// Tags are checked for their shape (a primary language of 2 or 3 letters, then subtags of 1 to 8 letters or digits) and
/// kept in RFC 5646's case (<c>de-AT</c>); they are compared ignoring case, so one text holds at most one entry per tag.
/// Texts must not be blank. <see cref="For(string)"/> looks a reader's language up as RFC 4647's lookup does: <c>de-AT</c>,
/// then <c>de</c>, then the <see cref="DefaultLanguage"/>.
/// </para>
/// <para>
/// Two values are equal when they hold the same texts for the same tags and have the same default language; the order of
/// the other languages does not matter. JSON is an object of tag to text, the default language first:
/// <c>{"nl": "Thuiszitters", "en": "Children at home"}</c>; reading it takes the first property as the default language
/// and refuses an empty object, a repeated tag, a malformed tag and a blank text.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly ImmutableArray<KeyValuePair<string, string>> _texts;

    /// <summary>Creates a text in one language, which is its default language.</summary>
    /// <param name="language">The BCP 47 tag, e.g. <c>nl</c>.</param>
    /// <param name="text">The text in that language.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag, or <paramref name="text"/> is blank.</exception>
    public LocalizedText(string language, string text)
        : this([new KeyValuePair<string, string>(Required(language), Required(text))], defaultLanguage: null)
    {
    }

    /// <summary>Creates a text in the given languages.</summary>
    /// <param name="texts">Each language's tag and text; at least one, each tag once (ignoring case).</param>
    /// <param name="defaultLanguage">The language for readers whose language the text lacks; one of <paramref name="texts"/>. The first of <paramref name="texts"/> when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>, or holds a <see langword="null"/> tag or text.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="texts"/> is empty, repeats a tag, holds a malformed tag or a blank text, or <paramref name="defaultLanguage"/> is not one of its languages.
    /// </exception>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts, string? defaultLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (language, text) in texts)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            var tag = LanguageTags.Normalise(language, nameof(texts));
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"The text for '{tag}' is blank; leave the language out instead.", nameof(texts));
            }

            if (IndexOf(builder, tag) >= 0)
            {
                throw new ArgumentException($"The language '{tag}' is given twice; a text has one entry per language.", nameof(texts));
            }

            builder.Add(new(tag, text));
        }

        if (builder.Count == 0)
        {
            throw new ArgumentException("A localized text needs a text in at least one language.", nameof(texts));
        }

        if (defaultLanguage is not null)
        {
            var index = IndexOf(builder, LanguageTags.Normalise(defaultLanguage, nameof(defaultLanguage)));
            if (index < 0)
            {
                throw new ArgumentException($"The default language '{defaultLanguage}' is not one of the text's languages ({string.Join(", ", builder.Select(t => t.Key))}).", nameof(defaultLanguage));
            }

            var first = builder[index];
            builder.RemoveAt(index);
            builder.Insert(0, first);
        }

        _texts = builder.ToImmutable();
    }

    private LocalizedText(ImmutableArray<KeyValuePair<string, string>> texts) => _texts = texts;

    /// <summary>The language for readers whose language the text lacks, in canonical case.</summary>
    public string DefaultLanguage => _texts[0].Key;

    /// <summary>The text in the <see cref="DefaultLanguage"/>.</summary>
    public string Default => _texts[0].Value;

    /// <summary>The languages the text is given in, in canonical case, the default language first.</summary>
    public IReadOnlyList<string> Languages => [.. _texts.Select(t => t.Key)];

    /// <summary>The text in the reader's <paramref name="language"/>: its own tag's, else that of a less specific tag (<c>de-AT</c>, then <c>de</c>), else the default language's.</summary>
    /// <param name="language">The reader's BCP 47 tag; compared ignoring case.</param>
    /// <returns>The best text for the reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag.</exception>
    public string For(string language) =>
        TryGet(language, out var text) ? text : Default;

    /// <summary>The text in the language of <paramref name="culture"/>, as <see cref="For(string)"/>; the default language's for the invariant culture.</summary>
    /// <param name="culture">The reader's culture, e.g. <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The best text for the reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return LanguageTags.TryNormalise(culture.Name, out var tag) && Find(tag) is { } text ? text : Default;
    }

    /// <summary>Tries to find a text for <paramref name="language"/> or a less specific tag (<c>de-AT</c>, then <c>de</c>), without falling back to the default language.</summary>
    /// <param name="language">The BCP 47 tag; compared ignoring case.</param>
    /// <param name="text">The text, or <see langword="null"/> when neither the tag nor a less specific one is given.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag.</exception>
    public bool TryGet(string language, [NotNullWhen(true)] out string? text)
    {
        text = Find(LanguageTags.Normalise(language, nameof(language)));
        return text is not null;
    }

    /// <summary>A copy with <paramref name="text"/> for <paramref name="language"/>, replacing a text the language had; the default language stays.</summary>
    /// <param name="language">The BCP 47 tag.</param>
    /// <param name="text">The text in that language.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag, or <paramref name="text"/> is blank.</exception>
    public LocalizedText With(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var tag = LanguageTags.Normalise(language, nameof(language));
        var entry = new KeyValuePair<string, string>(tag, text);
        var index = IndexOf(_texts, tag);
        return new(index < 0 ? _texts.Add(entry) : _texts.SetItem(index, entry));
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_texts.Length == other._texts.Length
                && string.Equals(DefaultLanguage, other.DefaultLanguage, StringComparison.Ordinal)
                && _texts.All(t => string.Equals(other.Find(t.Key, exact: true), t.Value, StringComparison.Ordinal))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (language, text) in _texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            hash.Add(language, StringComparer.Ordinal);
            hash.Add(text, StringComparer.Ordinal);
        }

        hash.Add(DefaultLanguage, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The text in the default language.</summary>
    /// <returns><see cref="Default"/>.</returns>
    public override string ToString() => Default;

    /// <summary>Whether two values hold the same texts with the same default language.</summary>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ in a text or in their default language.</summary>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    private string? Find(string canonical, bool exact = false)
    {
        foreach (var tag in exact ? [canonical] : LanguageTags.Fallbacks(canonical))
        {
            var index = IndexOf(_texts, tag);
            if (index >= 0)
            {
                return _texts[index].Value;
            }
        }

        return null;
    }

    private static string Required(string value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, string>> texts, string canonical)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (string.Equals(texts[i].Key, canonical, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Converter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A localized text is a JSON object of language tag to text, such as {\"nl\": \"…\", \"en\": \"…\"}.");
            }

            var texts = new List<KeyValuePair<string, string>>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var language = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    throw new JsonException($"The text for '{language}' is not a JSON string.");
                }

                texts.Add(new(language, reader.GetString()!));
            }

            try
            {
                return new LocalizedText(texts);
            }
            catch (ArgumentException e)
            {
                throw new JsonException($"The localized text is not valid: {e.Message}", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (language, text) in value._texts)
            {
                writer.WriteString(language, text);
            }

            writer.WriteEndObject();
        }
    }
}
