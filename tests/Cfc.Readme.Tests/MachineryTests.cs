using Cfc.Readme.Tests.Machinery;

namespace Cfc.Readme.Tests;

/// <summary>The checks the README tests rely on fail when a README breaks its promise.</summary>
public sealed class MachineryTests
{
    private const string Sdk = "```sh\ndotnet add package Cfc.Sdk\n```\n\n";
    private const string Matching = "```sh\ndotnet add package Cfc.Sdk.Matching --prerelease\n```\n\n";

    private static ReadmeFile Parse(string markdown) => ReadmeFile.Parse("TEST.md", markdown);

    private static BlockProgram Compile(string markdown) => BlockProgram.Compile(Parse(markdown).Blocks.Single(), PackageCatalogue.Current);

    [Fact]
    public void A_compile_error_names_the_readme_line_it_is_on()
    {
        var program = Compile(Sdk + "```csharp\nusing Cfc.Sdk.Network;\n\nConsole.WriteLine(MemberCode.Parse(42));\n```\n");

        var problem = Assert.Single(program.Problems);
        Assert.StartsWith("TEST.md:8:", problem, StringComparison.Ordinal);
        Assert.Contains("CS1503", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_without_its_usings_does_not_compile()
    {
        var program = Compile(Sdk + "```csharp\nConsole.WriteLine(MemberCode.DenHaag);\n```\n");

        Assert.Contains(program.Problems, problem => problem.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_using_matching_types_needs_the_matching_package_line()
    {
        var program = Compile(Sdk + "```csharp\nusing Cfc.Sdk.Matching.Issues;\n\nConsole.WriteLine(IssueId.Parse(\"i1\"));\n```\n");

        var problem = Assert.Single(program.Problems);
        Assert.Contains("Cfc.Sdk.Matching.dll", problem, StringComparison.Ordinal);
        Assert.Contains("'dotnet add package Cfc.Sdk.Matching --prerelease'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_package_needs_prerelease_and_a_stable_one_refuses_it()
    {
        var program = Compile("```sh\ndotnet add package Cfc.Sdk.Matching\ndotnet add package Cfc.Sdk --prerelease\n```\n\n```csharp\nConsole.WriteLine();\n```\n");

        Assert.Collection(
            program.Problems,
            problem => Assert.Contains("'dotnet add package Cfc.Sdk.Matching --prerelease'", problem, StringComparison.Ordinal),
            problem => Assert.Contains("Cfc.Sdk is stable", problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Host_types_need_their_own_package_line()
    {
        var program = Compile(Matching + "```csharp\nusing Microsoft.Extensions.DependencyInjection;\n\nusing var services = new ServiceCollection().AddCfcSdk().BuildServiceProvider();\n```\n");

        var problem = Assert.Single(program.Problems);
        Assert.Contains("dotnet add package Microsoft.Extensions.DependencyInjection", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_package_is_named()
    {
        var program = Compile("```sh\ndotnet add package Cfc.Sdk.Orleans\n```\n\n```csharp\nConsole.WriteLine();\n```\n");

        Assert.Contains(program.Problems, problem => problem.Contains("Cfc.Sdk.Orleans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_runs_and_its_console_output_is_captured()
    {
        var program = Compile(Sdk + "```csharp\nusing Cfc.Sdk.Network;\n\nConsole.WriteLine(MemberCode.Parse(\"GM0518\"));\nreturn 0;\n```\n");

        Assert.Empty(program.Problems);
        Assert.Equal("GM0518\n", program.Run());
    }

    [Fact]
    public void An_asynchronous_block_runs_to_its_end()
    {
        var program = Compile(Sdk + "```csharp\nawait Task.Yield();\nConsole.WriteLine(\"done\");\n```\n");

        Assert.Equal("done\n", program.Run());
    }

    [Fact]
    public void A_warning_the_reader_would_see_is_a_problem()
    {
        var program = Compile(Sdk + "```csharp\nstring text = null;\nConsole.WriteLine(text);\n```\n");

        Assert.Contains(program.Problems, problem => problem.StartsWith("TEST.md:6:", StringComparison.Ordinal) && problem.Contains("CS8600", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_that_throws_fails_with_its_readme_line()
    {
        var program = Compile(Sdk + "```csharp\nusing Cfc.Sdk.Network;\n\nConsole.WriteLine(MemberCode.Parse(\"XX\"));\n```\n");

        var failure = Assert.Throws<InvalidOperationException>(program.Run);
        Assert.StartsWith("TEST.md:5 threw", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_block_right_after_a_csharp_block_is_its_output_and_others_are_not()
    {
        var readme = Parse(Sdk + "```csharp\nConsole.WriteLine(1);\n```\n\nIt prints:\n\n```text\n1\n```\n\n```csharp\nConsole.WriteLine(2);\n```\n\nSome prose.\nMore prose.\n\n```text\nnot output\n```\n");

        Assert.Collection(
            readme.Blocks,
            first => Assert.Equal("1\n", first.ExpectedOutput),
            second => Assert.Null(second.ExpectedOutput));
    }

    [Theory]
    [InlineData("```\nplain\n```\n", "''")]
    [InlineData("```cs\nConsole.WriteLine();\n```\n", "'cs'")]
    [InlineData("```csharp\nConsole.WriteLine();\n```\n", "no ```sh block")]
    [InlineData("```sh\ndotnet add package Cfc.Sdk --version 0.1.0\n```\n", "is not 'dotnet add package <id>'")]
    [InlineData("```json\n{ \"Cfc\": { \"IncludeDutchIndicators\": true, } }\n```\n", "the JSON block does not parse")]
    public void A_readme_that_would_let_code_escape_the_test_has_a_problem(string markdown, string expected)
    {
        var problem = Assert.Single(Parse(markdown).Problems);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_install_block_states_the_packages_of_the_code_below_it()
    {
        var readme = Parse(Sdk + "```csharp\nConsole.WriteLine();\n```\n\n" + Matching + "```csharp\nConsole.WriteLine();\n```\n");

        Assert.Equal([[new PackageLine("Cfc.Sdk", false)], [new PackageLine("Cfc.Sdk.Matching", true)]], readme.Blocks.Select(block => block.Packages.ToArray()));
    }

    [Fact]
    public void An_unclosed_fence_is_refused()
    {
        Assert.Throws<FormatException>(() => Parse("```csharp\nConsole.WriteLine();\n"));
    }
}
