using System.Net;
using System.Net.Http.Headers;

namespace Cfc.Sample.Host.Tests;

/// <summary>Reads are anonymous; writes need a coordinator's token or one for the member written.</summary>
[Collection(HostDefinition.Name)]
public sealed class AccessTests(HostFixture host)
{
    [Fact]
    public async Task Writes_without_a_token_are_401_and_change_nothing()
    {
        await (await host.Anonymous.PutJsonAsync("/api/municipalities/GM0500", """{"name": "Gouda"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Client.GetAsync("/api/municipalities/GM0500")).ProblemAsync(HttpStatusCode.NotFound);

        await CreateAsync("GM0501");
        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM0501/programme/transitions", """{"phase": "Agreement", "on": "2024-01-01"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM0501/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM0501/issues", """{"title": "Spelen"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Null((await host.Anonymous.GetJsonAsync("/api/municipalities/GM0501/programme"))["phase"]);
        Assert.Empty((await host.Anonymous.GetJsonAsync("/api/municipalities/GM0501/issues")).AsArray());
    }

    [Fact]
    public async Task A_token_the_host_does_not_trust_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/municipalities/GM0502")
        {
            Content = new StringContent("""{"name": "Leiden"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Forged());

        await (await host.Anonymous.SendAsync(request)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_member_writes_its_own_data_and_gets_403_for_another_members()
    {
        await CreateAsync("GM0503");
        await CreateAsync("GM0504");
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0503"));

        await (await member.PostJsonAsync("/api/municipalities/GM0503/programme/transitions", """{"phase": "Agreement", "on": "2024-01-01"}""")).JsonAsync(HttpStatusCode.OK);
        var issue = (string)(await (await member.PostJsonAsync("/api/municipalities/GM0503/issues", """{"title": "Spelen"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        await (await member.PostJsonAsync("/api/municipalities/GM0504/programme/transitions", """{"phase": "Agreement", "on": "2024-01-01"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PutJsonAsync("/api/municipalities/GM0504", """{"name": "Overgenomen"}""")).ProblemAsync(HttpStatusCode.Forbidden);

        var other = (string)(await (await host.Client.PostJsonAsync("/api/municipalities/GM0504/issues", """{"title": "Spelen"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        await (await member.DeleteAsync(new Uri($"/api/issues/{other}", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync(new Uri($"/api/issues/{issue}", UriKind.Relative))).StatusCode);
        Assert.Equal("Gemeente", (string?)(await host.Anonymous.GetJsonAsync("/api/municipalities/GM0504"))["name"]);
        await host.Anonymous.GetJsonAsync($"/api/issues/{other}");
    }

    [Fact]
    public async Task Reads_need_no_token()
    {
        await CreateAsync("GM0505");

        await host.Anonymous.GetJsonAsync("/api/municipalities");
        await host.Anonymous.GetJsonAsync("/api/municipalities/GM0505");
        await host.Anonymous.GetJsonAsync("/api/indicators");
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync("/health/ready")).StatusCode);
    }

    private async Task CreateAsync(string code) =>
        await (await host.Client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).JsonAsync(HttpStatusCode.Created);
}
