namespace Cfc.Sample.Host.Problems;

/// <summary>Reads an enum from its name as the SDK's JSON does: a defined name, any case, never a number.</summary>
internal static class Names
{
    /// <summary>The member of <typeparamref name="T"/> named <paramref name="text"/>, or an error for <paramref name="field"/>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">The name from the request.</param>
    /// <param name="field">The field, for the error.</param>
    /// <param name="what">What the value is, for the error (<c>a programme phase</c>).</param>
    /// <param name="errors">Receives the error.</param>
    /// <returns>The member; <see langword="null"/> when the text names none.</returns>
    public static T? Parse<T>(string? text, string field, string what, ValidationErrors errors)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{Capitalised(what)} is required: one of {string.Join(", ", names)}.");
            return null;
        }

        if (names.FirstOrDefault(name => string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match)
        {
            return Enum.Parse<T>(match);
        }

        errors.Add(field, $"'{text}' is not {what}: use one of {string.Join(", ", names)}.");
        return null;
    }

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
