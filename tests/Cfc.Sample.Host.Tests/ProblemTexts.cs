namespace Cfc.Sample.Host.Tests;

/// <summary>
/// Text of .NET's exceptions that a problem must not carry: it says nothing to the person who sent the request
/// ("(Parameter 'level')", "Actual value was", "Change the reader options", type names, a serializer's path and
/// position, stack fragments).
/// </summary>
public static class ProblemTexts
{
    private static readonly string[] s_fragments =
    [
        "(Parameter '", "Actual value was", "Change the reader options", "reader options", "Path: $", "LineNumber:", "BytePositionInLine",
        "could not be converted to", "System.", "NodaTime.", "Cfc.Sdk.", "Cfc.Sample.", "Microsoft.", "Exception", "   at ", "JsonTokenType",
        "Nullable`1", "Failed to bind parameter", "Failed to read parameter", "Required parameter \"",
    ];

    /// <summary>The first .NET fragment in <paramref name="problem"/>, or <see langword="null"/> when it has none.</summary>
    public static string? DotNetFragment(string problem) =>
        s_fragments.FirstOrDefault(fragment => problem.Contains(fragment, StringComparison.Ordinal));
}
