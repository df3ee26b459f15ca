using System.Net;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>
/// The unsubscribe link of the newsletter's e-mail, <c>/newsletter/unsubscribe?token=…</c>: its page never
/// unsubscribes, its one-click POST does, anonymously, and only with the subscriber's token.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class UnsubscribeTests(HostFixture host)
{
    [Fact]
    public async Task The_page_shows_the_address_and_a_button_and_unsubscribes_nothing()
    {
        var (address, token) = await SubscribeAsync("pagina");

        using var dutch = await host.Anonymous.GetAsync(new Uri($"/newsletter/unsubscribe?token={token}", UriKind.Relative));
        using var english = await host.Anonymous.GetAsync(new Uri($"/newsletter/unsubscribe?token={token}&culture=en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, dutch.StatusCode);
        Assert.Equal("text/html", dutch.Content.Headers.ContentType?.MediaType);
        var page = await dutch.Content.ReadAsStringAsync();
        Assert.Contains(address, page, StringComparison.Ordinal);
        Assert.Contains("Afmelden voor de nieuwsbrief", page, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"/newsletter/unsubscribe?token={token}&amp;culture=nl\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", page, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe from the newsletter", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(address, await SubscribersAsync());
    }

    [Fact]
    public async Task The_one_click_post_unsubscribes_anonymously_and_says_so()
    {
        var (address, token) = await SubscribeAsync("een-klik");

        using var response = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={token}", UriKind.Relative), OneClick());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{address} is afgemeld", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(address, await SubscribersAsync());
    }

    [Fact]
    public async Task A_wrong_missing_or_long_token_or_a_post_without_the_one_click_field_is_a_problem_and_changes_nothing()
    {
        var (address, token) = await SubscribeAsync("fout");
        var other = (await SubscribeAsync("ander")).Token;
        var before = await SubscribersAsync();

        using var wrong = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={token[..^4]}AAAA", UriKind.Relative), OneClick());
        using var wrongPage = await host.Anonymous.GetAsync(new Uri($"/newsletter/unsubscribe?token={token[..^4]}AAAA", UriKind.Relative));
        using var missing = await host.Anonymous.PostAsync(new Uri("/newsletter/unsubscribe", UriKind.Relative), OneClick());
        using var twice = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={token}&token={other}", UriKind.Relative), OneClick());
        using var tooLong = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={new string('A', 65)}", UriKind.Relative), OneClick());
        using var withoutField = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={token}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "yes")]));
        using var json = await host.Anonymous.PostAsync(new Uri($"/newsletter/unsubscribe?token={token}", UriKind.Relative), new StringContent("""{"List-Unsubscribe": "One-Click"}""", System.Text.Encoding.UTF8, "application/json"));

        await wrong.ProblemAsync(HttpStatusCode.Forbidden);
        await wrongPage.ProblemAsync(HttpStatusCode.Forbidden);
        await missing.ValidationProblemAsync("token");
        await twice.ValidationProblemAsync("token");
        await tooLong.ValidationProblemAsync("token");
        await withoutField.ValidationProblemAsync("List-Unsubscribe");
        await json.ValidationProblemAsync("List-Unsubscribe");
        Assert.Equal(before, await SubscribersAsync());
        Assert.Contains(address, before);
    }

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    // A fresh subscriber of the shared host's newsletter (given a schedule when it has none) and its token.
    private async Task<(string Address, string Token)> SubscribeAsync(string name)
    {
        using var schedule = await host.Client.GetAsync(new Uri("/api/newsletters/schedule", UriKind.Relative));
        if (schedule.StatusCode == HttpStatusCode.NotFound)
        {
            (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-08", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
        }

        var address = $"{name}-{Guid.NewGuid():N}@ontvanger.example";
        await (await host.Client.PostJsonAsync("/api/newsletters/subscribers", $$"""{"address": "{{address}}"}""")).JsonAsync(HttpStatusCode.Created);
        var token = await host.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<INewsletterGrain>("nl").GetUnsubscribeTokenAsync(address);
        return (address, token);
    }

    private async Task<string[]> SubscribersAsync() =>
        [.. (await host.Client.GetJsonAsync("/api/newsletters/subscribers?limit=1000")).AsArray().Select(s => (string)s!["address"]!)];
}
