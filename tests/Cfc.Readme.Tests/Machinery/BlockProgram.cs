using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cfc.Readme.Tests.Machinery;

/// <summary>
/// A README's C# block compiled the way <c>dotnet new console</c> and the block's <c>dotnet add package</c> lines
/// would compile it: a top-level program with the console template's implicit usings and nullable on, against the
/// framework and the packages the test references; then checked to use no assembly its listed packages do not bring.
/// </summary>
internal sealed class BlockProgram
{
    /// <summary>The global usings of <c>dotnet new console</c> (ImplicitUsings for Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lock ConsoleLock = new();

    private readonly byte[]? _image;

    private BlockProgram(CSharpBlock block, IReadOnlyList<string> problems, byte[]? image)
    {
        Block = block;
        Problems = problems;
        _image = image;
    }

    /// <summary>The block compiled.</summary>
    public CSharpBlock Block { get; }

    /// <summary>Errors and warnings of compilation, and package problems, each naming the README line; empty when the block compiles as pasted.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Compiles <paramref name="block"/> against <paramref name="catalogue"/>'s packages.</summary>
    public static BlockProgram Compile(CSharpBlock block, PackageCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new List<string>();
        foreach (var package in block.Packages)
        {
            var version = catalogue.VersionOf(package.Id);
            if (version is null)
            {
                problems.Add($"{block}: '{package}' names a package this test does not reference (add it to Cfc.Readme.Tests.csproj, or fix the id).");
            }
            else if (version.Contains('-', StringComparison.Ordinal) && !package.Prerelease)
            {
                problems.Add($"{block}: {package.Id} is a preview ({version}); 'dotnet add package {package.Id}' finds no stable version: write 'dotnet add package {package.Id} --prerelease'.");
            }
            else if (!version.Contains('-', StringComparison.Ordinal) && package.Prerelease)
            {
                problems.Add($"{block}: {package.Id} is stable ({version}); '--prerelease' would install a preview: drop it.");
            }
        }

        var listed = catalogue.AssembliesOf(block.Packages.Select(package => package.Id).Where(id => catalogue.VersionOf(id) is not null));
        var everything = catalogue.AssembliesOf(catalogue.ReadmePackages);
        var references = PackageCatalogue.FrameworkAssemblies.Concat(everything)
            .Select(path => MetadataReference.CreateFromFile(path))
            .ToList();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(block.Code, parse, path: block.Readme)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        // A warning is shown to the reader who pastes the block too, so it counts as a problem as well.
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        problems.AddRange(errors.Select(error => Describe(block, error)));
        if (errors.Count == 0)
        {
            var unlisted = compilation.GetUsedAssemblyReferences()
                .OfType<PortableExecutableReference>()
                .Select(used => used.FilePath!)
                .Where(path => !PackageCatalogue.FrameworkAssemblies.Contains(path) && !listed.Contains(path));
            foreach (var missing in unlisted.GroupBy(catalogue.SmallestReadmePackageBringing).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                var line = new PackageLine(missing.Key, catalogue.VersionOf(missing.Key)!.Contains('-', StringComparison.Ordinal));
                var files = string.Join(", ", missing.Select(Path.GetFileName).Order(StringComparer.Ordinal));
                problems.Add($"{block}: the code uses {files}, which its packages ({string.Join(", ", block.Packages.Select(p => p.Id))}) do not bring: list '{line}' in the sh block above it.");
            }
        }

        if (problems.Count > 0)
        {
            return new BlockProgram(block, problems, null);
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        problems.AddRange(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(error => Describe(block, error)));
        return new BlockProgram(block, problems, emitted.Success ? image.ToArray() : null);
    }

    /// <summary>Runs the program in a collectible load context and returns what it wrote to the console.</summary>
    /// <exception cref="InvalidOperationException">The block does not compile, or it threw, or it returned a non-zero exit code.</exception>
    public string Run()
    {
        if (_image is null)
        {
            throw new InvalidOperationException($"{Block} does not compile:\n{string.Join('\n', Problems)}");
        }

        var context = new AssemblyLoadContext($"README block {Block}", isCollectible: true);
        try
        {
            var entryPoint = context.LoadFromStream(new MemoryStream(_image)).EntryPoint!;
            var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            using var output = new StringWriter { NewLine = "\n" };
            lock (ConsoleLock)
            {
                var (console, culture, uiCulture) = (Console.Out, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
                Console.SetOut(output);
                // The READMEs show the output of an English-speaking machine (2.5, not 2,5) whatever this machine's culture.
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                try
                {
                    var result = entryPoint.Invoke(null, arguments);
                    if (result is Task task)
                    {
                        task.GetAwaiter().GetResult();
                        result = task.GetType().GetProperty("Result")?.GetValue(task);
                    }

                    if (result is int code and not 0)
                    {
                        throw new InvalidOperationException($"{Block} exited with code {code}.");
                    }
                }
                catch (TargetInvocationException thrown) when (thrown.InnerException is not null)
                {
                    throw new InvalidOperationException($"{Block} threw {thrown.InnerException.GetType().Name}: {thrown.InnerException.Message}", thrown.InnerException);
                }
                finally
                {
                    Console.SetOut(console);
                    (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
                }
            }

            return output.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Describe(CSharpBlock block, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.SourceTree?.FilePath == block.Readme
            ? $"{block.Readme}:{block.Line + span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
            : block.ToString();
        return $"{where}: {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
