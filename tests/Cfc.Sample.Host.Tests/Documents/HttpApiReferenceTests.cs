using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Documents;

/// <summary>
/// The HTTP API reference in the repository (<c>docs/http-api.md</c>) lists exactly the routes the host maps: the first
/// cell of each row of its route tables names routes by method and path, and the host's route table, read from its
/// <see cref="EndpointDataSource"/>, has each of them and no other. A route without a method of its own (the health
/// checks) is written <c>ANY</c>; route values are compared ignoring case (<c>{Code}</c> of a page is <c>{code}</c>).
/// </summary>
public sealed partial class HttpApiReferenceTests : IDisposable
{
    private const string Reference = "docs/http-api.md";

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-routes-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_reference_lists_every_route_of_the_host_and_no_other()
    {
        // The dashboard's routes too: they are mapped only when it is on.
        await using var factory = new HostFactory(_directory, settings: new Dictionary<string, string> { ["Cfc:Dashboard:Enabled"] = "true" });
        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();

        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => Route(m, e.RoutePattern.RawText!)))
            .ToHashSet(StringComparer.Ordinal);
        var documented = Documented(File.ReadAllText(Path.Combine(RepositoryRoot(), Reference)));

        var missing = mapped.Except(documented).Order(StringComparer.Ordinal).ToList();
        var extra = documented.Except(mapped).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count == 0, $"{Reference} lacks:\n{string.Join('\n', missing)}\nand lists what the host does not map:\n{string.Join('\n', extra)}");
        Assert.Contains("GET /api/municipalities/{code}", documented);
    }

    [Fact]
    public void A_row_of_the_route_table_is_read_as_its_method_and_path()
    {
        var documented = Documented("""
            | route | answer |
            |---|---|
            | `GET /api/issues/{id}/matches` | the matches |
            | `POST /api/meetings`, `PUT /api/meetings/{Id}` | a meeting, `GET /api/meetings` lists them |
            Not a row: `PUT /api/municipalities/{code}`.
            """);

        Assert.Equal(["GET /api/issues/{id}/matches", "POST /api/meetings", "PUT /api/meetings/{id}"], documented.Order(StringComparer.Ordinal));
    }

    // A route as the reference writes it: the method, then the path from its root without a trailing slash, its route
    // values in lower case.
    private static string Route(string method, string pattern) =>
        $"{method} /{RouteValue().Replace(pattern.Trim('/'), m => m.Value.ToLowerInvariant())}";

    private static HashSet<string> Documented(string reference) =>
        [.. RouteRow().Matches(reference)
            .SelectMany(row => DocumentedRoute().Matches(row.Groups["cell"].Value))
            .Select(m => Route(m.Groups["method"].Value, m.Groups["path"].Value))];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cfc.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Cfc.Sdk.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\|(?<cell> `[A-Z]+ /[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex RouteRow();

    [GeneratedRegex(@"`(?<method>[A-Z]+) (?<path>/[^`\s]*)`")]
    private static partial Regex DocumentedRoute();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteValue();
}
