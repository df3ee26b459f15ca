using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>A municipality belongs to one network: hosts of two networks on one store cannot both register it.</summary>
public sealed class MunicipalityNetworkTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-networks-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_municipality_of_one_network_is_409_in_another_and_keeps_its_profile()
    {
        await using (var dutch = new HostFactory(_directory))
        {
            using var client = Coordinator(dutch);
            await (await client.PutJsonAsync("/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""")).JsonAsync(HttpStatusCode.Created);
        }

        await using var other = new HostFactory(_directory, settings: new Dictionary<string, string> { ["Cfc:NetworkId"] = "be" });
        using var otherClient = Coordinator(other);

        var problem = await (await otherClient.PutJsonAsync("/api/municipalities/GM0518", """{"name": "Den Haag"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("nl", (string?)problem["network"]);
        Assert.Contains("GM0518", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal("'s-Gravenhage", (string?)(await otherClient.GetJsonAsync("/api/municipalities/GM0518"))["name"]);
        Assert.Empty((await otherClient.GetJsonAsync("/api/municipalities")).AsArray());
    }

    private static HttpClient Coordinator(HostFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return client;
    }
}
