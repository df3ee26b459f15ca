using System.Net;
using System.Net.Http.Headers;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The host process's bearer token settings from the command line, in exactly the form a client uses to start it with
/// its own key; and a host started without any, which serves reads and says how to configure tokens when it refuses a write.
/// </summary>
public sealed class AuthenticationProcessTests
{
    [Fact]
    public async Task A_host_started_with_a_key_on_the_command_line_takes_HS256_tokens_signed_with_it()
    {
        const string Issuer = "https://client.example/issuer";
        const string Audience = "cfc-client-audience";
        var key = Tokens.NewKey();
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-auth-").FullName;
        try
        {
            await using var host = await HostProcess.StartAsync(
                trustTestTokens: false,
                $"--Cfc:DataDirectory={directory}",
                $"--Authentication:Schemes:Bearer:ValidIssuer={Issuer}",
                $"--Authentication:Schemes:Bearer:ValidAudiences:0={Audience}",
                $"--Authentication:Schemes:Bearer:SigningKeys:0:Issuer={Issuer}",
                $"--Authentication:Schemes:Bearer:SigningKeys:0:Value={key}");
            using var client = new HttpClient { BaseAddress = host.Address };

            using var own = Put(Tokens.CoordinatorFor(Issuer, Audience, key));
            await (await client.SendAsync(own)).JsonAsync(HttpStatusCode.Created);
            using var tests = Put(Tokens.Coordinator());
            await (await client.SendAsync(tests)).ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("Delft", (string?)(await client.GetJsonAsync("/api/municipalities/GM0503"))["name"]);

            // A chunked body has no declared length: Kestrel itself cuts it off at Cfc:Limits:MaxRequestBodyBytes.
            using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM0503/issues")
            {
                Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"title": "Groot", "text": "{{new string('a', 300 * 1024)}}"}"""))),
            };
            chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            chunked.Headers.TransferEncodingChunked = true;
            chunked.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.CoordinatorFor(Issuer, Audience, key));
            var problem = await (await client.SendAsync(chunked)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
            Assert.Contains("Cfc:Limits:MaxRequestBodyBytes", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Empty((await client.GetJsonAsync("/api/municipalities/GM0503/issues")).AsArray());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_host_without_token_settings_starts_serves_reads_and_refuses_writes_saying_how_to_configure_tokens()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-noauth-").FullName;
        try
        {
            await using var host = await HostProcess.StartAsync(trustTestTokens: false, $"--Cfc:DataDirectory={directory}");
            using var client = new HttpClient { BaseAddress = host.Address };

            Assert.Empty((await client.GetJsonAsync("/api/municipalities")).AsArray());
            using var signed = Put(Tokens.Coordinator());
            var problem = await (await client.SendAsync(signed)).ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("Authentication:Schemes:Bearer", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Contains("dotnet user-jwts", (string?)problem["detail"], StringComparison.Ordinal);
            using var anonymous = Put(null);
            await (await client.SendAsync(anonymous)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await client.GetAsync(new Uri("/api/municipalities/GM0503", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static HttpRequestMessage Put(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/municipalities/GM0503")
        {
            Content = new StringContent("""{"name": "Delft"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
