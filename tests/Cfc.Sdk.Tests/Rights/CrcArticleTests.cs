using System.Text.Json;
using Cfc.Sdk.Rights;
using CsCheck;

namespace Cfc.Sdk.Tests.Rights;

public sealed class CrcArticleTests
{
    [Fact]
    public void The_convention_has_54_articles_in_order()
    {
        Assert.Equal(54, CrcArticle.All.Count);
        Assert.Equal(Enumerable.Range(1, 54), CrcArticle.All.Select(a => a.Number));
        Assert.All(CrcArticle.All, a => Assert.False(string.IsNullOrWhiteSpace(a.EnglishTitle)));
        Assert.All(CrcArticle.All, a => Assert.False(string.IsNullOrWhiteSpace(a.DutchTitle)));
    }

    [Fact]
    public void The_general_principles_are_articles_2_3_6_and_12()
    {
        Assert.Equal([2, 3, 6, 12], CrcArticle.GeneralPrinciples.Select(a => a.Number));
        Assert.Equal([2, 3, 6, 12], CrcArticle.All.Where(a => a.IsGeneralPrinciple).Select(a => a.Number));
    }

    [Fact]
    public void Named_articles_carry_their_titles()
    {
        Assert.Equal(27, CrcArticle.StandardOfLiving.Number);
        Assert.Equal("Adequate standard of living", CrcArticle.StandardOfLiving.EnglishTitle);
        Assert.Equal("Levensstandaard", CrcArticle.StandardOfLiving.DutchTitle);
        Assert.Equal("Leisure, play and culture", CrcArticle.PlayAndLeisure.EnglishTitle);
        Assert.Equal(CrcArticle.FromNumber(12), CrcArticle.ViewsOfTheChild);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(-1)]
    public void A_number_outside_1_to_54_is_rejected(int number)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CrcArticle.FromNumber(number));
        Assert.Contains("articles 1 to 54", error.Message, StringComparison.Ordinal);
        Assert.False(CrcArticle.TryFromNumber(number, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("+27")]
    [InlineData(" 27")]
    [InlineData("60")]
    public void Text_that_is_no_article_number_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => CrcArticle.Parse(text));
    }

    [Fact]
    public void The_default_value_names_no_article()
    {
        Assert.Equal(0, default(CrcArticle).Number);
        Assert.Throws<InvalidOperationException>(() => default(CrcArticle).EnglishTitle);
    }

    [Fact]
    public void Text_and_json_round_trip() =>
        Gen.Int[1, 54].Sample(number =>
        {
            var article = CrcArticle.FromNumber(number);
            Assert.Equal(article, CrcArticle.Parse(article.ToString()));
            Assert.Equal(article, JsonSerializer.Deserialize<CrcArticle>(JsonSerializer.Serialize(article)));
            Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), JsonSerializer.Serialize(article));
        });

    [Fact]
    public void Json_with_an_invalid_article_is_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CrcArticle>("99"));

    [Fact]
    public void Articles_order_by_number()
    {
        Assert.True(CrcArticle.NonDiscrimination < CrcArticle.StandardOfLiving);
        Assert.Equal(CrcArticle.All, CrcArticle.All.Reverse().Order());
    }

    [Fact]
    public void Every_article_has_a_title_in_english_dutch_german_french_and_spanish_with_english_the_default() =>
        Assert.All(CrcArticle.All, a =>
        {
            Assert.Equal(["en", "nl", "de", "fr", "es"], a.Title.Languages);
            Assert.Equal((a.EnglishTitle, a.DutchTitle), (a.Title.Default, a.Title.For("nl")));
        });

    [Fact]
    public void A_reader_gets_the_title_in_their_language()
    {
        var article = CrcArticle.PlayAndLeisure;
        Assert.Equal(
            ("Vrije tijd, spel en cultuur", "Freizeit, Spiel und Kultur", "Loisirs, jeux et activités culturelles", "Esparcimiento, juego y actividades culturales", "Leisure, play and culture"),
            (article.Title.For("nl-BE"), article.Title.For("de-AT"), article.Title.For("fr"), article.Title.For("es-419"), article.Title.For("pap")));
        Assert.Equal("Interés superior del niño", CrcArticle.BestInterests.Title.For("es"));
        Assert.Throws<InvalidOperationException>(() => default(CrcArticle).Title);
    }
}
