using System.Collections;
using System.Collections.Immutable;

namespace Cfc.Sdk.Peers;

/// <summary>
/// Consecutive <see cref="SizeClass"/>es covering every population from 0: the classes a member is compared within.
/// </summary>
/// <remarks>Built from the classes' lower bounds, the first 0, each above the one before; the last class is open.</remarks>
public sealed class SizeClasses : IReadOnlyList<SizeClass>
{
    private readonly ImmutableArray<SizeClass> _classes;

    private SizeClasses(ImmutableArray<SizeClass> classes) => _classes = classes;

    /// <summary>
    /// CBS's "gemeentegrootteklassen": fewer than 5,000 inhabitants; 5,000–10,000; 10,000–20,000; 20,000–50,000;
    /// 50,000–100,000; 100,000–150,000; 150,000–250,000; 250,000 or more (cbs.nl, "gemeentegrootte en stedelijkheid").
    /// </summary>
    public static SizeClasses Cbs { get; } = FromLowerBounds([0, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000]);

    /// <summary>The classes in order, smallest first.</summary>
    /// <param name="index">The class's position.</param>
    public SizeClass this[int index] => _classes[index];

    /// <summary>How many classes there are.</summary>
    public int Count => _classes.Length;

    /// <summary>Classes that start at each of <paramref name="lowerBounds"/>, each ending where the next starts.</summary>
    /// <param name="lowerBounds">The classes' lower bounds: the first 0, each above the one before.</param>
    /// <returns>The classes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lowerBounds"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The bounds are empty, do not start at 0 or do not rise.</exception>
    public static SizeClasses FromLowerBounds(IEnumerable<int> lowerBounds)
    {
        ArgumentNullException.ThrowIfNull(lowerBounds);
        var bounds = lowerBounds.ToArray();
        if (bounds.Length == 0 || bounds[0] != 0 || bounds.Zip(bounds.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            throw new ArgumentException("Size classes are given by their lower bounds: the first 0, each above the one before (e.g. 0, 5000, 10000).", nameof(lowerBounds));
        }

        return new([.. bounds.Select((from, i) => new SizeClass(from, i + 1 < bounds.Length ? bounds[i + 1] : null))]);
    }

    /// <summary>The class of a municipality of <paramref name="population"/> inhabitants.</summary>
    /// <param name="population">The number of inhabitants; finite and 0 or more.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative or not finite.</exception>
    public SizeClass ClassOf(double population) =>
        double.IsFinite(population) && population >= 0
            ? _classes.Last(c => c.From <= population)
            : throw new ArgumentOutOfRangeException(nameof(population), population, "A population is a finite number, 0 or more.");

    /// <inheritdoc />
    public IEnumerator<SizeClass> GetEnumerator() => ((IEnumerable<SizeClass>)_classes).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
