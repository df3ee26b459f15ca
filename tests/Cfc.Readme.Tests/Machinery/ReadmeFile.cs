using System.Text.Json;

namespace Cfc.Readme.Tests.Machinery;

/// <summary>
/// A README read the way the tests hold it to: every fence names its language (so no C# escapes as <c>cs</c> or
/// an unlabelled block), every <c>csharp</c> block is a whole program that follows a <c>sh</c> block listing the
/// packages it needs.
/// </summary>
internal sealed class ReadmeFile
{
    /// <summary>The languages a fence may name: C# is compiled, sh lists packages, the others are shown as they are.</summary>
    public static IReadOnlySet<string> Languages { get; } = new HashSet<string>(StringComparer.Ordinal) { "csharp", "sh", "text", "json" };

    private ReadmeFile(string path, IReadOnlyList<CSharpBlock> blocks, IReadOnlyList<string> problems)
    {
        Path = path;
        Blocks = blocks;
        Problems = problems;
    }

    /// <summary>The README's path from the repository root.</summary>
    public string Path { get; }

    /// <summary>Its C# blocks, in order.</summary>
    public IReadOnlyList<CSharpBlock> Blocks { get; }

    /// <summary>What breaks the rules above, each naming the line.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads <paramref name="markdown"/>, the README at <paramref name="path"/>.</summary>
    public static ReadmeFile Parse(string path, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<CSharpBlock>();
        var problems = new List<string>();
        List<PackageLine> packages = [];
        Fence? previous = null;
        foreach (var fence in Fence.Parse(markdown))
        {
            if (!Languages.Contains(fence.Language))
            {
                problems.Add($"{path}:{fence.Line}: the block's language is '{fence.Language}'; name one of {string.Join(", ", Languages)} (C# is 'csharp', so that the test compiles it).");
            }

            switch (fence.Language)
            {
                case "sh":
                    var adds = fence.Code.Split('\n').Where(PackageLine.IsAddPackage).ToList();
                    if (adds.Count > 0)
                    {
                        var parsed = adds.Select(PackageLine.TryParse).ToList();
                        for (var i = 0; i < adds.Count; i++)
                        {
                            if (parsed[i] is null)
                            {
                                problems.Add($"{path}:{fence.Line}: '{adds[i].Trim()}' is not 'dotnet add package <id>' with an optional '--prerelease'.");
                            }
                        }

                        packages = parsed.OfType<PackageLine>().ToList();
                    }

                    break;
                case "csharp":
                    if (packages.Count == 0)
                    {
                        problems.Add($"{path}:{fence.Line}: no ```sh block with 'dotnet add package' lines comes before this C# block; say which packages it needs.");
                    }

                    blocks.Add(new CSharpBlock(path, fence.Line, fence.Code, packages, null));
                    break;
                case "json":
                    try
                    {
                        using var document = JsonDocument.Parse(fence.Code);
                    }
                    catch (JsonException invalid)
                    {
                        problems.Add($"{path}:{fence.Line}: the JSON block does not parse: {invalid.Message}");
                    }

                    break;
                case "text" when previous is { Language: "csharp" } && IsOutputOf(lines, previous, fence):
                    blocks[^1] = blocks[^1] with { ExpectedOutput = fence.Code };
                    break;
            }

            previous = fence;
        }

        return new ReadmeFile(path, blocks, problems);
    }

    private static bool IsOutputOf(string[] lines, Fence code, Fence text)
    {
        var between = lines[code.EndLine..(text.Line - 1)].Where(line => line.Trim().Length > 0).ToList();
        return between.Count == 0 || (between.Count == 1 && between[0].TrimEnd().EndsWith(':'));
    }
}
