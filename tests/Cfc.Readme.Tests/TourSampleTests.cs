using Cfc.Readme.Tests.Machinery;

namespace Cfc.Readme.Tests;

public sealed class TourSampleTests
{
    private const string Begin = "// README:begin\n";
    private const string End = "// README:end";

    [Fact]
    public void The_readme_example_is_the_code_the_tour_sample_runs()
    {
        // The README's block is the sample's program from its first using directive to the end marker, without the
        // begin marker: the usings make the block whole, so it compiles as pasted.
        var sample = Repository.Read("samples/Cfc.Sample.Tour/Program.cs");
        var begin = sample.IndexOf(Begin, StringComparison.Ordinal);
        var end = sample.IndexOf(End, StringComparison.Ordinal);
        var usings = sample.StartsWith("using ", StringComparison.Ordinal) ? 0 : sample.IndexOf("\nusing ", StringComparison.Ordinal) + 1;
        Assert.True(begin >= 0 && end > begin && usings >= 0 && usings < end, "The tour sample marks its README block after its usings.");
        var program = sample[usings..end].Replace(Begin, "", StringComparison.Ordinal);

        Assert.Contains(
            program,
            Repository.ReadReadme("README.md").Blocks.Select(block => block.Code));
    }

    [Fact]
    public void The_readme_names_the_test_command_that_ci_runs()
    {
        Assert.Contains("dotnet test Cfc.Sdk.sln", Repository.Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("dotnet test Cfc.Sdk.sln", Repository.Read(".ci/run"), StringComparison.Ordinal);
    }
}
