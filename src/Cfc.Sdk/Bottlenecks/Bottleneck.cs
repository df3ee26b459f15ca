using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Bottlenecks;

/// <summary>
/// A bottleneck (knelpunt) that blocks child-friendliness, signalled by a member and put on the local, regional or
/// national agenda, with its history of escalations.
/// </summary>
/// <remarks>
/// <para>
/// A bottleneck starts on the <see cref="EscalationLevel.Local"/> agenda on the day it is signalled. It only moves up:
/// to a higher level (it may go straight from local to national), never back down or to the same level, and never on a
/// date before the previous step. The whole history is kept. It ends when it is resolved (<see cref="Resolve"/>), not
/// before its last step and with an outcome; a resolved bottleneck is neither escalated nor resolved again.
/// </para>
/// <para>
/// Immutable: <see cref="EscalateTo"/> and <see cref="Resolve"/> return a new bottleneck and leave this one as it was. Two
/// bottlenecks are equal when member, title, description, articles, the whole history and the resolution are equal.
/// </para>
/// <para>
/// JSON writes <c>{"signalledBy", "title", "description", "articles", "history", "resolution"}</c> (<c>resolution</c> only
/// once resolved, so a bottleneck stored without one reads as open); the signal date and current level are not stored,
/// being the first and last steps of the history. Reading replays the history through <see cref="EscalateTo"/> and
/// <see cref="Resolve"/>, so a history that goes down, back in time or starts anywhere but the local agenda, or a resolution
/// dated before the last step, is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Bottleneck : IEquatable<Bottleneck>
{
    /// <summary>The longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description accepted, in characters.</summary>
    public const int MaxDescriptionLength = 8000;

    private readonly ImmutableArray<Escalation> _history;

    /// <summary>Signals a bottleneck on the local agenda.</summary>
    /// <param name="signalledBy">The member that signals it.</param>
    /// <param name="title">A short title, e.g. <c>Onveilige fietsroute naar school</c>.</param>
    /// <param name="description">What blocks child-friendliness, and for whom.</param>
    /// <param name="signalledOn">The date it is signalled.</param>
    /// <param name="articles">The CRC articles concerned; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="signalledBy"/> or an article is the default value, or a text is blank or too long.</exception>
    public Bottleneck(MemberId signalledBy, string title, string description, LocalDate signalledOn, IEnumerable<CrcArticle>? articles = null)
    {
        if (signalledBy == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(signalledBy));
        }

        Title = RequiredText.Check(title, MaxTitleLength, nameof(title));
        Description = RequiredText.Check(description, MaxDescriptionLength, nameof(description));
        SignalledBy = signalledBy;
        Articles = ArticleList.Normalise(articles, nameof(articles));
        _history = [new Escalation(EscalationLevel.Local, signalledOn, null)];
    }

    private Bottleneck(Bottleneck previous, Escalation? step)
    {
        SignalledBy = previous.SignalledBy;
        Title = previous.Title;
        Description = previous.Description;
        Articles = previous.Articles;
        _history = step is null ? previous._history : previous._history.Add(step);
        Resolution = previous.Resolution;
    }

    private Bottleneck(Bottleneck previous, Resolution resolution)
        : this(previous, (Escalation?)null)
    {
        Resolution = resolution;
    }

    /// <summary>The member that signalled it.</summary>
    public MemberId SignalledBy { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What blocks child-friendliness.</summary>
    public string Description { get; }

    /// <summary>The CRC articles concerned, each once, in order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>The date it was signalled (and put on the local agenda).</summary>
    public LocalDate SignalledOn => _history[0].On;

    /// <summary>The level it is on now.</summary>
    public EscalationLevel Level => _history[^1].Level;

    /// <summary>Every step, oldest first; the first is the signal on the local agenda.</summary>
    public IReadOnlyList<Escalation> History => _history;

    /// <summary>How and when it was resolved; <see langword="null"/> while it is open.</summary>
    public Resolution? Resolution { get; }

    /// <summary>Whether it is open or resolved.</summary>
    public BottleneckStatus Status => Resolution is null ? BottleneckStatus.Open : BottleneckStatus.Resolved;

    /// <summary>The bottleneck put on the higher agenda <paramref name="level"/> on <paramref name="on"/>.</summary>
    /// <param name="level">A level above the current one.</param>
    /// <param name="on">The date; not before the previous step.</param>
    /// <param name="note">An optional note, such as the body that took it up; blank for none.</param>
    /// <returns>A new bottleneck with the step added.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="level"/> is not defined or not above the current level, or <paramref name="on"/> is before the previous step.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    /// <exception cref="BottleneckResolvedException">The bottleneck is resolved.</exception>
    public Bottleneck EscalateTo(EscalationLevel level, LocalDate on, string? note = null)
    {
        ThrowIfResolved();
        if (level is not (EscalationLevel.Local or EscalationLevel.Regional or EscalationLevel.National))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"'{level}' is not an escalation level.");
        }

        if (level <= Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The bottleneck is on the {Level} agenda; it can only move up, not to {level}.");
        }

        var previous = _history[^1];
        if (on < previous.On)
        {
            throw new ArgumentOutOfRangeException(nameof(on), LocalDatePattern.Iso.Format(on), $"The bottleneck was put on the {previous.Level} agenda on {LocalDatePattern.Iso.Format(previous.On)}; a later step cannot be dated {LocalDatePattern.Iso.Format(on)}.");
        }

        return new Bottleneck(this, Escalation.Create(level, on, note));
    }

    /// <summary>The bottleneck resolved on <paramref name="on"/>, with what came of it.</summary>
    /// <param name="on">The date; not before the last step of the history.</param>
    /// <param name="outcome">What came of it, such as the measure that removed the bottleneck.</param>
    /// <returns>A new bottleneck with the resolution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before the last step.</exception>
    /// <exception cref="BottleneckResolvedException">The bottleneck is resolved already.</exception>
    public Bottleneck Resolve(LocalDate on, string outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ThrowIfResolved();
        var last = _history[^1];
        if (on < last.On)
        {
            throw new ArgumentOutOfRangeException(nameof(on), LocalDatePattern.Iso.Format(on), $"The bottleneck was put on the {last.Level} agenda on {LocalDatePattern.Iso.Format(last.On)}; it cannot be resolved on {LocalDatePattern.Iso.Format(on)}.");
        }

        return new Bottleneck(this, Resolution.Create(on, outcome));
    }

    /// <summary>The level the bottleneck was on at <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level of the last step on or before the date; <see langword="null"/> before it was signalled.</returns>
    public EscalationLevel? LevelOn(LocalDate date) => _history.LastOrDefault(e => e.On <= date)?.Level;

    /// <summary>The bottleneck as text, e.g. <c>GM0518 Onveilige fietsroute naar school (Regional)</c>, or <c>(Regional, Resolved)</c> once resolved.</summary>
    /// <returns>The member, title, level and whether it is resolved.</returns>
    public override string ToString() => $"{SignalledBy} {Title} ({Level}{(Resolution is null ? "" : ", Resolved")})";

    /// <inheritdoc />
    public bool Equals(Bottleneck? other) =>
        other is not null && (ReferenceEquals(this, other) || (SignalledBy == other.SignalledBy
            && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Description, other.Description, StringComparison.Ordinal)
            && Articles.SequenceEqual(other.Articles) && _history.SequenceEqual(other._history) && Resolution == other.Resolution));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Bottleneck);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SignalledBy, StringComparer.Ordinal.GetHashCode(Title), _history.Length, Level);

    /// <summary>Whether two bottlenecks are equal.</summary>
    public static bool operator ==(Bottleneck? left, Bottleneck? right) => Equals(left, right);

    /// <summary>Whether two bottlenecks differ.</summary>
    public static bool operator !=(Bottleneck? left, Bottleneck? right) => !Equals(left, right);

    private void ThrowIfResolved()
    {
        if (Resolution is { } resolution)
        {
            throw new BottleneckResolvedException(resolution.On);
        }
    }

    private sealed class Converter : StoredFormJsonConverter<Bottleneck, Stored>
    {
        protected override Stored ToStored(Bottleneck value) => new()
        {
            SignalledBy = value.SignalledBy,
            Title = value.Title,
            Description = value.Description,
            Articles = value.Articles,
            History = value.History,
            Resolution = value.Resolution,
        };

        protected override Bottleneck FromStored(Stored stored)
        {
            if (stored.History is not [{ Level: EscalationLevel.Local, Note: null } signal, ..])
            {
                throw new JsonException("A stored bottleneck's history starts with its signal on the Local agenda, without a note.");
            }

            var bottleneck = new Bottleneck(stored.SignalledBy, stored.Title, stored.Description, signal.On, stored.Articles);
            foreach (var step in stored.History.Skip(1))
            {
                bottleneck = step is null
                    ? throw new JsonException("A stored bottleneck's history has an empty step.")
                    : bottleneck.EscalateTo(step.Level, step.On, step.Note);
            }

            return stored.Resolution is { } resolution ? bottleneck.Resolve(resolution.On, resolution.Outcome) : bottleneck;
        }
    }

    private sealed class Stored
    {
        public required MemberId SignalledBy { get; init; }

        public required string Title { get; init; }

        public required string Description { get; init; }

        public IReadOnlyList<CrcArticle>? Articles { get; init; }

        public required IReadOnlyList<Escalation> History { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public Resolution? Resolution { get; init; }
    }
}
