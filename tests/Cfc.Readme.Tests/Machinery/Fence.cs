namespace Cfc.Readme.Tests.Machinery;

/// <summary>A fenced code block of a Markdown file.</summary>
/// <param name="Language">The first word of the info string (<c>csharp</c>, <c>sh</c>, ...), empty when there is none.</param>
/// <param name="Line">The 1-based line of the opening fence; the code starts on the next line.</param>
/// <param name="EndLine">The 1-based line of the closing fence.</param>
/// <param name="Code">The lines between the fences, each ending with <c>\n</c>.</param>
internal sealed record Fence(string Language, int Line, int EndLine, string Code)
{
    /// <summary>The fenced blocks of <paramref name="markdown"/>, in order.</summary>
    /// <exception cref="FormatException">A fence is never closed.</exception>
    public static IReadOnlyList<Fence> Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var fences = new List<Fence>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = lines[i];
            var indent = opening.Length - opening.TrimStart(' ').Length;
            if (indent > 3 || !opening.TrimStart(' ').StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var info = opening.TrimStart(' ').TrimStart('`').Trim();
            var language = info.Split(' ', 2)[0];
            var start = i;
            var code = new System.Text.StringBuilder();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Append(lines[i]).Append('\n');
            }

            if (i == lines.Length)
            {
                throw new FormatException($"The fence opened on line {start + 1} is never closed.");
            }

            fences.Add(new Fence(language, start + 1, i + 1, code.ToString()));
        }

        return fences;
    }
}
