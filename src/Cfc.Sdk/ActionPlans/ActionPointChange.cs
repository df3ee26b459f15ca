using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.ActionPlans;

/// <summary>A step of an <see cref="ActionPoint"/>'s history: the status it took on a date, with an optional note.</summary>
/// <remarks>
/// Immutable. Two changes are equal when status, date and note are equal. A blank note is no note. JSON writes
/// <c>{"status", "on", "note"}</c> (<c>note</c> only when there is one) and reads it back through the constructor.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ActionPointChange : IEquatable<ActionPointChange>
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Creates a change.</summary>
    /// <param name="status">The status the point took.</param>
    /// <param name="on">The date it took it.</param>
    /// <param name="note">An optional note, such as what was done or why it was dropped; blank for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    public ActionPointChange(ActionPointStatus status, LocalDate on, string? note = null)
    {
        if (status is not (ActionPointStatus.Planned or ActionPointStatus.InProgress or ActionPointStatus.Done or ActionPointStatus.Dropped))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"'{status}' is not an action point status.");
        }

        Status = status;
        On = on;
        Note = RequiredText.CheckOptional(note, MaxNoteLength, nameof(note));
    }

    /// <summary>The status the point took.</summary>
    public ActionPointStatus Status { get; }

    /// <summary>The date it took it.</summary>
    public LocalDate On { get; }

    /// <summary>The note, trimmed; <see langword="null"/> when there is none.</summary>
    public string? Note { get; }

    /// <summary>Whether the status closes the point (<see cref="ActionPointStatus.Done"/> or <see cref="ActionPointStatus.Dropped"/>).</summary>
    public bool Closes => Status is ActionPointStatus.Done or ActionPointStatus.Dropped;

    /// <inheritdoc />
    public bool Equals(ActionPointChange? other) =>
        other is not null && Status == other.Status && On == other.On && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActionPointChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, On, Note is null ? 0 : StringComparer.Ordinal.GetHashCode(Note));

    /// <summary>The change as invariant text, e.g. <c>InProgress on 2026-03-01</c>.</summary>
    /// <returns>The status and date.</returns>
    public override string ToString() => $"{Status} on {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Whether two changes are equal.</summary>
    public static bool operator ==(ActionPointChange? left, ActionPointChange? right) => Equals(left, right);

    /// <summary>Whether two changes differ.</summary>
    public static bool operator !=(ActionPointChange? left, ActionPointChange? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<ActionPointChange, Stored>
    {
        protected override Stored ToStored(ActionPointChange value) => new() { Status = value.Status, On = value.On, Note = value.Note };

        protected override ActionPointChange FromStored(Stored stored) => new(stored.Status, stored.On, stored.Note);
    }

    private sealed class Stored
    {
        public required ActionPointStatus Status { get; init; }

        public required LocalDate On { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Note { get; init; }
    }
}
