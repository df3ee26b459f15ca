using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.ActionPlans;

/// <summary>
/// A point of a member's action plan (actiepunt): what the municipality will do in a goal area, linked to the indicators it
/// should move and, optionally, to the member's target for one of them, with an owner, a due date and its history of statuses.
/// </summary>
/// <remarks>
/// <para>
/// A point starts <see cref="ActionPointStatus.Planned"/> on the day it is created. Its status then changes through
/// <see cref="ChangeStatus"/>: never dated before the previous change, nor after today, nor to the status it has. <see cref="ActionPointStatus.Done"/> and
/// <see cref="ActionPointStatus.Dropped"/> close it: a closed point changes only through <see cref="Reopen"/>, which takes a
/// reason, so that reopening is always an explicit, explained step in the history. The whole history is kept.
/// </para>
/// <para>
/// The owner is a role or a department (<c>Team Jeugd</c>, <c>wethouder Jeugd</c>), never a person's name or contact details.
/// A point is overdue on a day when it is still open on that day and the day is after its due date (<see cref="IsOverdueOn"/>).
/// </para>
/// <para>
/// Immutable: <see cref="ChangeStatus"/> and <see cref="Reopen"/> return a new point. Two points are equal when all their values and the
/// whole history are equal. JSON writes <c>{"member", "title", "description", "goalArea", "indicators", "target", "owner",
/// "due", "history"}</c> (<c>description</c> and <c>target</c> only when given); the creation date and status are the first
/// and last steps of the history. Reading replays the history, so a history that does not start <c>Planned</c>, goes back in
/// time, or leaves a closed status without a reason is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ActionPoint : IEquatable<ActionPoint>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description accepted, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest owner accepted (a role or department), in characters.</summary>
    public const int MaxOwnerLength = 200;

    /// <summary>The most indicators a point is linked to.</summary>
    public const int MaxIndicators = 20;

    private readonly ImmutableArray<ActionPointChange> _history;

    /// <summary>Creates a point, <see cref="ActionPointStatus.Planned"/> on <paramref name="createdOn"/>.</summary>
    /// <param name="member">The member whose plan it is part of.</param>
    /// <param name="title">A short title, e.g. <c>Speelplekken in elke wijk</c>.</param>
    /// <param name="goalArea">The goal area it serves.</param>
    /// <param name="owner">Who carries it out: a role or a department, never a person's private data.</param>
    /// <param name="dueOn">The date it is due; not before <paramref name="createdOn"/>.</param>
    /// <param name="createdOn">The date it is created.</param>
    /// <param name="indicators">The catalogue indicators it should move, each once; <see langword="null"/> for none.</param>
    /// <param name="target">The indicator whose target (the member's) the point serves; one of <paramref name="indicators"/>, or <see langword="null"/>.</param>
    /// <param name="description">What will be done; blank for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="owner"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="member"/> or an indicator is the default value; a text is blank or too long; more than
    /// <see cref="MaxIndicators"/> indicators; <paramref name="target"/> is not one of <paramref name="indicators"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalArea"/> is not defined, or <paramref name="dueOn"/> is before <paramref name="createdOn"/>.</exception>
    public ActionPoint(
        MemberCode member,
        string title,
        GoalArea goalArea,
        string owner,
        LocalDate dueOn,
        LocalDate createdOn,
        IEnumerable<IndicatorId>? indicators = null,
        IndicatorId? target = null,
        string? description = null)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberCode names no member.", nameof(member));
        }

        if (!GoalAreas.IsDefined(goalArea))
        {
            throw GoalAreas.Undefined(goalArea);
        }

        Title = RequiredText.Check(title, MaxTitleLength, nameof(title));
        Owner = RequiredText.Check(owner, MaxOwnerLength, nameof(owner));
        Description = RequiredText.CheckOptional(description, MaxDescriptionLength, nameof(description));
        if (dueOn < createdOn)
        {
            throw new ArgumentOutOfRangeException(nameof(dueOn), LocalDatePattern.Iso.Format(dueOn), $"An action point created on {LocalDatePattern.Iso.Format(createdOn)} cannot be due before it, on {LocalDatePattern.Iso.Format(dueOn)}.");
        }

        var linked = new SortedSet<IndicatorId>();
        foreach (var indicator in indicators ?? [])
        {
            linked.Add(indicator == default ? throw new ArgumentException("The default IndicatorId names no indicator.", nameof(indicators)) : indicator);
        }

        if (linked.Count > MaxIndicators)
        {
            throw new ArgumentException($"An action point is linked to at most {MaxIndicators} indicators; this one to {linked.Count}.", nameof(indicators));
        }

        if (target is { } served && !linked.Contains(served))
        {
            throw new ArgumentException($"The target served is for indicator '{served}', which the action point is not linked to.", nameof(target));
        }

        Member = member;
        GoalArea = goalArea;
        DueOn = dueOn;
        Indicators = [.. linked];
        Target = target;
        _history = [new ActionPointChange(ActionPointStatus.Planned, createdOn)];
    }

    private ActionPoint(ActionPoint previous, ActionPointChange change)
    {
        Member = previous.Member;
        Title = previous.Title;
        Description = previous.Description;
        GoalArea = previous.GoalArea;
        Owner = previous.Owner;
        DueOn = previous.DueOn;
        Indicators = previous.Indicators;
        Target = previous.Target;
        _history = previous._history.Add(change);
    }

    /// <summary>The member whose plan it is part of.</summary>
    public MemberCode Member { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What will be done, trimmed; <see langword="null"/> when not given.</summary>
    public string? Description { get; }

    /// <summary>The goal area it serves.</summary>
    public GoalArea GoalArea { get; }

    /// <summary>Who carries it out: a role or a department.</summary>
    public string Owner { get; }

    /// <summary>The date it is due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The indicators it should move, each once, in order.</summary>
    public ImmutableArray<IndicatorId> Indicators { get; }

    /// <summary>The indicator whose target the point serves (one of <see cref="Indicators"/>); <see langword="null"/> for none.</summary>
    public IndicatorId? Target { get; }

    /// <summary>The date it was created (and planned).</summary>
    public LocalDate CreatedOn => _history[0].On;

    /// <summary>Its status now: the last step of the history.</summary>
    public ActionPointStatus Status => _history[^1].Status;

    /// <summary>Whether it is closed (<see cref="ActionPointStatus.Done"/> or <see cref="ActionPointStatus.Dropped"/>).</summary>
    public bool IsClosed => _history[^1].Closes;

    /// <summary>Every change, oldest first; the first is <see cref="ActionPointStatus.Planned"/> on the day it was created.</summary>
    public IReadOnlyList<ActionPointChange> History => _history;

    /// <summary>The point with its status changed to <paramref name="status"/> on <paramref name="on"/>.</summary>
    /// <param name="status">The new status; not the current one.</param>
    /// <param name="on">The date; not before the previous change, not after <paramref name="today"/>.</param>
    /// <param name="today">Today, in the member's zone.</param>
    /// <param name="note">An optional note; blank for none.</param>
    /// <returns>A new point with the change added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined, or <paramref name="on"/> is after <paramref name="today"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    /// <exception cref="ActionPointChangeException">The point is closed, has the status already, or <paramref name="on"/> is before the previous change.</exception>
    public ActionPoint ChangeStatus(ActionPointStatus status, LocalDate on, LocalDate today, string? note = null)
    {
        var change = new ActionPointChange(status, on, note);
        CheckDate(on, today);
        var last = _history[^1];
        if (last.Closes)
        {
            throw new ActionPointChangeException($"The action point is {last.Status} since {LocalDatePattern.Iso.Format(last.On)}; a closed point changes only when it is reopened, with a reason.");
        }

        if (status == last.Status)
        {
            throw new ActionPointChangeException($"The action point is {status} already.");
        }

        return new ActionPoint(this, change);
    }

    /// <summary>The closed point reopened on <paramref name="on"/>, with the reason.</summary>
    /// <param name="status">The open status it returns to: <see cref="ActionPointStatus.Planned"/> or <see cref="ActionPointStatus.InProgress"/>.</param>
    /// <param name="on">The date; not before the previous change, not after <paramref name="today"/>.</param>
    /// <param name="today">Today, in the member's zone.</param>
    /// <param name="reason">Why it is reopened; kept as the change's note.</param>
    /// <returns>A new point with the change added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not an open status, or <paramref name="on"/> is after <paramref name="today"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or too long.</exception>
    /// <exception cref="ActionPointChangeException">The point is open, or <paramref name="on"/> is before the previous change.</exception>
    public ActionPoint Reopen(ActionPointStatus status, LocalDate on, LocalDate today, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (status is not (ActionPointStatus.Planned or ActionPointStatus.InProgress))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"A reopened action point is {ActionPointStatus.Planned} or {ActionPointStatus.InProgress}, not {status}.");
        }

        var change = new ActionPointChange(status, on, RequiredText.Check(reason, ActionPointChange.MaxNoteLength, nameof(reason)));
        CheckDate(on, today);
        if (!IsClosed)
        {
            throw new ActionPointChangeException($"The action point is {Status}, not closed; only a {ActionPointStatus.Done} or {ActionPointStatus.Dropped} point is reopened.");
        }

        return new ActionPoint(this, change);
    }

    /// <summary>The status the point had on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The status of the last change on or before the day; <see langword="null"/> before it was created.</returns>
    public ActionPointStatus? StatusOn(LocalDate day) => _history.LastOrDefault(c => c.On <= day)?.Status;

    /// <summary>Whether the point is overdue on <paramref name="day"/>: it existed and was still open that day, and the day is after its due date.</summary>
    /// <param name="day">The day asked about, typically the member's today.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueOn(LocalDate day) => day > DueOn && StatusOn(day) is ActionPointStatus.Planned or ActionPointStatus.InProgress;

    /// <summary>The point as text, e.g. <c>GM0518 Speelplekken in elke wijk (InProgress, due 2027-06-30)</c>.</summary>
    /// <returns>The member, title, status and due date.</returns>
    public override string ToString() => $"{Member} {Title} ({Status}, due {LocalDatePattern.Iso.Format(DueOn)})";

    /// <inheritdoc />
    public bool Equals(ActionPoint? other) =>
        other is not null && (ReferenceEquals(this, other) || (Member == other.Member && GoalArea == other.GoalArea && DueOn == other.DueOn
            && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
            && string.Equals(Description, other.Description, StringComparison.Ordinal) && Target == other.Target
            && Indicators.SequenceEqual(other.Indicators) && _history.SequenceEqual(other._history)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActionPoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, StringComparer.Ordinal.GetHashCode(Title), DueOn, _history.Length, Status);

    /// <summary>Whether two points are equal.</summary>
    public static bool operator ==(ActionPoint? left, ActionPoint? right) => Equals(left, right);

    /// <summary>Whether two points differ.</summary>
    public static bool operator !=(ActionPoint? left, ActionPoint? right) => !Equals(left, right);

    private void CheckDate(LocalDate on, LocalDate today)
    {
        if (on > today)
        {
            throw new ArgumentOutOfRangeException(nameof(on), LocalDatePattern.Iso.Format(on), $"A status change is dated today ({LocalDatePattern.Iso.Format(today)}) at the latest, not {LocalDatePattern.Iso.Format(on)}.");
        }

        var last = _history[^1];
        if (on < last.On)
        {
            throw new ActionPointChangeException($"The action point became {last.Status} on {LocalDatePattern.Iso.Format(last.On)}; a later change cannot be dated {LocalDatePattern.Iso.Format(on)}.");
        }
    }

    private sealed class Converter : StoredFormJsonConverter<ActionPoint, Stored>
    {
        protected override Stored ToStored(ActionPoint value) => new()
        {
            Member = value.Member,
            Title = value.Title,
            Description = value.Description,
            GoalArea = value.GoalArea,
            Indicators = value.Indicators,
            Target = value.Target,
            Owner = value.Owner,
            Due = value.DueOn,
            History = value.History,
        };

        protected override ActionPoint FromStored(Stored stored)
        {
            if (stored.History is not [{ Status: ActionPointStatus.Planned, Note: null } created, ..])
            {
                throw new JsonException("A stored action point's history starts with Planned on the day it was created, without a note.");
            }

            var point = new ActionPoint(
                stored.Member, stored.Title, stored.GoalArea, stored.Owner, stored.Due, created.On,
                stored.Indicators.IsDefault ? null : stored.Indicators, stored.Target, stored.Description);

            // A stored history was checked against its day when it was made; replaying it checks only the order.
            foreach (var change in stored.History.Skip(1))
            {
                point = change switch
                {
                    null => throw new JsonException("A stored action point's history has an empty change."),
                    { Closes: false } when point.IsClosed => point.Reopen(change.Status, change.On, LocalDate.MaxIsoValue, change.Note!),
                    _ => point.ChangeStatus(change.Status, change.On, LocalDate.MaxIsoValue, change.Note),
                };
            }

            return point;
        }
    }

    private sealed class Stored
    {
        public required MemberCode Member { get; init; }

        public required string Title { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Description { get; init; }

        public required GoalArea GoalArea { get; init; }

        public ImmutableArray<IndicatorId> Indicators { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IndicatorId? Target { get; init; }

        public required string Owner { get; init; }

        public required LocalDate Due { get; init; }

        public required IReadOnlyList<ActionPointChange> History { get; init; }
    }
}
