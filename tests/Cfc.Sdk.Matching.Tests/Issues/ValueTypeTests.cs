using System.Text.Json;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using CsCheck;

namespace Cfc.Sdk.Matching.Tests.Issues;

public sealed class ValueTypeTests
{
    [Fact]
    public void IssueId_round_trips_through_its_text() =>
        Gen.String[Gen.Char["abcXYZ019-_."], 1, 64].Where(s => char.IsAsciiLetterOrDigit(s[0])).Sample(text =>
        {
            var id = IssueId.Parse(text);
            Assert.Equal(text, id.ToString());
            Assert.Equal(id, IssueId.Parse(id.ToString()));
            Assert.Equal(id, JsonSerializer.Deserialize<IssueId>(JsonSerializer.Serialize(id)));
        });

    [Fact]
    public void IssueId_json_that_is_not_an_id_is_rejected_with_the_reason()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IssueId>("\"-x\""));
        Assert.Contains("is not an issue id", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IssueId>("7"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("ë")]
    public void IssueId_rejects_invalid_text(string text)
    {
        Assert.False(IssueId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => IssueId.Parse(text));
    }

    [Fact]
    public void LocalIssue_validates_and_normalises()
    {
        var id = IssueId.Parse("i1");
        var member = MemberCode.Parse("GM0518");
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new LocalIssue(default, member, "t", "")).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new LocalIssue(id, default, "t", "")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new LocalIssue(id, member, "  ", "")).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new LocalIssue(id, member, "t", "", [" "])).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => new LocalIssue(id, member, "t", "", null, [default])).ParamName);
        Assert.Equal("ageGroups", Assert.Throws<ArgumentException>(() => new LocalIssue(id, member, "t", "", ageGroups: (AgeGroups)64)).ParamName);

        var issue = new LocalIssue(id, member, "Titel", "Tekst", [" Armoede", "armoede", "Wonen "], [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity, CrcArticle.StandardOfLiving]);
        Assert.Equal(["armoede", "wonen"], issue.Themes);
        Assert.Equal([CrcArticle.SocialSecurity, CrcArticle.StandardOfLiving], issue.Articles);
        Assert.Equal(issue, new LocalIssue(id, member, "Titel", "Tekst", ["armoede", "wonen"], [CrcArticle.SocialSecurity, CrcArticle.StandardOfLiving]));
        Assert.NotEqual(issue, new LocalIssue(id, member, "Titel", "Andere tekst", ["armoede", "wonen"], [CrcArticle.SocialSecurity, CrcArticle.StandardOfLiving]));
    }
}
