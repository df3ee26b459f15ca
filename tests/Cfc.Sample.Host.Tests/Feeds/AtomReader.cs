using System.Text.Json.Nodes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Feeds;

/// <summary>Reads an Atom feed back with python3-feedparser, an independent reader: whether it had to guess (bozo), the feed and its entries, as JSON.</summary>
internal static class AtomReader
{
    private const string Script = """
        import sys, json, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        links = lambda o: [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in o.get("links", [])]
        print(json.dumps({
            "bozo": bool(d.bozo), "bozoException": str(d.get("bozo_exception", "")), "version": d.version,
            "id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"), "links": links(d.feed),
            "entries": [{"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"), "summary": e.get("summary"),
                         "author": e.get("author"), "link": e.get("link"), "links": links(e)} for e in d.entries],
        }))
        """;

    /// <summary>The feed <paramref name="atom"/> as python3-feedparser reads it.</summary>
    public static async Task<JsonNode> ReadAsync(string atom) =>
        JsonNode.Parse(await PythonModuleFactAttribute.RunAsync(Script, atom))!;
}
