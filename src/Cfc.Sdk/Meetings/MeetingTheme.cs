using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Meetings;

/// <summary>A theme of a meeting, flagged when young people helped choose it.</summary>
/// <remarks>
/// Immutable. Two themes are equal when name (ignoring case) and flag are equal. JSON writes
/// <c>{"name", "chosenWithYoungPeople"}</c> and reads it back through this validation.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MeetingTheme : IEquatable<MeetingTheme>
{
    /// <summary>The longest theme name accepted, in characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates a theme.</summary>
    /// <param name="name">The theme, e.g. <c>armoede</c> or <c>veilig naar school</c>.</param>
    /// <param name="chosenWithYoungPeople">Whether young people helped choose the theme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    public MeetingTheme(string name, bool chosenWithYoungPeople = false)
    {
        Name = RequiredText.Check(name, MaxNameLength, nameof(name));
        ChosenWithYoungPeople = chosenWithYoungPeople;
    }

    /// <summary>The theme, trimmed.</summary>
    public string Name { get; }

    /// <summary>Whether young people helped choose the theme.</summary>
    public bool ChosenWithYoungPeople { get; }

    /// <inheritdoc />
    public bool Equals(MeetingTheme? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && ChosenWithYoungPeople == other.ChosenWithYoungPeople;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeetingTheme);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Name), ChosenWithYoungPeople);

    /// <summary>The theme's name, with <c>(chosen with young people)</c> when flagged.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ChosenWithYoungPeople ? $"{Name} (chosen with young people)" : Name;

    /// <summary>Whether two themes are equal.</summary>
    public static bool operator ==(MeetingTheme? left, MeetingTheme? right) => Equals(left, right);

    /// <summary>Whether two themes differ.</summary>
    public static bool operator !=(MeetingTheme? left, MeetingTheme? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<MeetingTheme, Stored>
    {
        protected override Stored ToStored(MeetingTheme value) => new() { Name = value.Name, ChosenWithYoungPeople = value.ChosenWithYoungPeople };

        protected override MeetingTheme FromStored(Stored stored) => new(stored.Name, stored.ChosenWithYoungPeople);
    }

    private sealed class Stored
    {
        public required string Name { get; init; }

        public required bool ChosenWithYoungPeople { get; init; }
    }
}
