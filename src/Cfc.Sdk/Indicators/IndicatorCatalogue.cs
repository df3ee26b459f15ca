using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>An immutable set of indicator definitions with one definition per id, in id order.</summary>
/// <remarks>
/// The SDK registers a merged catalogue through <c>AddCfcSdk</c>: the built-in
/// <see cref="DutchIndicators.Catalogue"/> plus any catalogue an application adds.
/// JSON writes the indicators as an array in id order and reads it back through the constructor, so a
/// repeated id or an invalid indicator is a <see cref="JsonException"/>.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A catalogue is the domain's word for it.")]
[JsonConverter(typeof(Converter))]
public sealed class IndicatorCatalogue : IReadOnlyCollection<Indicator>
{
    private readonly SortedDictionary<IndicatorId, Indicator> _byId;

    /// <summary>Creates a catalogue from <paramref name="indicators"/>.</summary>
    /// <param name="indicators">The definitions; each id may appear once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two definitions share an id.</exception>
    public IndicatorCatalogue(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        _byId = [];
        foreach (var indicator in indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (!_byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"The indicator id '{indicator.Id}' is defined twice; a catalogue holds one definition per id.", nameof(indicators));
            }
        }
    }

    /// <summary>A catalogue with no indicators.</summary>
    public static IndicatorCatalogue Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _byId.Count;

    /// <summary>The indicator with the given id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no indicator with that id.</exception>
    public Indicator this[IndicatorId id] => _byId.TryGetValue(id, out var indicator)
        ? indicator
        : throw new KeyNotFoundException($"The catalogue has no indicator '{id}'.");

    /// <summary>Tries to find the indicator with the given id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <param name="indicator">The definition, or <see langword="null"/> when absent.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(IndicatorId id, [NotNullWhen(true)] out Indicator? indicator) => _byId.TryGetValue(id, out indicator);

    /// <summary>Whether the catalogue defines an indicator with the given id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public bool Contains(IndicatorId id) => _byId.ContainsKey(id);

    /// <summary>A catalogue holding the definitions of this one and of <paramref name="other"/>.</summary>
    /// <param name="other">The catalogue to add.</param>
    /// <returns>The combined catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Both catalogues define the same id.</exception>
    public IndicatorCatalogue Combine(IndicatorCatalogue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IndicatorCatalogue(this.Concat(other));
    }

    /// <inheritdoc />
    public IEnumerator<Indicator> GetEnumerator() => _byId.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Converter : StoredFormJsonConverter<IndicatorCatalogue, IReadOnlyList<Indicator>>
    {
        protected override IReadOnlyList<Indicator> ToStored(IndicatorCatalogue value) => [.. value._byId.Values];

        protected override IndicatorCatalogue FromStored(IReadOnlyList<Indicator> stored) => new(stored);
    }
}
