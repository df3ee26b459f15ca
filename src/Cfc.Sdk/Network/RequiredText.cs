using System.Globalization;

namespace Cfc.Sdk.Network;

/// <summary>The one check for free text the network's types hold: present, not blank, not too long, trimmed.</summary>
internal static class RequiredText
{
    public static string Check(string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The text must not be empty or blank.", paramName);
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The text has {trimmed.Length} characters; at most {maxLength} are allowed."), paramName);
    }

    public static string? CheckOptional(string? value, int maxLength, string paramName) =>
        string.IsNullOrWhiteSpace(value) ? null : Check(value, maxLength, paramName);
}
