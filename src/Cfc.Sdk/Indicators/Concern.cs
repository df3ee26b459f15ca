using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Identifiers;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// A concern of a Child Friendly Cities network, which indicators are grouped by: one of the built-in concerns
/// (<see cref="SchoolAttendance"/>, <see cref="Poverty"/>, <see cref="Play"/>, <see cref="Care"/>,
/// <see cref="RoadSafety"/>, <see cref="Participation"/>, <see cref="EarlyChildhood"/>) or one an application or a
/// country's network adds by its code, such as <c>Housing</c>. Its names per language are in a
/// <see cref="ConcernCatalogue"/>.
/// </summary>
/// <remarks>
/// <para>
/// A code is 1 to 64 ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or digit. The built-in
/// concerns' codes are their names (<c>SchoolAttendance</c>) and are read ignoring case, as stored data always was; any
/// other code is taken as written and compared ordinally, so an added code cannot differ from a built-in one by case only.
/// </para>
/// <para>
/// Two values are equal when their codes are. They sort as the built-in concerns are listed, then the others by code. The
/// default value is not a concern: its text and JSON are the empty string, which JSON reads back as the default value and
/// the types that hold a concern refuse. JSON writes the code, <c>"Poverty"</c>; it also reads the numbers 1 to 6 that the
/// built-in concerns had as an enumeration.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly struct Concern : IEquatable<Concern>, IComparable<Concern>, IParsable<Concern>
{
    private static readonly ImmutableArray<string> s_builtIn =
        ["SchoolAttendance", "Poverty", "Play", "Care", "RoadSafety", "Participation", "EarlyChildhood"];

    private readonly string? _code;

    private Concern(string code) => _code = code;

    /// <summary>Children not attending school.</summary>
    public static Concern SchoolAttendance => new(s_builtIn[0]);

    /// <summary>Children growing up in poverty.</summary>
    public static Concern Poverty => new(s_builtIn[1]);

    /// <summary>No good place to play or hang out.</summary>
    public static Concern Play => new(s_builtIn[2]);

    /// <summary>Not getting the right care, including health and wellbeing.</summary>
    public static Concern Care => new(s_builtIn[3]);

    /// <summary>Dangerous roads to school or sport.</summary>
    public static Concern RoadSafety => new(s_builtIn[4]);

    /// <summary>Children's voice and participation in local decisions.</summary>
    public static Concern Participation => new(s_builtIn[5]);

    /// <summary>Early childhood: the youngest children's health, care, play and learning before school age.</summary>
    public static Concern EarlyChildhood => new(s_builtIn[6]);

    /// <summary>The built-in concerns, in their order.</summary>
    public static IReadOnlyList<Concern> BuiltIn { get; } = [.. s_builtIn.Select(code => new Concern(code))];

    /// <summary>The concern's code, e.g. <c>Poverty</c>; the empty string for the default value.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Whether this is one of the <see cref="BuiltIn"/> concerns.</summary>
    public bool IsBuiltIn => BuiltInIndex(_code) >= 0;

    /// <summary>Parses a concern's code, such as <c>Poverty</c> (a built-in one, read ignoring case) or <c>Housing</c>.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The concern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a concern's code.</exception>
    public static Concern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var concern)
            ? concern
            : throw new FormatException($"'{text}' is not a concern's code: use 1 to {TextIdentifier.MaxLength} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit, such as '{s_builtIn[1]}' or 'Housing'.");
    }

    /// <summary>Tries to parse a concern's code.</summary>
    /// <param name="text">The code.</param>
    /// <param name="concern">The concern, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a concern's code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Concern concern)
    {
        concern = default;
        if (!TextIdentifier.IsValid(text))
        {
            return false;
        }

        var index = s_builtIn.IndexOf(text, StringComparer.OrdinalIgnoreCase);
        concern = new Concern(index >= 0 ? s_builtIn[index] : text);
        return true;
    }

    /// <inheritdoc />
    static Concern IParsable<Concern>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Concern>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Concern result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(Concern other) => TextIdentifier.Equals(_code, other._code);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Concern other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier.GetHashCode(_code);

    /// <inheritdoc />
    public int CompareTo(Concern other)
    {
        var (left, right) = (Rank(_code), Rank(other._code));
        return left != right ? left.CompareTo(right) : string.CompareOrdinal(_code, other._code);
    }

    /// <summary>The concern's code; the empty string for the default value.</summary>
    /// <returns>The code, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two concerns are the same.</summary>
    public static bool operator ==(Concern left, Concern right) => left.Equals(right);

    /// <summary>Whether two concerns differ.</summary>
    public static bool operator !=(Concern left, Concern right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(Concern left, Concern right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(Concern left, Concern right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or is <paramref name="right"/>.</summary>
    public static bool operator <=(Concern left, Concern right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or is <paramref name="right"/>.</summary>
    public static bool operator >=(Concern left, Concern right) => left.CompareTo(right) >= 0;

    private static int BuiltInIndex(string? code) => code is null ? -1 : s_builtIn.IndexOf(code, StringComparer.Ordinal);

    // The default value first, then the built-in concerns in their order, then the others.
    private static int Rank(string? code) => code is null ? -1 : BuiltInIndex(code) is var index and >= 0 ? index : s_builtIn.Length;

    private sealed class Converter : JsonConverter<Concern>
    {
        public override Concern Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Releases with Concern as an enumeration wrote its number under JSON options without the SDK's enum names.
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number is >= 1 and <= 6)
            {
                return new Concern(s_builtIn[number - 1]);
            }

            if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(string.Empty))
            {
                return default;
            }

            return reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && TryParse(reader.GetString(), out var concern)
                ? concern
                : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A concern is written as its code, such as \"{s_builtIn[1]}\" or \"Housing\" (1 to {TextIdentifier.MaxLength} ASCII letters, digits, '-', '_' or '.')."));
        }

        public override void Write(Utf8JsonWriter writer, Concern value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Code);

        public override Concern ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, Concern value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value._code ?? throw new JsonException("The default Concern is not a concern and cannot be a dictionary key."));
    }
}
