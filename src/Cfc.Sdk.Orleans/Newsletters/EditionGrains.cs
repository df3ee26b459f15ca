using System.Globalization;
using Cfc.Sdk.Orleans.Entities;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>A network's newsletter editions from a grain factory.</summary>
public static class EditionGrains
{
    private static readonly LocalDatePattern s_date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>The grain of the edition of <paramref name="date"/> in <paramref name="network"/>, keyed <c>{network}/{yyyy-MM-dd}</c>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="date">The edition's date.</param>
    /// <returns>The grain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static IEditionGrain GetEdition(this IGrainFactory grains, string network, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IEditionGrain>(NetworkKey.Of(network, s_date.Format(date)));
    }

    /// <summary>The network and the date of an edition grain's key.</summary>
    /// <param name="key">The key, <c>{network}/{yyyy-MM-dd}</c>.</param>
    /// <returns>The network's id and the date.</returns>
    /// <exception cref="FormatException"><paramref name="key"/> is not an edition's key.</exception>
    public static (string Network, LocalDate Date) Split(string key)
    {
        var (network, local) = NetworkKey.Split(key);
        return s_date.Parse(local) is { Success: true } date
            ? (network, date.Value)
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The grain key '{key}' is not {{network}}/{{yyyy-MM-dd}}."));
    }
}
