using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Network;

/// <summary>
/// A municipality succeeded by another on a date: a merger (Weesp, <c>GM0457</c>, joined Amsterdam, <c>GM0363</c>, on
/// 24 March 2022) or a new municipality formed from several (Bussum, Muiden and Naarden became Gooise Meren,
/// <c>GM1942</c>, on 1 January 2016: three successions with one successor).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="On"/> is the successor's first day for the predecessor's area; the predecessor's last day as a member of
/// its own is the day before (<see cref="PredecessorsLastDay"/>). A succession is final: a member has at most one
/// successor, and a member that has one is succeeded for good.
/// </para>
/// <para>
/// Immutable; two successions are equal when predecessor, successor and date are equal. JSON writes
/// <c>{"predecessor","successor","on"}</c> and reads it back through this validation.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Succession : IEquatable<Succession>
{
    /// <summary>Creates a succession.</summary>
    /// <param name="predecessor">The member succeeded.</param>
    /// <param name="successor">The member that succeeds it.</param>
    /// <param name="on">The first day of the succession.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="predecessor"/> or <paramref name="successor"/> is the default code, or the two are the same member.
    /// </exception>
    public Succession(MemberCode predecessor, MemberCode successor, LocalDate on)
    {
        if (predecessor == default)
        {
            throw new ArgumentException("The default MemberCode names no member.", nameof(predecessor));
        }

        if (successor == default)
        {
            throw new ArgumentException("The default MemberCode names no member.", nameof(successor));
        }

        if (successor == predecessor)
        {
            throw new ArgumentException($"{predecessor} cannot succeed itself: name the municipality it merged into.", nameof(successor));
        }

        Predecessor = predecessor;
        Successor = successor;
        On = on;
    }

    /// <summary>The member succeeded.</summary>
    public MemberCode Predecessor { get; }

    /// <summary>The member that succeeds it.</summary>
    public MemberCode Successor { get; }

    /// <summary>The first day of the succession: from this day the successor answers for the predecessor's area.</summary>
    public LocalDate On { get; }

    /// <summary>The predecessor's last day as a member of its own: the day before <see cref="On"/>.</summary>
    public LocalDate PredecessorsLastDay => On.PlusDays(-1);

    /// <summary>A succession recorded on <paramref name="today"/>: one that has taken place.</summary>
    /// <param name="predecessor">The member succeeded.</param>
    /// <param name="successor">The member that succeeds it.</param>
    /// <param name="on">The first day of the succession.</param>
    /// <param name="today">Today in the predecessor's zone.</param>
    /// <returns>The succession.</returns>
    /// <exception cref="ArgumentException">See <see cref="Succession(MemberCode, MemberCode, LocalDate)"/>.</exception>
    /// <exception cref="SuccessionRuleException"><paramref name="on"/> is after <paramref name="today"/> (<see cref="SuccessionRule.InTheFuture"/>).</exception>
    public static Succession Record(MemberCode predecessor, MemberCode successor, LocalDate on, LocalDate today)
    {
        var succession = new Succession(predecessor, successor, on);
        return on <= today
            ? succession
            : throw new SuccessionRuleException(
                SuccessionRule.InTheFuture,
                succession,
                $"The succession of {predecessor} by {successor} on {LocalDatePattern.Iso.Format(on)} is after today ({LocalDatePattern.Iso.Format(today)}): record a merger once it has taken place.");
    }

    /// <inheritdoc />
    public bool Equals(Succession? other) =>
        other is not null && Predecessor == other.Predecessor && Successor == other.Successor && On == other.On;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Succession);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Predecessor, Successor, On);

    /// <summary>The succession as invariant text, e.g. <c>GM0457 → GM0363 2022-03-24</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Predecessor} → {Successor} {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Whether two successions are equal.</summary>
    public static bool operator ==(Succession? left, Succession? right) => Equals(left, right);

    /// <summary>Whether two successions differ.</summary>
    public static bool operator !=(Succession? left, Succession? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Succession, Stored>
    {
        protected override Stored ToStored(Succession value) => new() { Predecessor = value.Predecessor, Successor = value.Successor, On = value.On };

        protected override Succession FromStored(Stored stored) => new(stored.Predecessor, stored.Successor, stored.On);
    }

    private sealed class Stored
    {
        public required MemberCode Predecessor { get; init; }

        public required MemberCode Successor { get; init; }

        public required LocalDate On { get; init; }
    }
}
