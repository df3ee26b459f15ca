using System.Reflection;
using System.Text.Json;

namespace Cfc.Readme.Tests.Machinery;

/// <summary>
/// The packages a README may name, read from this test assembly's <c>.deps.json</c>: each with its version and the
/// assemblies it brings, itself and through its dependencies, as <c>dotnet add package</c> would bring them.
/// Cfc.Sdk, Cfc.Sdk.Matching and Cfc.Sdk.Orleans are project references here and appear under their package ids and versions.
/// </summary>
internal sealed class PackageCatalogue
{
    private readonly Dictionary<string, Library> _libraries;

    private PackageCatalogue(Dictionary<string, Library> libraries) => _libraries = libraries;

    /// <summary>The catalogue of the running test assembly.</summary>
    public static PackageCatalogue Current { get; } = Load(
        Path.Combine(AppContext.BaseDirectory, typeof(PackageCatalogue).Assembly.GetName().Name + ".deps.json"));

    /// <summary>The framework's assemblies (the trusted platform assemblies of the shared runtime).</summary>
    public static IReadOnlyList<string> FrameworkAssemblies { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Where(path => string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal))
        .Where(IsManaged)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The packages a README block may name: the SDK's three and the Microsoft.Extensions packages an application adds
    /// to host them. Cfc.Readme.Tests.csproj references each.
    /// </summary>
    public IReadOnlyList<string> ReadmePackages { get; } =
        ["Cfc.Sdk", "Cfc.Sdk.Matching", "Cfc.Sdk.Orleans", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration"];

    /// <summary>The version of package <paramref name="id"/>, or <see langword="null"/> when the catalogue lacks it.</summary>
    public string? VersionOf(string id) =>
        ReadmePackages.Contains(id, StringComparer.Ordinal) && _libraries.TryGetValue(id, out var library) ? library.Version : null;

    /// <summary>Of <see cref="ReadmePackages"/>, the one that brings the assembly at <paramref name="path"/> with the fewest other assemblies.</summary>
    /// <exception cref="InvalidOperationException">None brings it.</exception>
    public string SmallestReadmePackageBringing(string path) =>
        ReadmePackages
            .Select(id => (Id: id, Assemblies: AssembliesOf([id])))
            .Where(package => package.Assemblies.Contains(path))
            .MinBy(package => package.Assemblies.Count)
            .Id;

    /// <summary>The assembly files (paths in the test's folder) that <paramref name="ids"/> bring with all their dependencies.</summary>
    /// <exception cref="KeyNotFoundException">An id is not in the catalogue.</exception>
    public IReadOnlySet<string> AssembliesOf(IEnumerable<string> ids)
    {
        var pending = new Stack<string>();
        foreach (var id in ids)
        {
            if (!_libraries.ContainsKey(id))
            {
                throw new KeyNotFoundException($"'{id}' is not a package this test references; add it to Cfc.Readme.Tests.csproj to let a README use it.");
            }

            pending.Push(id);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var id))
        {
            // A dependency the framework itself provides has no entry of its own.
            if (!seen.Add(id) || !_libraries.TryGetValue(id, out var library))
            {
                continue;
            }

            foreach (var file in library.Files)
            {
                files.Add(Path.Combine(AppContext.BaseDirectory, file));
            }

            foreach (var dependency in library.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return files;
    }

    private static PackageCatalogue Load(string depsJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(depsJson));
        var targetName = document.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString()!;
        var libraries = new Dictionary<string, Library>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in document.RootElement.GetProperty("targets").GetProperty(targetName).EnumerateObject())
        {
            var (id, version) = (entry.Name.Split('/')[0], entry.Name.Split('/')[1]);
            var dependencies = entry.Value.TryGetProperty("dependencies", out var deps)
                ? deps.EnumerateObject().Select(dependency => dependency.Name).ToList()
                : [];
            var files = entry.Value.TryGetProperty("runtime", out var runtime)
                ? runtime.EnumerateObject().Select(file => Path.GetFileName(file.Name)).ToList()
                : [];
            libraries[id] = new Library(id, version, dependencies, files);
        }

        return new PackageCatalogue(libraries);
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed record Library(string Id, string Version, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Files);
}
