using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// A member's contact people (personal data): read and written with the member's own token or a coordinator's;
/// bad input is a 400 naming the field and changes nothing.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class PeopleTests(HostFixture host)
{
    private const string Officer = """{"displayName": "A. de Vries", "role": "CivilServant", "contact": "kindvriendelijk@gemeente.example"}""";

    [Fact]
    public async Task A_member_adds_lists_and_removes_its_contact_people()
    {
        await CreateAsync("GM1901");
        using var member = MemberClient("GM1901");

        var response = await member.PostJsonAsync("/api/municipalities/GM1901/people", Officer);
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/municipalities/GM1901/people", response.Headers.Location?.OriginalString);
        Assert.Equal(["displayName", "role", "contact"], created.Names());
        Assert.Equal("CivilServant", (string?)created["role"]);
        await (await member.PostJsonAsync("/api/municipalities/GM1901/people", Officer)).JsonAsync(HttpStatusCode.OK);
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1901/people", """{"displayName": "Jeugdraad", "role": "youthRepresentative"}""")).JsonAsync(HttpStatusCode.Created);

        var people = (await member.GetJsonAsync("/api/municipalities/GM1901/people")).AsArray();
        Assert.Equal(["A. de Vries", "Jeugdraad"], people.Select(p => (string?)p!["displayName"]));
        Assert.Null(people[1]!["contact"]);
        Assert.Equal(people.ToJsonString(), (await host.Client.GetJsonAsync("/api/municipalities/GM1901/people")).ToJsonString());

        Assert.Equal(HttpStatusCode.NoContent, (await member.PostJsonAsync("/api/municipalities/GM1901/people/removals", Officer)).StatusCode);
        await (await member.PostJsonAsync("/api/municipalities/GM1901/people/removals", Officer)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["Jeugdraad"], (await member.GetJsonAsync("/api/municipalities/GM1901/people")).AsArray().Select(p => (string?)p!["displayName"]));
    }

    [Theory]
    [InlineData("""{"role": "CivilServant"}""", "displayName")]
    [InlineData("""{"displayName": " ", "role": "CivilServant"}""", "displayName")]
    [InlineData("""{"displayName": "A", "role": "Mayor"}""", "role")]
    [InlineData("""{"displayName": "A"}""", "role")]
    [InlineData("""{"displayName": "A", "role": 1}""", "role")]
    [InlineData("""{"displayName": "Jeugdraad", "role": "YouthRepresentative", "contact": "jeugd@gemeente.example"}""", "contact")]
    [InlineData("""{"displayName": "A", "role": "CivilServant", "contact": ["a@b.nl"]}""", "contact")]
    public async Task A_person_the_domain_refuses_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        // Every case puts the same municipality: created by the first, renamed (200) by the others.
        (await host.Client.PutJsonAsync("/api/municipalities/GM1902", """{"name": "Gemeente"}""")).EnsureSuccessStatusCode();

        await (await host.Client.PostJsonAsync("/api/municipalities/GM1902/people", body)).ValidationProblemAsync(field);
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1902/people/removals", body)).ValidationProblemAsync(field);

        Assert.Empty((await host.Client.GetJsonAsync("/api/municipalities/GM1902/people")).AsArray());
    }

    [Fact]
    public async Task Too_long_a_name_or_contact_is_a_400_and_changes_nothing()
    {
        await CreateAsync("GM1903");
        var name = new string('n', 101);
        var contact = new string('c', 201);

        await (await host.Client.PostJsonAsync("/api/municipalities/GM1903/people", $$"""{"displayName": "{{name}}", "role": "Administrator"}""")).ValidationProblemAsync("displayName");
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1903/people", $$"""{"displayName": "A", "role": "Administrator", "contact": "{{contact}}"}""")).ValidationProblemAsync("contact");
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1903/people", "{\"displayName\": ")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Client.GetAsync("/api/municipalities/GM19x3/people")).ValidationProblemAsync("code");
        await (await host.Client.PostJsonAsync("/api/municipalities/GM19x3/people", Officer)).ValidationProblemAsync("code");

        Assert.Empty((await host.Client.GetJsonAsync("/api/municipalities/GM1903/people")).AsArray());
    }

    [Fact]
    public async Task An_unknown_municipality_is_404()
    {
        await (await host.Client.GetAsync("/api/municipalities/GM1904/people")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1904/people", Officer)).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1904/people/removals", Officer)).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Client.GetAsync("/api/municipalities/GM1904")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reading_or_writing_them_needs_the_members_token_or_a_coordinators()
    {
        await CreateAsync("GM1905");
        await (await host.Client.PostJsonAsync("/api/municipalities/GM1905/people", Officer)).JsonAsync(HttpStatusCode.Created);
        using var other = MemberClient("GM1906");
        const string Alderman = """{"displayName": "Wethouder", "role": "Administrator"}""";

        await (await host.Anonymous.GetAsync("/api/municipalities/GM1905/people")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM1905/people", Alderman)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.PostJsonAsync("/api/municipalities/GM1905/people/removals", Officer)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await other.GetAsync("/api/municipalities/GM1905/people")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostJsonAsync("/api/municipalities/GM1905/people", Alderman)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostJsonAsync("/api/municipalities/GM1905/people/removals", Officer)).ProblemAsync(HttpStatusCode.Forbidden);

        var people = (await host.Client.GetJsonAsync("/api/municipalities/GM1905/people")).AsArray();
        Assert.Equal(["A. de Vries"], people.Select(p => (string?)p!["displayName"]));
    }

    private HttpClient MemberClient(string code)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member(code));
        return client;
    }

    private async Task CreateAsync(string code) =>
        await (await host.Client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).JsonAsync(HttpStatusCode.Created);
}
