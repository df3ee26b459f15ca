using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching;

/// <summary>A word or phrase the match shares with the query, as written in the matched text, and its share of the score.</summary>
/// <remarks>
/// Two values are equal when both properties are equal (the text ordinally). The default value has no text; it formats
/// as the empty string and is never part of <see cref="MatchReasons"/>. JSON (property names follow the naming policy of the options in use; camelCase here): <c>{"text": "pesten", "share": 0.42}</c>,
/// validated on read. The default value is not stored: writing it throws a <see cref="System.Text.Json.JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly record struct TermReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="text">The word or phrase as written in the matched issue or profile.</param>
    /// <param name="share">Its share of the match's score, from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not from 0 to 1.</exception>
    public TermReason(string text, double share)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!double.IsFinite(share) || share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, string.Create(CultureInfo.InvariantCulture, $"A share of the score is from 0 to 1; it is {share}."));
        }

        Text = text;
        Share = share;
    }

    /// <summary>The word or phrase as written in the matched issue or profile (for a shared thesaurus concept, the words that express it there); <see langword="null"/> only for the default value.</summary>
    public string Text { get; }

    /// <summary>Its share of the match's score, from 0 to 1.</summary>
    public double Share { get; }

    /// <summary>The reason as invariant text, for diagnostics.</summary>
    /// <returns>Text such as <c>pesten 0.42</c>; the empty string for the default value.</returns>
    public override string ToString() => Text is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Text} {Share:0.####}");

    private sealed class Stored
    {
        public required string Text { get; init; }

        public required double Share { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<TermReason, Stored>
    {
        protected override TermReason FromStored(Stored stored) => new(stored.Text, stored.Share);

        protected override Stored ToStored(TermReason value) => value.Text is null
            ? throw new JsonException("The default TermReason has no text; it is not stored, because it could not be read back.")
            : new() { Text = value.Text, Share = value.Share };
    }
}
