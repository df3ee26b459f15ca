using System.Text.RegularExpressions;

namespace Cfc.Readme.Tests.Machinery;

/// <summary>A <c>dotnet add package</c> line of a README's <c>sh</c> block.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Prerelease">Whether the line says <c>--prerelease</c>.</param>
internal sealed partial record PackageLine(string Id, bool Prerelease)
{
    /// <summary>Whether <paramref name="line"/> is meant as a <c>dotnet add package</c> line.</summary>
    public static bool IsAddPackage(string line) => line.TrimStart().StartsWith("dotnet add package", StringComparison.Ordinal);

    /// <summary>Reads <c>dotnet add package Id</c> or <c>dotnet add package Id --prerelease</c>.</summary>
    /// <returns>The line read, or <see langword="null"/> when it says anything else.</returns>
    public static PackageLine? TryParse(string line)
    {
        var match = Shape().Match(line.Trim());
        return match.Success ? new PackageLine(match.Groups["id"].Value, match.Groups["pre"].Success) : null;
    }

    public override string ToString() => "dotnet add package " + Id + (Prerelease ? " --prerelease" : "");

    [GeneratedRegex(@"^dotnet add package (?<id>[A-Za-z0-9_.\-]+)(?<pre> --prerelease)?$")]
    private static partial Regex Shape();
}
