namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>How long the grains wait for their store: the settings under <c>Cfc:Storage</c>.</summary>
public sealed class CfcStorageOptions
{
    /// <summary>The setting of <see cref="Timeout"/>: <c>Cfc:Storage:Timeout</c>.</summary>
    public const string TimeoutSetting = "Cfc:Storage:Timeout";

    /// <summary>
    /// How long a grain's storage read, write or clear may take before it fails with a
    /// <see cref="Storage.StoreFaultException"/> of <see cref="Storage.StoreFault.TimedOut"/>; 2 s by default. It must
    /// be shorter than <see cref="CfcClusterOptions.ResponseTimeout"/>, so that the grain, not its caller, ends the
    /// wait. A write that ran out of time is not taken back: it may still be stored.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
