namespace Cfc.Sdk.Orleans.Resilience;

/// <summary>
/// Marks a grain method that changes state but may be repeated with the same effect, such as setting a value: the
/// retry of <c>AddCfc</c> repeats it when its silo is unreachable, as it does for
/// <see cref="global::Orleans.Concurrency.ReadOnlyAttribute"/> methods. Methods without either are never repeated,
/// so a write is applied at most once; their caller sees the failure.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class IdempotentAttribute : Attribute;
