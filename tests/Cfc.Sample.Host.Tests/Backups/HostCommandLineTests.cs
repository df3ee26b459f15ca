namespace Cfc.Sample.Host.Tests.Backups;

/// <summary>The host's command line: <c>--help</c> lists the commands, bad use is exit code 2 with one line saying what is wrong.</summary>
public sealed class HostCommandLineTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_their_options()
    {
        var help = await HostCommand.RunAsync("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var usage in (string[])["backup --to FILE [--force]", "export --to FILE [--force]", "import --from FILE", "Exit code"])
        {
            Assert.Contains(usage, help.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "restore" }, "'restore' is no command")]
    [InlineData(new[] { "export" }, "export needs --to FILE")]
    [InlineData(new[] { "backup", "--to" }, "--to needs a file")]
    [InlineData(new[] { "import", "--from", "x.jsonl", "--force" }, "import takes no --force")]
    public async Task Bad_use_is_exit_code_2_saying_what_is_wrong(string[] arguments, string message)
    {
        var run = await HostCommand.RunAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }
}
