namespace Cfc.Sample.Host.Backups;

/// <summary>
/// A command's line split into the command's own options (<c>--to FILE</c> or <c>--from FILE</c>, <c>--force</c>) and
/// the host's settings, which are all the other arguments, in their order.
/// </summary>
/// <param name="File">The file of <c>--to</c> (backup, export) or <c>--from</c> (import).</param>
/// <param name="Force">Whether <c>--force</c> was given.</param>
/// <param name="Settings">The other arguments, for the configuration.</param>
/// <param name="Problem">What is wrong with the line; <see langword="null"/> when it can be run.</param>
internal sealed record CommandLine(string? File, bool Force, string[] Settings, string? Problem)
{
    /// <summary>Splits <paramref name="args"/>, whose first is the command.</summary>
    /// <param name="args">The process's arguments.</param>
    /// <returns>The parts; <see cref="Problem"/> set for an unknown command, a missing file or an option the command does not take.</returns>
    public static CommandLine Parse(string[] args)
    {
        var command = args[0];
        var (fileOption, forceAllowed) = command switch
        {
            "backup" or "export" => ("--to", true),
            "import" => ("--from", false),
            _ => ((string?)null, false),
        };
        if (fileOption is null)
        {
            return new(null, false, [], $"'{command}' is no command: the commands are backup, export and import.");
        }

        string? file = null;
        var force = false;
        var settings = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument == fileOption || argument.StartsWith(fileOption + "=", StringComparison.Ordinal))
            {
                file = argument.Length > fileOption.Length ? argument[(fileOption.Length + 1)..] : (++i < args.Length ? args[i] : null);
                if (string.IsNullOrWhiteSpace(file))
                {
                    return new(null, false, [], $"{fileOption} needs a file.");
                }
            }
            else if (argument == "--force")
            {
                if (!forceAllowed)
                {
                    return new(null, false, [], $"{command} takes no --force: it never replaces what is stored.");
                }

                force = true;
            }
            else
            {
                settings.Add(argument);
            }
        }

        return file is null
            ? new(null, false, [], $"{command} needs {fileOption} FILE.")
            : new(file, force, [.. settings], null);
    }
}
