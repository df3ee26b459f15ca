using System.Globalization;

namespace Cfc.Sample.Host.Hosting;

/// <summary>The ids of a network's numbered entities (meetings, practices, bottlenecks) in routes: whole numbers from 1, written plainly.</summary>
internal static class EntityIds
{
    /// <summary>The number a route's <c>{id}</c> names.</summary>
    /// <param name="id">The route's id, such as <c>12</c>.</param>
    /// <returns>
    /// The number; <see langword="null"/> when <paramref name="id"/> is no whole number from 1 written plainly (no sign,
    /// spaces or leading zeros), which no entity has.
    /// </returns>
    public static int? Number(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
        && string.Equals(id, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? number : null;
}
