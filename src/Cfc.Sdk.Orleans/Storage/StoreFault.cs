namespace Cfc.Sdk.Orleans.Storage;

/// <summary>Why the grain storage could not do what a grain asked: what a caller can tell the client and how long to wait.</summary>
public enum StoreFault
{
    /// <summary>The store cannot be reached (Redis is down or its connection broke); it may be back soon.</summary>
    Unreachable,

    /// <summary>The store's disk is full; writes fail until space is freed, reads go on.</summary>
    Full,

    /// <summary>The store did not answer within <see cref="Hosting.CfcStorageOptions.Timeout"/>; a write may still complete.</summary>
    TimedOut,
}
