using System.Diagnostics.CodeAnalysis;
using Orleans.Serialization.Cloning;

namespace Cfc.Sdk.Orleans.Serialization;

/// <summary>
/// Copies the immutable values of the SDK and of NodaTime by reference, as Orleans does for <c>[Immutable]</c> types;
/// Orleans turns it into a shallow copier because it says so through <see cref="IOptionalDeepCopier"/>.
/// </summary>
internal sealed class CfcSdkCopier : IGeneralizedCopier, IOptionalDeepCopier
{
    /// <inheritdoc/>
    public bool IsSupportedType(Type type) => CfcSdkTypes.IsCopiedByReference(type);

    /// <inheritdoc/>
    public bool IsShallowCopyable() => true;

    /// <inheritdoc/>
    [return: NotNullIfNotNull(nameof(input))]
    public object? DeepCopy(object? input, CopyContext context) => input;
}
