using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>A programme's next deadline: what is due, and the last date it is due on.</summary>
/// <remarks>
/// Two deadlines are equal when kind and date are equal. The default value has kind 0 and names no deadline: it
/// formats as the empty string (which <see cref="Parse(string)"/> and JSON read back as the default).
/// In JSON a deadline is its text, e.g. <c>"RenewalDue 2029-11-30"</c>.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ProgrammeDeadline>))]
public readonly struct ProgrammeDeadline : IEquatable<ProgrammeDeadline>, IParsable<ProgrammeDeadline>
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="kind">What is due.</param>
    /// <param name="on">The last date it is due on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ProgrammeDeadline(ProgrammeDeadlineKind kind, LocalDate on)
    {
        if (!IsKind(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of programme deadline.");
        }

        Kind = kind;
        On = on;
    }

    /// <summary>What is due; 0 for the default value.</summary>
    public ProgrammeDeadlineKind Kind { get; }

    /// <summary>The last date it is due on: on later dates the programme is overdue (or lapsed).</summary>
    public LocalDate On { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeDeadline other) => Kind == other.Kind && On == other.On;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgrammeDeadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, On);

    /// <summary>The deadline as invariant text, e.g. <c>RecognitionDue 2028-11-30</c>; the empty string for the default value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == 0 ? string.Empty : $"{Kind} {LocalDatePattern.Iso.Format(On)}";

    /// <summary>Reads a deadline from the text <see cref="ToString"/> gives, e.g. <c>RenewalDue 2029-11-30</c>; the empty string gives the default value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a kind of deadline and an ISO date.</exception>
    public static ProgrammeDeadline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var deadline)
            ? deadline
            : throw new FormatException($"'{text}' is not a programme deadline such as 'RenewalDue 2029-11-30'.");
    }

    /// <summary>Tries to read a deadline from the text <see cref="ToString"/> gives.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The deadline; the default value when reading fails.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a deadline (or empty).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProgrammeDeadline result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !Enum.TryParse<ProgrammeDeadlineKind>(text[..space], ignoreCase: false, out var kind)
            || !IsKind(kind)
            || !text[..space].All(char.IsAsciiLetter))
        {
            return false;
        }

        var date = LocalDatePattern.Iso.Parse(text[(space + 1)..]);
        if (!date.Success)
        {
            return false;
        }

        result = new ProgrammeDeadline(kind, date.Value);
        return true;
    }

    /// <inheritdoc />
    static ProgrammeDeadline IParsable<ProgrammeDeadline>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ProgrammeDeadline>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ProgrammeDeadline result) => TryParse(s, out result);

    /// <summary>Whether two deadlines are equal.</summary>
    public static bool operator ==(ProgrammeDeadline left, ProgrammeDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    public static bool operator !=(ProgrammeDeadline left, ProgrammeDeadline right) => !left.Equals(right);

    private static bool IsKind(ProgrammeDeadlineKind kind) =>
        kind is ProgrammeDeadlineKind.RecognitionDue or ProgrammeDeadlineKind.RenewalDue or ProgrammeDeadlineKind.CompletionDue;
}
