namespace Cfc.Sdk.Orleans.Entities;

/// <summary>A change was asked of an entity grain that holds nothing: no entity has that number in that network.</summary>
/// <remarks>Nothing was stored.</remarks>
public sealed class EntityNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What the entity is, in the singular, such as <c>good practice</c>.</param>
    /// <param name="key">The grain's key, <c>{network}/{number}</c>.</param>
    /// <param name="message">What was refused; <see langword="null"/> for the standard message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public EntityNotFoundException(string kind, string key, string? message = null)
        : base(message ?? $"No {kind} {key}.")
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(key);
        Kind = kind;
        Key = key;
    }

    /// <summary>What the entity is, in the singular, such as <c>good practice</c>.</summary>
    public string Kind { get; }

    /// <summary>The grain's key, <c>{network}/{number}</c>.</summary>
    public string Key { get; }
}
