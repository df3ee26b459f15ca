namespace Cfc.Sdk.Tests.Readme;

public sealed class ReadmeTests
{
    private static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Cfc.Sdk.sln")))
            {
                return File.ReadAllText(candidate).ReplaceLineEndings("\n");
            }
        }

        throw new FileNotFoundException($"'{relativePath}' was not found above the test's folder.");
    }

    [Fact]
    public void The_readme_example_is_the_code_the_tour_sample_runs()
    {
        var sample = RepositoryFile("samples/Cfc.Sample.Tour/Program.cs");
        var start = sample.IndexOf("// README:begin\n", StringComparison.Ordinal) + "// README:begin\n".Length;
        var end = sample.IndexOf("// README:end", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "The tour sample marks its README block.");
        var block = sample[start..end];
        Assert.Contains("```csharp\n" + block + "```", RepositoryFile("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_names_the_test_command_that_ci_runs()
    {
        Assert.Contains("dotnet test Cfc.Sdk.sln", RepositoryFile("README.md"), StringComparison.Ordinal);
        Assert.Contains("dotnet test Cfc.Sdk.sln", RepositoryFile(".ci/run"), StringComparison.Ordinal);
    }
}
