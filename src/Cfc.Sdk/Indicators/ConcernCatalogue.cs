using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>An immutable set of concerns with their names per language, one definition per concern, in concern order.</summary>
/// <remarks>
/// The SDK registers a merged catalogue through <c>AddCfcSdk</c>: the <see cref="BuiltIn"/> concerns plus those an
/// application adds in code or configuration. JSON writes the definitions as an array in concern order and reads it
/// back through the constructor, so a repeated concern is a <see cref="JsonException"/>.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A catalogue is the domain's word for it.")]
[JsonConverter(typeof(Converter))]
public sealed class ConcernCatalogue : IReadOnlyCollection<ConcernDefinition>
{
    private readonly SortedDictionary<Concern, ConcernDefinition> _byConcern;

    /// <summary>Creates a catalogue from <paramref name="definitions"/>.</summary>
    /// <param name="definitions">The definitions; each concern may appear once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two definitions define the same concern.</exception>
    public ConcernCatalogue(IEnumerable<ConcernDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _byConcern = [];
        foreach (var definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (!_byConcern.TryAdd(definition.Concern, definition))
            {
                throw new ArgumentException($"The concern '{definition.Concern}' is defined twice; a catalogue holds one definition per concern.", nameof(definitions));
            }
        }
    }

    /// <summary>
    /// The built-in concerns, <see cref="Concern.BuiltIn"/>, named in Dutch (their default language), English, German,
    /// French and Spanish.
    /// </summary>
    public static ConcernCatalogue BuiltIn { get; } = new(
    [
        Define(Concern.SchoolAttendance, "Schoolverzuim", "School attendance", "Schulbesuch", "Assiduité scolaire", "Asistencia escolar"),
        Define(Concern.Poverty, "Armoede", "Poverty", "Armut", "Pauvreté", "Pobreza"),
        Define(Concern.Play, "Spelen en ontmoeten", "Play and places to meet", "Spielen und Treffpunkte", "Jeu et lieux de rencontre", "Juego y lugares de encuentro"),
        Define(Concern.Care, "Zorg en gezondheid", "Care and health", "Versorgung und Gesundheit", "Soins et santé", "Atención y salud"),
        Define(Concern.RoadSafety, "Verkeersveiligheid", "Road safety", "Verkehrssicherheit", "Sécurité routière", "Seguridad vial"),
        Define(Concern.Participation, "Participatie", "Participation", "Beteiligung", "Participation", "Participación"),
        Define(Concern.EarlyChildhood, "Jonge kinderen", "Early childhood", "Frühe Kindheit", "Petite enfance", "Primera infancia"),
    ]);

    /// <inheritdoc />
    public int Count => _byConcern.Count;

    /// <summary>The definition of <paramref name="concern"/>.</summary>
    /// <param name="concern">The concern to look up.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue does not define the concern.</exception>
    public ConcernDefinition this[Concern concern] => _byConcern.TryGetValue(concern, out var definition)
        ? definition
        : throw new KeyNotFoundException($"The catalogue has no concern '{concern}'.");

    /// <summary>Tries to find the definition of <paramref name="concern"/>.</summary>
    /// <param name="concern">The concern to look up.</param>
    /// <param name="definition">The definition, or <see langword="null"/> when absent.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(Concern concern, [NotNullWhen(true)] out ConcernDefinition? definition) => _byConcern.TryGetValue(concern, out definition);

    /// <summary>Whether the catalogue defines <paramref name="concern"/>.</summary>
    /// <param name="concern">The concern to look up.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public bool Contains(Concern concern) => _byConcern.ContainsKey(concern);

    /// <summary>A catalogue holding the definitions of this one and of <paramref name="other"/>.</summary>
    /// <param name="other">The catalogue to add.</param>
    /// <returns>The combined catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Both catalogues define the same concern.</exception>
    public ConcernCatalogue Combine(ConcernCatalogue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ConcernCatalogue(this.Concat(other));
    }

    /// <inheritdoc />
    public IEnumerator<ConcernDefinition> GetEnumerator() => _byConcern.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ConcernDefinition Define(Concern concern, string nl, string en, string de, string fr, string es) =>
        new(concern, new LocalizedText("nl", nl).With("en", en).With("de", de).With("fr", fr).With("es", es));

    private sealed class Converter : StoredFormJsonConverter<ConcernCatalogue, IReadOnlyList<ConcernDefinition>>
    {
        protected override IReadOnlyList<ConcernDefinition> ToStored(ConcernCatalogue value) => [.. value._byConcern.Values];

        protected override ConcernCatalogue FromStored(IReadOnlyList<ConcernDefinition> stored) => new(stored);
    }
}
