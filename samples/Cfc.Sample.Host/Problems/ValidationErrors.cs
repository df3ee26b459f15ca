using System.Text.RegularExpressions;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Problems;

/// <summary>The invalid fields of one request, each with its messages, for a 400 problem's <c>errors</c>.</summary>
internal sealed partial class ValidationErrors
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

    /// <summary>The CRC articles of <paramref name="numbers"/>; every number that names no article is recorded as invalid.</summary>
    /// <param name="field">The field of the list, as the request names it (<c>articles</c>); an entry is <c>articles[2]</c>.</param>
    /// <param name="numbers">The article numbers, or <see langword="null"/> for none.</param>
    /// <returns>The articles the valid numbers name, in the order given.</returns>
    public List<CrcArticle> Articles(string field, IReadOnlyList<int>? numbers)
    {
        var articles = new List<CrcArticle>();
        for (var i = 0; i < (numbers?.Count ?? 0); i++)
        {
            if (CrcArticle.TryFromNumber(numbers![i], out var article))
            {
                articles.Add(article);
            }
            else
            {
                Add($"{field}[{i}]", $"{numbers[i]} is not an article of the Convention on the Rights of the Child (1 to 54).");
            }
        }

        return articles;
    }

    /// <summary>The reporting period <paramref name="text"/> names; a missing or unreadable one is recorded as invalid.</summary>
    /// <param name="field">The field, as the request names it (<c>period</c>).</param>
    /// <param name="text">The period's text, or <see langword="null"/> when missing.</param>
    /// <returns>The period, or <see langword="null"/> when it is invalid.</returns>
    public ReportingPeriod? Period(string field, string? text)
    {
        const string Forms = "\"2023\", \"2023/2024\", \"2023-H1\" or \"2023-12-31\"";
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"The period is required: {Forms}.");
            return null;
        }

        if (ReportingPeriod.TryParse(text, out var period))
        {
            return period;
        }

        Add(field, $"'{text}' is not a period: {Forms}.");
        return null;
    }

    /// <summary>The errors in the form of <see cref="Microsoft.AspNetCore.Http.HttpValidationProblemDetails.Errors"/>.</summary>
    /// <returns>Each field with its messages.</returns>
    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 problem listing the errors.</summary>
    /// <returns>The result to return.</returns>
    public InvalidProblem ToResult() => new(ToDictionary());

    /// <summary>A 400 problem for one invalid field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="message">Why it is invalid.</param>
    /// <returns>The result to return.</returns>
    public static InvalidProblem For(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors.ToResult();
    }

    /// <summary>
    /// The message of an <see cref="ArgumentException"/> without what .NET appends to it: <c>(Parameter '...')</c>,
    /// since the field is named by the key (also the one of an inner exception whose message the domain passed on), and
    /// an <see cref="ArgumentOutOfRangeException"/>'s <c>Actual value was ...</c> on a line of its own, which the
    /// message says in words already.
    /// </summary>
    /// <param name="error">The exception.</param>
    /// <returns>The message.</returns>
    public static string MessageOf(ArgumentException error) => DotNetAdditions().Replace(error.Message, "");

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)|\r?\nActual value was .*", RegexOptions.Singleline)]
    private static partial Regex DotNetAdditions();
}
