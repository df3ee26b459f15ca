using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>A municipality belongs to one network: a host of another network on the same store can neither register it nor read or write it.</summary>
public sealed class MunicipalityNetworkTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-networks-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_municipality_of_one_network_is_409_to_register_and_404_to_read_or_write_in_another_and_keeps_its_data()
    {
        await using (var dutch = new HostFactory(_directory))
        {
            using var client = Coordinator(dutch);
            await (await client.PutJsonAsync("/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""")).JsonAsync(HttpStatusCode.Created);
        }

        await using (var other = new HostFactory(_directory, settings: new Dictionary<string, string> { ["Cfc:NetworkId"] = "be" }))
        {
            using var otherClient = Coordinator(other);

            var problem = await (await otherClient.PutJsonAsync("/api/municipalities/GM0518", """{"name": "Den Haag"}""")).ProblemAsync(HttpStatusCode.Conflict);

            Assert.Equal("nl", (string?)problem["network"]);
            Assert.Contains("GM0518", (string?)problem["detail"], StringComparison.Ordinal);
            await (await otherClient.GetAsync(new Uri("/api/municipalities/GM0518", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
            await (await otherClient.PostJsonAsync("/api/municipalities/GM0518/issues", """{"title": "Speelplekken", "text": "Te weinig."}""")).ProblemAsync(HttpStatusCode.NotFound);
            Assert.Empty((await otherClient.GetJsonAsync("/api/municipalities")).AsArray());
        }

        await using var dutchAgain = new HostFactory(_directory);
        using var dutchClient = Coordinator(dutchAgain);
        Assert.Equal("'s-Gravenhage", (string?)(await dutchClient.GetJsonAsync("/api/municipalities/GM0518"))["name"]);
        Assert.Empty((await dutchClient.GetJsonAsync("/api/municipalities/GM0518/issues")).AsArray());
    }

    private static HttpClient Coordinator(HostFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return client;
    }
}
