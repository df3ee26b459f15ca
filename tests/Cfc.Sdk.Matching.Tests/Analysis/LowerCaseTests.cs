using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Matching.Tests.Analysis;

public sealed class LowerCaseTests
{
    [Fact]
    public void Every_character_is_lowered_as_the_invariant_culture_lowers_it()
    {
        Span<char> lower = stackalloc char[1];
        Span<char> expected = stackalloc char[1];
        for (var c = 0; c <= 0x2FF; c++)
        {
            ReadOnlySpan<char> word = [(char)c];
            LanguageWords.ToLowerInvariant(word, lower);
            word.ToLowerInvariant(expected);
            Assert.True(lower[0] == expected[0], $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("SCHULABSENTISMUS")]
    [InlineData("Straße")]
    [InlineData("ÉCOLE")]
    [InlineData("Absentéisme")]
    [InlineData("NIÑOS")]
    [InlineData("Œuvre")]
    [InlineData("İstanbul")]
    [InlineData("ΑΘΗΝΑ")]
    public void A_word_is_lowered_as_the_invariant_culture_lowers_it(string word)
    {
        var lower = new char[word.Length];
        LanguageWords.ToLowerInvariant(word, lower);
        Assert.Equal(word.ToLowerInvariant(), new string(lower));
    }
}
