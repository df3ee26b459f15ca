using Cfc.Sdk.Checklists;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Checklists;
using Cfc.Sdk.Orleans.Tests.Network;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Checklists;

/// <summary>Checklist grains on the network tests' silo, which answers the built-in example checklist.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class ChecklistGrainTests(NetworkClusterFixture cluster)
{
    private static readonly ChecklistQuestionId s_voice = ChecklistQuestionId.Parse("voice-01");

    [Fact]
    public async Task An_answer_replaces_the_members_earlier_answer_to_the_question_and_survives_a_restart()
    {
        var grain = cluster.Client.GetChecklist("checklist-answers", MemberCode.DenHaag);

        await grain.AnswerAsync(new ChecklistAnswer(s_voice, "no", new LocalDate(2024, 1, 10)));
        await grain.AnswerAsync(new ChecklistAnswer(ChecklistQuestionId.Parse("play-03"), "Opvoedsteunpunt in elke wijk.", new LocalDate(2024, 1, 10)));
        await grain.AnswerAsync(new ChecklistAnswer(s_voice, "Partly", new LocalDate(2024, 2, 10), "https://example.org/raad"));
        await cluster.DeactivateAsync(grain);

        var answers = await grain.GetAnswersAsync();
        Assert.Equal(["voice-01: partly (2024-02-10)", "play-03: Opvoedsteunpunt in elke wijk. (2024-01-10)"], answers.Select(a => a.ToString()));
        Assert.Empty(await cluster.Client.GetChecklist("checklist-answers", MemberCode.GooiseMeren).GetAnswersAsync());
    }

    [Fact]
    public async Task An_answer_to_a_question_the_checklist_does_not_ask_or_that_does_not_fit_is_refused()
    {
        var grain = cluster.Client.GetChecklist("checklist-refused", MemberCode.DenHaag);

        await Assert.ThrowsAsync<ArgumentException>(() => grain.AnswerAsync(new ChecklistAnswer(ChecklistQuestionId.Parse("nope"), "yes", new LocalDate(2024, 1, 10))));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.AnswerAsync(new ChecklistAnswer(s_voice, "misschien", new LocalDate(2024, 1, 10))));

        Assert.Empty(await grain.GetAnswersAsync());
    }
}
