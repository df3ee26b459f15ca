using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Languages;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText s_name =
        new LocalizedText("nl", "Kindvriendelijke gemeente").With("en", "Child friendly city").With("de", "Kinderfreundliche Kommune");

    private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    [Theory]
    [InlineData("de", "Kinderfreundliche Kommune")]
    [InlineData("de-AT", "Kinderfreundliche Kommune")]
    [InlineData("DE-at", "Kinderfreundliche Kommune")]
    [InlineData("de-Latn-AT-x-wien", "Kinderfreundliche Kommune")]
    [InlineData("en-GB", "Child friendly city")]
    [InlineData("fr", "Kindvriendelijke gemeente")]
    [InlineData("pap", "Kindvriendelijke gemeente")]
    public void A_reader_gets_their_language_then_a_less_specific_one_then_the_default(string language, string expected) =>
        Assert.Equal(expected, s_name.For(language));

    [Fact]
    public void A_regional_text_is_found_before_its_language_and_not_for_another_region()
    {
        var text = new LocalizedText("de", "Gemeinde").With("de-CH", "Gemeinde (Schweiz)");
        Assert.Equal("Gemeinde (Schweiz)", text.For("de-ch"));
        Assert.Equal("Gemeinde", text.For("de-AT"));
        Assert.False(text.TryGet("fr", out _));
        Assert.True(text.TryGet("de-LI", out var liechtenstein));
        Assert.Equal("Gemeinde", liechtenstein);
    }

    [Fact]
    public void A_culture_is_looked_up_by_its_name_and_the_invariant_culture_gets_the_default()
    {
        Assert.Equal("Kinderfreundliche Kommune", s_name.For(CultureInfo.GetCultureInfo("de-AT")));
        Assert.Equal("Child friendly city", s_name.For(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Kindvriendelijke gemeente", s_name.For(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Tags_are_kept_in_their_canonical_case_and_the_first_language_is_the_default()
    {
        var text = new LocalizedText([new("EN-gb", "Council"), new("sr-latn-rs", "Opština"), new("NL", "Gemeente")]);
        Assert.Equal(["en-GB", "sr-Latn-RS", "nl"], text.Languages);
        Assert.Equal("en-GB", text.DefaultLanguage);
        Assert.Equal("Council", text.Default);
        Assert.Equal("Council", text.ToString());
    }

    [Fact]
    public void A_stated_default_language_comes_first()
    {
        var text = new LocalizedText([new("en", "Housing"), new("nl", "Wonen")], defaultLanguage: "NL");
        Assert.Equal("nl", text.DefaultLanguage);
        Assert.Equal("Wonen", text.For("fr"));
        Assert.Equal(["nl", "en"], text.Languages);
    }

    [Theory]
    [InlineData("", "language tag")]
    [InlineData("n", "language tag")]
    [InlineData("dutch", "language tag")]
    [InlineData("nl_NL", "language tag")]
    [InlineData("nl-", "language tag")]
    [InlineData("de-AT-abcdefghi", "language tag")]
    [InlineData("x-klingon", "language tag")]
    public void A_malformed_tag_is_refused_with_a_message_naming_it(string tag, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new LocalizedText(tag, "tekst"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => s_name.For(tag));
    }

    [Fact]
    public void Empty_repeated_blank_and_unknown_default_are_refused()
    {
        Assert.Contains("at least one language", Assert.Throws<ArgumentException>(() => new LocalizedText([])).Message, StringComparison.Ordinal);
        Assert.Contains("'nl' is given twice", Assert.Throws<ArgumentException>(() => new LocalizedText([new("nl", "a"), new("NL", "b")])).Message, StringComparison.Ordinal);
        Assert.Contains("blank", Assert.Throws<ArgumentException>(() => new LocalizedText("nl", " ")).Message, StringComparison.Ordinal);
        Assert.Equal("defaultLanguage", Assert.Throws<ArgumentException>(() => new LocalizedText([new("nl", "a")], "de")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => s_name.With("fr", "")).ParamName);
    }

    [Fact]
    public void With_replaces_a_language_and_keeps_the_default()
    {
        var changed = s_name.With("DE", "Kinderfreundliche Stadt");
        Assert.Equal("Kinderfreundliche Stadt", changed.For("de"));
        Assert.Equal("Kinderfreundliche Kommune", s_name.For("de"));
        Assert.Equal(["nl", "en", "de"], changed.Languages);
        Assert.Equal("nl", s_name.With("fr", "Ville amie des enfants").DefaultLanguage);
    }

    [Fact]
    public void Equal_texts_are_equal_whatever_the_order_of_the_other_languages()
    {
        var reordered = new LocalizedText("nl", "Kindvriendelijke gemeente").With("de", "Kinderfreundliche Kommune").With("EN", "Child friendly city");
        Assert.Equal(s_name, reordered);
        Assert.True(s_name == reordered);
        Assert.Equal(s_name.GetHashCode(), reordered.GetHashCode());
        Assert.NotEqual(s_name, new LocalizedText([new("en", "Child friendly city"), new("nl", "Kindvriendelijke gemeente"), new("de", "Kinderfreundliche Kommune")]));
        Assert.NotEqual(s_name, s_name.With("de", "Kinderfreundliche Stadt"));
        Assert.False(s_name == null);
    }

    [Fact]
    public void Json_is_an_object_of_tag_to_text_with_the_default_language_first()
    {
        var json = JsonSerializer.Serialize(s_name, s_options);
        Assert.Equal("""{"nl":"Kindvriendelijke gemeente","en":"Child friendly city","de":"Kinderfreundliche Kommune"}""", json);
        var back = JsonSerializer.Deserialize<LocalizedText>(json, s_options)!;
        Assert.Equal(s_name, back);
        Assert.Equal("nl", back.DefaultLanguage);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<LocalizedText>(json), s_options));
    }

    [Theory]
    [InlineData("{}", "at least one language")]
    [InlineData("""{"nl":"a","NL":"b"}""", "given twice")]
    [InlineData("""{"nl_NL":"a"}""", "language tag")]
    [InlineData("""{"nl":" "}""", "blank")]
    [InlineData("""{"nl":1}""", "not a JSON string")]
    [InlineData("""["nl","a"]""", "JSON object")]
    [InlineData("\"a\"", "JSON object")]
    public void Invalid_json_is_a_json_error_that_says_why(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalizedText>(json, s_options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
