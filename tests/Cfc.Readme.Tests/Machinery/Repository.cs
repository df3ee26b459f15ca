namespace Cfc.Readme.Tests.Machinery;

/// <summary>The repository the tests run in, found above the test's folder by its solution file.</summary>
internal static class Repository
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The READMEs a reader meets: the repository's and each package's (the one packed into its .nupkg).</summary>
    public static IReadOnlyList<string> Readmes { get; } =
        ["README.md", .. Directory.GetFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of <paramref name="relativePath"/> with <c>\n</c> line endings.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath)).ReplaceLineEndings("\n");

    /// <summary>The README at <paramref name="relativePath"/>, parsed.</summary>
    public static ReadmeFile ReadReadme(string relativePath) => ReadmeFile.Parse(relativePath, Read(relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cfc.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder above the test's folder holds Cfc.Sdk.sln.");
    }
}
