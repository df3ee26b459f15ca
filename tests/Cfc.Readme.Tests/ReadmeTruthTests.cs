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
        var routes = RouteInCode().Matches(Repository.Read(Reference)).Select(Pattern).ToList();
        var readme = Repository.Read("samples/Cfc.Sample.Host/README.md");

        Assert.Contains($"](../../{Reference})", readme, StringComparison.Ordinal);
        // A request the README shows (GET /api/municipalities/GM0363) is one of a listed route's; an elided one (…) is not checked.
        var named = RouteInCode().Matches(readme).Select(m => $"{m.Groups["method"].Value} {m.Groups["path"].Value.TrimEnd('/')}")
            .Where(r => !r.Contains('…', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(named.Count > 50, $"Only {named.Count} routes found in the host README.");
        Assert.All(named, route => Assert.True(routes.Any(r => r.IsMatch(route)), $"{route} is not in {Reference}"));
    }

    // A route of the reference as a pattern: any method for ANY, any value for a route value, the rest for a catch-all.
    private static Regex Pattern(Match route)
    {
        var method = route.Groups["method"].Value is "ANY" ? "[A-Z]+" : route.Groups["method"].Value;
        var path = string.Join('/', route.Groups["path"].Value.TrimEnd('/').Split('/').Select(part =>
            part.StartsWith("{*", StringComparison.Ordinal) ? ".*" : part.StartsWith('{') ? "[^/]+" : Regex.Escape(part)));
        return new Regex($"^{method} {path}$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static bool Exists(string path) =>
        path.StartsWith(Repository.Root, StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path));

    [GeneratedRegex(@"\]\((?<target>(?![a-z][a-z0-9+.-]*:)[^)\s]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"`(?<path>docs/[^`\s]+\.md)`")]
    private static partial Regex DocumentPath();

    [GeneratedRegex(@"`(?<method>GET|PUT|POST|DELETE|ANY) (?<path>/[^`\s?]*)")]
    private static partial Regex RouteInCode();

    [GeneratedRegex(@"`municipality/(?<key>[^`/\s]+)`")]
    private static partial Regex MunicipalityGrainId();
}
