namespace Cfc.Sdk.Orleans.Serialization;

// Orleans' exception codec rebuilds an ArgumentException from its message alone, so ParamName, which the domain uses
// to name the field it refuses, arrives as null. These surrogates carry it (and the message as the thrower wrote it,
// with the remote stack trace), so that a caller of a grain can name the field as if it had called the domain itself.

/// <summary>The wire form of an <see cref="ArgumentException"/>, an <see cref="ArgumentNullException"/> or an <see cref="ArgumentOutOfRangeException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.argument-exception")]
internal readonly record struct ArgumentExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string? ParamName,
    [property: Id(2)] string? StackTrace,
    [property: Id(3)] string? ActualValue = null);

/// <summary>Converts an <see cref="ArgumentException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ArgumentExceptionConverter : IConverter<ArgumentException, ArgumentExceptionSurrogate>
{
    /// <inheritdoc/>
    public ArgumentException ConvertFromSurrogate(in ArgumentExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ArgumentException(ArgumentMessage.Bare(surrogate), surrogate.ParamName), surrogate.StackTrace);

    /// <inheritdoc/>
    public ArgumentExceptionSurrogate ConvertToSurrogate(in ArgumentException value) => new(value.Message, value.ParamName, value.StackTrace);
}

/// <summary>Converts an <see cref="ArgumentOutOfRangeException"/> to and from its wire form (the actual value as its text, since it may be of any type).</summary>
[RegisterConverter]
internal sealed class ArgumentOutOfRangeExceptionConverter : IConverter<ArgumentOutOfRangeException, ArgumentExceptionSurrogate>
{
    /// <inheritdoc/>
    public ArgumentOutOfRangeException ConvertFromSurrogate(in ArgumentExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ArgumentOutOfRangeException(surrogate.ParamName, surrogate.ActualValue, ArgumentMessage.Bare(surrogate)), surrogate.StackTrace);

    /// <inheritdoc/>
    public ArgumentExceptionSurrogate ConvertToSurrogate(in ArgumentOutOfRangeException value) =>
        new(value.Message, value.ParamName, value.StackTrace, value.ActualValue?.ToString());
}

/// <summary>Converts an <see cref="ArgumentNullException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ArgumentNullExceptionConverter : IConverter<ArgumentNullException, ArgumentExceptionSurrogate>
{
    /// <inheritdoc/>
    public ArgumentNullException ConvertFromSurrogate(in ArgumentExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ArgumentNullException(surrogate.ParamName, ArgumentMessage.Bare(surrogate)), surrogate.StackTrace);

    /// <inheritdoc/>
    public ArgumentExceptionSurrogate ConvertToSurrogate(in ArgumentNullException value) => new(value.Message, value.ParamName, value.StackTrace);
}

/// <summary>
/// The message an argument exception was created with: .NET appends <c>(Parameter 'name')</c> and, for an
/// out-of-range argument, the actual value to it again when it is rebuilt.
/// </summary>
internal static class ArgumentMessage
{
    public static string Bare(in ArgumentExceptionSurrogate surrogate)
    {
        var message = surrogate.Message;
        message = WithoutSuffix(message, surrogate.ActualValue is null ? null : $"{Environment.NewLine}Actual value was {surrogate.ActualValue}.");
        return WithoutSuffix(message, surrogate.ParamName is null ? null : $" (Parameter '{surrogate.ParamName}')");
    }

    private static string WithoutSuffix(string message, string? suffix) =>
        suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
}
