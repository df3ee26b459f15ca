namespace Cfc.Sdk.Checklists;

/// <summary>How a question of a <see cref="Checklist"/> is answered.</summary>
/// <remarks>The default value 0 is not a kind of answer.</remarks>
public enum ChecklistAnswerKind
{
    /// <summary>Answered <c>yes</c> or <c>no</c>.</summary>
    YesNo = 1,

    /// <summary>Answered <c>yes</c>, <c>partly</c> or <c>no</c>.</summary>
    YesPartlyNo = 2,

    /// <summary>Answered in free text, at most <see cref="ChecklistAnswer.MaxAnswerLength"/> characters.</summary>
    FreeText = 3,
}
