using System.Text.RegularExpressions;
using Cfc.Readme.Tests.Machinery;
using Cfc.Sdk.Network;

namespace Cfc.Readme.Tests;

/// <summary>
/// What the READMEs point to is in the repository: a link or a document path a reader follows exists, and an example
/// grain id is the id a state is stored under.
/// </summary>
public sealed partial class ReadmeTruthTests
{
    /// <summary>Every README.md in the repository's own folders (build output left out), relative to its root.</summary>
    private static readonly string[] s_readmes =
        [.. Directory.GetFiles(Repository.Root, "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> AllReadmes() => [.. s_readmes];

    [Fact]
    public void The_readmes_of_the_host_and_the_packages_are_among_those_checked() =>
        Assert.Subset(s_readmes.ToHashSet(), new HashSet<string> { "README.md", "samples/Cfc.Sample.Host/README.md", "src/Cfc.Sdk.Orleans/README.md" });

    [Theory]
    [MemberData(nameof(AllReadmes))]
    public void Every_link_and_document_path_in_a_readme_is_in_the_repository(string readme)
    {
        var text = Repository.Read(readme);
        var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, readme))!;
        var missing = new List<string>();
        foreach (Match link in RelativeLink().Matches(text))
        {
            var target = link.Groups["target"].Value.Split('#')[0];
            if (target.Length > 0 && !Exists(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target)))))
            {
                missing.Add(link.Value);
            }
        }

        // A document named in code spans (`docs/….md`) is one a reader looks for from the repository's root.
        foreach (Match document in DocumentPath().Matches(text))
        {
            if (!Exists(Path.Combine(Repository.Root, document.Groups["path"].Value)))
            {
                missing.Add(document.Value);
            }
        }

        Assert.True(missing.Count == 0, $"{readme} points outside the repository: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_orleans_readmes_example_grain_ids_are_the_ids_states_are_stored_under()
    {
        var ids = MunicipalityGrainId().Matches(Repository.Read("src/Cfc.Sdk.Orleans/README.md")).Select(m => m.Groups["key"].Value).ToList();

        Assert.NotEmpty(ids);
        // A municipality grain's key is its member code as MemberCode writes it.
        Assert.All(ids, key => Assert.Equal(MemberCode.Parse(key).ToString(), key));
    }

    [Fact]
    public void The_host_readme_links_the_http_api_reference_and_names_no_route_it_does_not_list()
    {
        // The reference lists the host's routes exactly (HttpApiReferenceTests checks it against the running host).
        const string Reference = "docs/http-api.md";
        var reference = RouteInCode().Matches(Repository.Read(Reference)).Select(Route).ToHashSet(StringComparer.Ordinal);
        var readme = Repository.Read("samples/Cfc.Sample.Host/README.md");

        Assert.Contains($"](../../{Reference})", readme, StringComparison.Ordinal);
        var named = RouteInCode().Matches(readme).Select(Route).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(named.Count > 50, $"Only {named.Count} routes found in the host README.");
        Assert.All(named, route => Assert.Contains(route, reference));
    }

    // The method and path, without the query and with route values in lower case, as the reference writes them.
    private static string Route(Match route) =>
        $"{route.Groups["method"].Value} {RouteValue().Replace(route.Groups["path"].Value.TrimEnd('/'), m => m.Value.ToLowerInvariant())}";

    private static bool Exists(string path) =>
        path.StartsWith(Repository.Root, StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path));

    [GeneratedRegex(@"\]\((?<target>(?![a-z][a-z0-9+.-]*:)[^)\s]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"`(?<path>docs/[^`\s]+\.md)`")]
    private static partial Regex DocumentPath();

    [GeneratedRegex(@"`(?<method>GET|PUT|POST|DELETE|ANY) (?<path>/[^`\s?]*)")]
    private static partial Regex RouteInCode();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"`municipality/(?<key>[^`/\s]+)`")]
    private static partial Regex MunicipalityGrainId();
}
