using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Participation;

/// <summary>The feedback given to the children who took part: when, and how they heard what was done with their views.</summary>
/// <remarks>
/// Immutable. Two feedbacks are equal when date and text are equal. JSON writes <c>{"givenOn", "how"}</c> and reads it back
/// through this validation. The text describes the feedback, not the children: it holds no names.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ParticipationFeedback : IEquatable<ParticipationFeedback>
{
    /// <summary>The longest description of the feedback accepted, in characters.</summary>
    public const int MaxHowLength = 2000;

    /// <summary>Creates the feedback.</summary>
    /// <param name="givenOn">The date the feedback was given.</param>
    /// <param name="how">How it was given, e.g. <c>Brief aan de kinderraad en een filmpje op school</c>; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="how"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="how"/> is blank or longer than <see cref="MaxHowLength"/>.</exception>
    public ParticipationFeedback(LocalDate givenOn, string how)
    {
        GivenOn = givenOn;
        How = RequiredText.Check(how, MaxHowLength, nameof(how));
    }

    /// <summary>The date the feedback was given.</summary>
    public LocalDate GivenOn { get; }

    /// <summary>How the feedback was given.</summary>
    public string How { get; }

    /// <inheritdoc />
    public bool Equals(ParticipationFeedback? other) =>
        other is not null && GivenOn == other.GivenOn && string.Equals(How, other.How, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParticipationFeedback);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GivenOn, StringComparer.Ordinal.GetHashCode(How));

    /// <summary>The feedback as invariant text, e.g. <c>2026-03-01: Brief aan de kinderraad</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(GivenOn)}: {How}";

    /// <summary>Whether two feedbacks are equal.</summary>
    public static bool operator ==(ParticipationFeedback? left, ParticipationFeedback? right) => Equals(left, right);

    /// <summary>Whether two feedbacks differ.</summary>
    public static bool operator !=(ParticipationFeedback? left, ParticipationFeedback? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<ParticipationFeedback, Stored>
    {
        protected override Stored ToStored(ParticipationFeedback value) => new() { GivenOn = value.GivenOn, How = value.How };

        protected override ParticipationFeedback FromStored(Stored stored) => new(stored.GivenOn, stored.How);
    }

    private sealed class Stored
    {
        public required LocalDate GivenOn { get; init; }

        public required string How { get; init; }
    }
}
