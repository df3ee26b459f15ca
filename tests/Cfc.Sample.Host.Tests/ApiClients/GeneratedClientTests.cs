using System.Net;
using System.Net.Http.Headers;
using Microsoft.CodeAnalysis;

namespace Cfc.Sample.Host.Tests.ApiClients;

/// <summary>
/// The OpenAPI document as a client author uses it: a C# client generated from it by NSwag (<see cref="GeneratedClient"/>)
/// compiles, reads, and writes with a coordinator's token against a real host process; its enums, dates, local times
/// and periods go out in the forms the host reads and come back into the client's types.
/// </summary>
public sealed class GeneratedClientTests(GeneratedClient client) : IClassFixture<GeneratedClient>
{
    [Fact]
    public void The_generated_client_compiles_without_errors()
    {
        Assert.True(client.Assembly is not null, string.Join("\n", client.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
    }

    [Fact]
    public async Task The_generated_client_writes_with_a_token_and_reads_back()
    {
        using var http = Http(Tokens.Coordinator());
        var municipalities = client.New("MunicipalityClient", http);
        var request = client.New("MunicipalityRequest");
        request.Name = "Delft";

        var written = await municipalities.PutAsync("GM0503", request);
        var read = await municipalities.GetAsync("GM0503");

        Assert.Equal("Delft", (string)written.Name);
        Assert.Equal("Delft", (string)read.Name);
        Assert.Equal("GM0503", (string)read.Code);
    }

    [Fact]
    public async Task The_generated_client_sends_enums_local_times_and_periods_in_the_hosts_forms()
    {
        using var http = Http(Tokens.Coordinator());
        var municipality = client.New("MunicipalityRequest");
        municipality.Name = "Utrecht";
        await client.New("MunicipalityClient", http).PutAsync("GM0344", municipality);
        var theme = client.New("MeetingThemeRequest");
        theme.Name = "Spelen";
        var themes = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(client.Type("MeetingThemeRequest")))!;
        themes.Add(theme);
        var meeting = client.New("MeetingRequest");
        meeting.Title = "Netwerkdag";
        meeting.Format = (dynamic)client.Enum("MeetingFormat", "InPerson");
        meeting.Kind = (dynamic)client.Enum("MeetingKind", "Thematic");
        meeting.Themes = (dynamic)themes;
        meeting.Organiser = "GM0344";
        meeting.Start = "2027-01-14T16:00:00";
        meeting.Duration = "PT1H30M";

        var planned = await client.New("MeetingClient", http).AddAsync(meeting);

        Assert.Equal("Netwerkdag", (string)planned.Title);
        Assert.Equal("InPerson", planned.Format.ToString());
        Assert.Equal("Planned", planned.Status.ToString());
    }

    [Fact]
    public async Task A_write_without_a_token_is_an_ApiException_with_the_hosts_401()
    {
        using var http = Http(null);
        var request = client.New("MunicipalityRequest");
        request.Name = "Delft";

        Exception refused = await Assert.ThrowsAnyAsync<Exception>(() => (Task)client.New("MunicipalityClient", http).PutAsync("GM0503", request));

        Assert.Equal("ApiException", refused.GetType().Name.Split('`')[0]);
        Assert.Equal((int)HttpStatusCode.Unauthorized, (int)((dynamic)refused).StatusCode);
    }

    private HttpClient Http(string? token)
    {
        var http = new HttpClient { BaseAddress = client.Host.Address };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
