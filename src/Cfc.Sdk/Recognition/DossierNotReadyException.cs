using NodaTime.Text;

namespace Cfc.Sdk.Recognition;

/// <summary>
/// A recognition was refused because the member's recognition dossier is not ready on its date and no override was
/// given; <see cref="Readiness"/> says which criteria are not met and what they miss.
/// </summary>
/// <remarks>The programme the recognition was offered to is unchanged.</remarks>
public sealed class DossierNotReadyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="readiness">The readiness on the recognition's date; not ready.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readiness"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="readiness"/> is ready.</exception>
    public DossierNotReadyException(Readiness readiness)
        : base(Describe(readiness))
    {
        Readiness = readiness;
    }

    /// <summary>The readiness on the recognition's date.</summary>
    public Readiness Readiness { get; }

    private static string Describe(Readiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        if (readiness.Ready)
        {
            throw new ArgumentException("A ready dossier refuses no recognition.", nameof(readiness));
        }

        var open = readiness.Criteria.Where(c => c.Status != CriterionStatus.Met);
        return $"The recognition dossier is not ready on {LocalDatePattern.Iso.Format(readiness.On)}: {string.Join("; ", open)}. "
            + "Add the evidence, or give an override with the reason the recognition is granted anyway.";
    }
}
