using System.Text.Json;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Checklists;

public sealed class ChecklistTests
{
    private static readonly LocalDate s_on = new(2026, 11, 2);

    private static ChecklistQuestion Question(string id, ChecklistAnswerKind kind = ChecklistAnswerKind.YesPartlyNo) =>
        new(ChecklistQuestionId.Parse(id), GoalArea.VoiceHeard, "Is er een kinderraad?", "Is there a children's council?", kind);

    [Fact]
    public void The_example_checklist_is_marked_as_an_example_and_covers_every_goal_area()
    {
        var example = Checklist.Example;

        Assert.True(example.IsExample);
        Assert.Contains("example", example.Id, StringComparison.Ordinal);
        Assert.InRange(example.Questions.Length, 12, 20);
        Assert.Equal(GoalAreas.All, example.Questions.Select(q => q.GoalArea).Distinct().Order());
        Assert.Equal(example.Questions.Length, example.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal("example-checklist v1 (15 questions, example)", example.ToString());
    }

    [Fact]
    public void A_checklist_refuses_two_questions_with_the_same_id()
    {
        var refused = Assert.Throws<ArgumentException>(() => new Checklist("eigen", 1, [Question("voice-01"), Question("voice-01")]));

        Assert.Equal("questions", refused.ParamName);
        Assert.Contains("voice-01", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_has_questions_a_version_and_an_identifier()
    {
        Assert.Throws<ArgumentException>(() => new Checklist("eigen", 1, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Checklist("eigen", 0, [Question("a")]));
        Assert.Throws<FormatException>(() => new Checklist("eigen lijst", 1, [Question("a")]));
        Assert.Throws<ArgumentException>(() => new Checklist("eigen", 1, Enumerable.Range(0, Checklist.MaxQuestions + 1).Select(i => Question($"q{i}"))));
    }

    [Fact]
    public void A_question_is_found_by_its_id()
    {
        Assert.Equal(GoalArea.VoiceHeard, Checklist.Example.Find(ChecklistQuestionId.Parse("voice-01"))!.GoalArea);
        Assert.Null(Checklist.Example.Find(ChecklistQuestionId.Parse("nope")));
    }

    [Theory]
    [InlineData(ChecklistAnswerKind.YesNo, "Yes ", "yes")]
    [InlineData(ChecklistAnswerKind.YesPartlyNo, "PARTLY", "partly")]
    [InlineData(ChecklistAnswerKind.FreeText, " Via de jongerenraad. ", "Via de jongerenraad.")]
    public void An_answer_that_fits_the_question_is_kept_in_its_normal_form(ChecklistAnswerKind kind, string given, string kept)
    {
        var answer = Question("q", kind).Answer(given, s_on, " https://example.org/raad ");

        Assert.Equal(kept, answer.Answer);
        Assert.Equal("https://example.org/raad", answer.Evidence);
        Assert.Equal(s_on, answer.AnsweredOn);
    }

    [Theory]
    [InlineData(ChecklistAnswerKind.YesNo, "partly")]
    [InlineData(ChecklistAnswerKind.YesPartlyNo, "misschien")]
    [InlineData(ChecklistAnswerKind.FreeText, "  ")]
    public void An_answer_that_does_not_fit_the_question_is_refused(ChecklistAnswerKind kind, string given) =>
        Assert.Equal("answer", Assert.ThrowsAny<ArgumentException>(() => Question("q", kind).Answer(given, s_on)).ParamName);

    [Fact]
    public void Evidence_has_a_maximum_length() =>
        Assert.Equal("evidence", Assert.Throws<ArgumentException>(() => Question("q").Answer("yes", s_on, new string('x', ChecklistAnswer.MaxEvidenceLength + 1))).ParamName);

    [Fact]
    public void A_question_refuses_an_undefined_goal_area_or_kind()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChecklistQuestion(ChecklistQuestionId.Parse("q"), default, "nl", "en", ChecklistAnswerKind.YesNo));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChecklistQuestion(ChecklistQuestionId.Parse("q"), GoalArea.VoiceHeard, "nl", "en", default));
        Assert.Throws<ArgumentException>(() => new ChecklistQuestion(default, GoalArea.VoiceHeard, "nl", "en", ChecklistAnswerKind.YesNo));
    }

    [Fact]
    public void The_stored_form_of_the_example_checklist_is_approved() =>
        Approvals.VerifyJson(Checklist.Example);

    [Fact]
    public void A_checklist_file_with_a_duplicate_question_is_refused_naming_it()
    {
        var refused = JsonRoundTrip.AssertRefused<Checklist>("""
            {"id":"eigen","version":2,"questions":[
              {"id":"a","goalArea":"VoiceHeard","nl":"Vraag","en":"Question","kind":"YesNo"},
              {"id":"a","goalArea":"VoiceHeard","nl":"Vraag","en":"Question","kind":"YesNo"}]}
            """);

        Assert.Contains("'a' is used twice", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_read_from_a_file_is_not_an_example_unless_it_says_so()
    {
        var read = JsonSerializer.Deserialize<Checklist>("""{"id":"eigen","version":2,"questions":[{"id":"a","goalArea":"VoiceHeard","nl":"Vraag","en":"Question","kind":"YesNo"}]}""", JsonRoundTrip.Web)!;

        Assert.False(read.IsExample);
        Assert.Equal(2, read.Version);
        JsonRoundTrip.AssertRoundTrips(read);
    }

    [Fact]
    public void Answers_and_question_ids_round_trip() =>
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 64], Gen.Int[0, 2], Gen.Int[0, 3650]).Sample((id, choice, day) =>
        {
            var question = new ChecklistQuestion(ChecklistQuestionId.Parse(id), GoalArea.EssentialServices, "Vraag", "Question", ChecklistAnswerKind.YesPartlyNo);
            var answer = question.Answer(question.Choices[choice], new LocalDate(2020, 1, 1).PlusDays(day), choice == 0 ? null : "besluit");

            Assert.Equal(question.Id, ChecklistQuestionId.Parse(question.Id.ToString()));
            JsonRoundTrip.AssertRoundTrips(answer);
            JsonRoundTrip.AssertRoundTrips(question);
        });
}
