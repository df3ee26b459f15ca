using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>A concern with its names per language, as a <see cref="ConcernCatalogue"/> holds it.</summary>
/// <remarks>
/// Two definitions are equal when they define the same concern with the same names. JSON writes
/// <c>{"concern": "Housing", "names": {"en": "Housing", "nl": "Wonen"}}</c> and reads it back through the constructor, so
/// an invalid definition is a <see cref="JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ConcernDefinition : IEquatable<ConcernDefinition>
{
    /// <summary>Creates the definition of a concern.</summary>
    /// <param name="concern">The concern.</param>
    /// <param name="names">Its names per language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="concern"/> is the default value.</exception>
    public ConcernDefinition(Concern concern, LocalizedText names)
    {
        if (concern == default)
        {
            throw new ArgumentException("A concern definition needs a concern.", nameof(concern));
        }

        ArgumentNullException.ThrowIfNull(names);
        Concern = concern;
        Names = names;
    }

    /// <summary>The concern.</summary>
    public Concern Concern { get; }

    /// <summary>Its names per language.</summary>
    public LocalizedText Names { get; }

    /// <inheritdoc />
    public bool Equals(ConcernDefinition? other) => other is not null && Concern == other.Concern && Names == other.Names;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConcernDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Concern, Names);

    /// <summary>The concern's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Concern.ToString();

    private sealed record Stored(Concern Concern, LocalizedText? Names);

    private sealed class Converter : StoredFormJsonConverter<ConcernDefinition, Stored>
    {
        protected override Stored ToStored(ConcernDefinition value) => new(value.Concern, value.Names);

        protected override ConcernDefinition FromStored(Stored stored) => new(stored.Concern, stored.Names!);
    }
}
