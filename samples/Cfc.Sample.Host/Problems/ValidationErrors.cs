namespace Cfc.Sample.Host.Problems;

/// <summary>The invalid fields of one request, each with its messages, for a 400 problem's <c>errors</c>.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether any field is invalid.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Records that <paramref name="field"/> is invalid.</summary>
    /// <param name="field">The field, as the request names it (<c>timeZone</c>).</param>
    /// <param name="message">Why it is invalid.</param>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The errors in the form of <see cref="Microsoft.AspNetCore.Http.HttpValidationProblemDetails.Errors"/>.</summary>
    /// <returns>Each field with its messages.</returns>
    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 problem listing the errors.</summary>
    /// <returns>The result to return.</returns>
    public IResult ToResult() => Results.ValidationProblem(ToDictionary());

    /// <summary>A 400 problem for one invalid field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="message">Why it is invalid.</param>
    /// <returns>The result to return.</returns>
    public static IResult For(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors.ToResult();
    }

    /// <summary>
    /// The message of an <see cref="ArgumentException"/> without the <c>(Parameter '...')</c> that .NET appends, since
    /// the field is named by the key.
    /// </summary>
    /// <param name="error">The exception.</param>
    /// <returns>The message.</returns>
    public static string MessageOf(ArgumentException error)
    {
        var suffix = error.ParamName is null ? null : $" (Parameter '{error.ParamName}')";
        return suffix is not null && error.Message.EndsWith(suffix, StringComparison.Ordinal)
            ? error.Message[..^suffix.Length]
            : error.Message;
    }
}
