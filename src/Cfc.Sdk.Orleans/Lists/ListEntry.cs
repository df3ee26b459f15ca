using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>
/// What a list shows of one entity, kept in the entity's day of a <see cref="EntityList"/>: its number, title, day,
/// member and status, and for meetings the start, for bottlenecks the level and for action points the goal area.
/// </summary>
/// <remarks>A list keeps its entries in <see cref="Order"/>.</remarks>
[GenerateSerializer, Alias("cfc.list-entry")]
public sealed record ListEntry
{
    /// <summary>The entity's id: its number in the network (see <see cref="Entities.ISequenceGrain"/>) as text, or an issue's id.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>The entity's title.</summary>
    [Id(1)]
    public required string Title { get; init; }

    /// <summary>The day the list files the entity under: a meeting's start, a practice's sharing, a bottleneck's signal, in the network's zone; an action point's due date.</summary>
    [Id(2)]
    public required LocalDate Day { get; init; }

    /// <summary>When the entity starts, for lists of events; <see langword="null"/> otherwise.</summary>
    [Id(3)]
    public Instant? Start { get; init; }

    /// <summary>The member it belongs to: a meeting's organiser, a practice's or bottleneck's member.</summary>
    [Id(4)]
    public required MemberId Member { get; init; }

    /// <summary>The entity's status by name, such as <c>Planned</c>, <c>Cancelled</c>, <c>Open</c> or <c>Resolved</c>.</summary>
    [Id(5)]
    public required string Status { get; init; }

    /// <summary>A bottleneck's agenda level by name; <see langword="null"/> for other entities.</summary>
    [Id(6)]
    public string? Level { get; init; }

    /// <summary>An action point's goal area, so that a list is filtered by it without reading each point; <see langword="null"/> for other entities.</summary>
    [Id(7)]
    public GoalArea? GoalArea { get; init; }

    /// <summary>
    /// The order of a list: by <see cref="Day"/>, then <see cref="Start"/> (none first), then <see cref="Id"/>, shorter
    /// first and then ordinal, so that numbers sort as numbers.
    /// </summary>
    public static IComparer<ListEntry> Order { get; } = Comparer<ListEntry>.Create(static (x, y) =>
        x.Day != y.Day ? x.Day.CompareTo(y.Day)
        : Nullable.Compare(x.Start, y.Start) is var byStart and not 0 ? byStart
        : x.Id.Length != y.Id.Length ? x.Id.Length.CompareTo(y.Id.Length)
        : string.CompareOrdinal(x.Id, y.Id));
}
