namespace Cfc.Readme.Tests.Machinery;

/// <summary>A <c>csharp</c> block of a README, a whole top-level program.</summary>
/// <param name="Readme">The README's path from the repository root.</param>
/// <param name="Line">The 1-based line of the block's opening fence.</param>
/// <param name="Code">The program as pasted.</param>
/// <param name="Packages">The packages of the nearest <c>sh</c> block above it with <c>dotnet add package</c> lines; empty when there is none.</param>
/// <param name="ExpectedOutput">
/// The <c>text</c> block right after it (nothing between but blank lines and at most one line ending in a colon),
/// which is what the program prints; <see langword="null"/> when the README shows no output.
/// </param>
internal sealed record CSharpBlock(string Readme, int Line, string Code, IReadOnlyList<PackageLine> Packages, string? ExpectedOutput)
{
    public override string ToString() => $"{Readme}:{Line}";
}
