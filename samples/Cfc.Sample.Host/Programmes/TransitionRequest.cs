using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Programmes;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/programme/transitions</c>:
/// <c>{"phase": "Agreement", "on": "2023-11-30", "note": "optional", "criteria": ["Results"], "override": "optional"}</c>.
/// </summary>
/// <remarks>The values are read as text and checked here, so that an unknown phase or a bad date is a 400 naming its field.</remarks>
/// <param name="Phase">The phase entered, by name.</param>
/// <param name="On">The date of the transition, ISO (<c>2023-11-30</c>).</param>
/// <param name="Note">An optional note.</param>
/// <param name="Criteria">The global minimum criteria the evidence shows, by name; optional.</param>
/// <param name="Override">
/// For a transition to <c>Recognised</c> only: why the recognition is granted although the recognition dossier is not
/// ready; recorded with the transition. Optional, not blank, at most as long as a note.
/// </param>
internal sealed record TransitionRequest([property: Required] string? Phase, [property: Required] string? On, string? Note, IReadOnlyList<string?>? Criteria, string? Override = null)
{
    /// <summary>The domain's transition, or the errors that keep the request from being one.</summary>
    /// <param name="errors">Receives the invalid fields.</param>
    /// <returns>The transition; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public PhaseTransition? ToTransition(ValidationErrors errors)
    {
        var phase = Names.Parse<ProgrammePhase>(Phase, "phase", "a programme phase", errors);
        LocalDate? on = null;
        if (string.IsNullOrWhiteSpace(On))
        {
            errors.Add("on", "The date of the transition is required, e.g. \"2023-11-30\".");
        }
        else if (LocalDatePattern.Iso.Parse(On) is { Success: true } parsed)
        {
            on = parsed.Value;
        }
        else
        {
            errors.Add("on", $"'{On}' is not an ISO date such as \"2023-11-30\".");
        }

        var criteria = new List<MinimumCriterion>();
        for (var i = 0; i < (Criteria?.Count ?? 0); i++)
        {
            if (Names.Parse<MinimumCriterion>(Criteria![i], $"criteria[{i}]", "a minimum criterion", errors) is { } criterion)
            {
                criteria.Add(criterion);
            }
        }

        // Counted as the transition keeps them: trimmed.
        if (Note?.Trim() is { Length: > PhaseTransition.MaxNoteLength } note)
        {
            errors.Add("note", $"A note has at most {PhaseTransition.MaxNoteLength} characters; this one has {note.Length}.");
        }

        if (Override is not null)
        {
            if (string.IsNullOrWhiteSpace(Override))
            {
                errors.Add("override", "An override states why the recognition is granted anyway; it is not blank.");
            }
            else if (Override.Trim() is { Length: > PhaseTransition.MaxNoteLength } reason)
            {
                errors.Add("override", $"An override has at most {PhaseTransition.MaxNoteLength} characters; this one has {reason.Length}.");
            }
            else if (phase is not null and not ProgrammePhase.Recognised)
            {
                errors.Add("override", $"Only a transition to Recognised overrides the recognition dossier; this one is to {phase}.");
            }
        }

        return errors.Any ? null : new PhaseTransition(phase!.Value, on!.Value, Note, criteria, Override);
    }
}
