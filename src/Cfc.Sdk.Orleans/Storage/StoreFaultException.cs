namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// A grain's storage read, write or clear failed for a reason of the store's own (<see cref="Fault"/>), not of the
/// request: the caller may try again later. A failed write or clear may have been applied all the same (the store may
/// have written it before its answer was lost, or after the time ran out); the grain is deactivated, so that its next
/// call reads what the store holds.
/// </summary>
public sealed class StoreFaultException : Exception
{
    /// <summary>Creates the exception with a message of its own and no fault: <see cref="StoreFault.Unreachable"/>.</summary>
    public StoreFaultException()
        : this(StoreFault.Unreachable, "The grain storage failed.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>, for an unreachable store.</summary>
    /// <param name="message">What failed.</param>
    public StoreFaultException(string message)
        : this(StoreFault.Unreachable, message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause, for an unreachable store.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The store's own exception.</param>
    public StoreFaultException(string message, Exception? innerException)
        : this(StoreFault.Unreachable, message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="fault"/>.</summary>
    /// <param name="fault">Why the store failed.</param>
    /// <param name="message">What failed, naming the store and the operation.</param>
    /// <param name="innerException">The store's own exception, if any.</param>
    public StoreFaultException(StoreFault fault, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Fault = fault;
    }

    /// <summary>Why the store failed.</summary>
    public StoreFault Fault { get; }
}
