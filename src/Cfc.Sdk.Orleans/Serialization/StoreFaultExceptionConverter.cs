using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Serialization;

// Orleans' exception codec would keep the message but not the fault of a StoreFaultException (it is not in a
// Microsoft, System or Azure namespace); a host whose grain is on another silo needs the fault to answer the client.

/// <summary>The wire form of a <see cref="StoreFaultException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.store-fault-exception")]
internal readonly record struct StoreFaultExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] StoreFault Fault,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts a <see cref="StoreFaultException"/> to and from its wire form; the store's own inner exception stays on the silo.</summary>
[RegisterConverter]
internal sealed class StoreFaultExceptionConverter : IConverter<StoreFaultException, StoreFaultExceptionSurrogate>
{
    /// <inheritdoc/>
    public StoreFaultException ConvertFromSurrogate(in StoreFaultExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new StoreFaultException(surrogate.Fault, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public StoreFaultExceptionSurrogate ConvertToSurrogate(in StoreFaultException value) =>
        new(value.Message, value.Fault, value.StackTrace);
}
