using Cfc.Readme.Tests.Machinery;

namespace Cfc.Readme.Tests;

/// <summary>Every C# block of the READMEs compiles as pasted into a new console app, runs, and prints what the README shows.</summary>
public sealed class ReadmeCodeTests
{
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in Repository.Readmes.SelectMany(path => Repository.ReadReadme(path).Blocks))
        {
            data.Add(block.Readme, block.Line);
        }

        return data;
    }

    [Fact]
    public void Each_readme_a_reader_meets_is_checked_and_shows_code()
    {
        Assert.Subset(Repository.Readmes.ToHashSet(), new HashSet<string> { "README.md", "src/Cfc.Sdk/README.md", "src/Cfc.Sdk.Matching/README.md" });
        Assert.All(Repository.Readmes, path => Assert.NotEmpty(Repository.ReadReadme(path).Blocks));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_csharp_block_compiles_as_pasted_with_its_packages_and_runs(string readme, int line)
    {
        var block = Repository.ReadReadme(readme).Blocks.Single(block => block.Line == line);
        var program = BlockProgram.Compile(block, PackageCatalogue.Current);
        Assert.True(program.Problems.Count == 0, $"{block} does not compile as pasted:\n{string.Join('\n', program.Problems)}");

        var output = program.Run();

        if (block.ExpectedOutput is not null)
        {
            var (expected, actual) = (Lines(block.ExpectedOutput), Lines(output));
            Assert.True(expected == actual, $"{block} prints other lines than the README shows after it.\nREADME:\n{expected}\nprinted:\n{actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public void The_readme_labels_every_block_and_lists_packages_before_its_code(string readme)
    {
        var problems = Repository.ReadReadme(readme).Problems;
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    public static TheoryData<string> Readmes() => new(Repository.Readmes);

    private static string Lines(string text) => string.Join('\n', text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()));
}
