using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Bottlenecks;

/// <summary>A resolved bottleneck was asked to change: its history is closed, so it is neither escalated nor resolved again.</summary>
/// <remarks>The bottleneck the change was offered to is unchanged.</remarks>
public sealed class BottleneckResolvedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="resolvedOn">The date the bottleneck was resolved.</param>
    /// <param name="message">What was refused; <see langword="null"/> for the standard message.</param>
    public BottleneckResolvedException(LocalDate resolvedOn, string? message = null)
        : base(message ?? $"The bottleneck was resolved on {LocalDatePattern.Iso.Format(resolvedOn)}; a resolved bottleneck is neither escalated nor resolved again.")
    {
        ResolvedOn = resolvedOn;
    }

    /// <summary>The date the bottleneck was resolved.</summary>
    public LocalDate ResolvedOn { get; }
}
