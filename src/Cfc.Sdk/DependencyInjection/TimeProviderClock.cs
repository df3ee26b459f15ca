using NodaTime;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// The NodaTime clock over .NET's <see cref="TimeProvider"/>, so that an application replaces "now"
/// in one place (a registered <see cref="TimeProvider"/> or <see cref="IClock"/>) for both APIs.
/// </summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : IClock
{
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
}
