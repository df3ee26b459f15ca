using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Checklists;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class ChecklistTableTests : BunitContext
{
    private static readonly Dictionary<ChecklistQuestionId, ChecklistAnswer> s_answers = new()
    {
        [ChecklistQuestionId.Parse("voice-01")] = Checklist.Example.Find(ChecklistQuestionId.Parse("voice-01"))!.Answer("partly", new LocalDate(2026, 2, 1), "https://example.org/raad"),
        [ChecklistQuestionId.Parse("play-03")] = Checklist.Example.Find(ChecklistQuestionId.Parse("play-03"))!.Answer("Opvoedsteunpunt.", new LocalDate(2026, 2, 2)),
    };

    public ChecklistTableTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void The_questions_are_grouped_per_goal_area_with_the_answers_in_the_pages_language_and_marked_as_an_example()
    {
        var cut = Render<ChecklistTable>(p => p.Add(c => c.Checklist, Checklist.Example).Add(c => c.Answers, s_answers));

        Assert.Equal("2 van 15 vragen beantwoord.", cut.Find("p.count").TextContent);
        Assert.Contains("voorbeeld", cut.Find("p.example").TextContent, StringComparison.Ordinal);
        Assert.Equal(5, cut.FindAll("section h2").Count);
        var voice = cut.Find("tr[data-question='voice-01']");
        Assert.Equal("Is er een kinder- of jongerenraad die de gemeente structureel raadpleegt?", voice.QuerySelector("th")!.TextContent);
        Assert.Equal("deels", voice.QuerySelector(".answer")!.TextContent);
        Assert.Equal("https://example.org/raad", voice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Opvoedsteunpunt.", cut.Find("tr[data-question='play-03'] .answer").TextContent);
        Assert.Equal("niet beantwoord", cut.Find("tr[data-question='fair-01'] .answer").TextContent);
    }

    [Fact]
    public void Evidence_that_is_not_a_web_address_is_shown_as_text_not_as_a_link()
    {
        var answers = new Dictionary<ChecklistQuestionId, ChecklistAnswer>
        {
            [ChecklistQuestionId.Parse("voice-01")] = new(ChecklistQuestionId.Parse("voice-01"), "yes", new LocalDate(2026, 2, 1), "javascript:alert(1)"),
        };

        var cut = Render<ChecklistTable>(p => p.Add(c => c.Checklist, Checklist.Example).Add(c => c.Answers, answers));

        Assert.Empty(cut.FindAll("a"));
        Assert.Contains("javascript:alert(1)", cut.Find("tr[data-question='voice-01']").TextContent, StringComparison.Ordinal);
    }
}
