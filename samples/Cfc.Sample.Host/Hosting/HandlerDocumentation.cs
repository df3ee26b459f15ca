using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The XML documentation of the route handlers, read from the documentation file the compiler writes beside the host's
/// assembly (<c>GenerateDocumentationFile</c>), as text for the OpenAPI document: <c>&lt;c&gt;</c> becomes a code span,
/// a <c>&lt;see cref&gt;</c> the name it refers to. The handlers are private methods, which ASP.NET Core's own XML
/// comment generator does not read.
/// </summary>
internal static partial class HandlerDocumentation
{
    private static readonly Lazy<Dictionary<string, string>> s_summaries = new(Read);

    /// <summary>The summary (and remarks, after a blank line) of <paramref name="handler"/>, or <see langword="null"/>.</summary>
    /// <param name="handler">The route's handler method.</param>
    /// <returns>The text, in Markdown.</returns>
    public static string? Of(MethodInfo handler)
    {
        var name = $"M:{handler.DeclaringType?.FullName?.Replace('+', '.')}.{handler.Name}";
        return s_summaries.Value.TryGetValue(name, out var text) ? text : null;
    }

    /// <summary>
    /// The operation id of a route with <paramref name="handler"/>: its class without <c>Endpoints</c> and its name without
    /// <c>Async</c>, <c>Municipality_Put</c>; a generator makes a client per class and a method per handler of it.
    /// </summary>
    /// <param name="handler">The route's handler method.</param>
    /// <returns>The id, or <see langword="null"/> for a lambda, whose name the compiler made up.</returns>
    public static string? OperationId(MethodInfo handler) =>
        handler.DeclaringType is { } type && !handler.Name.Contains('<', StringComparison.Ordinal) && !type.Name.Contains('<', StringComparison.Ordinal)
            ? $"{Trim(type.Name, "Endpoints")}_{Trim(handler.Name, "Async")}"
            : null;

    private static string Trim(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;

    private static Dictionary<string, string> Read()
    {
        var file = Path.ChangeExtension(typeof(HandlerDocumentation).Assembly.Location, ".xml");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return texts;
        }

        foreach (var member in XDocument.Load(file).Descendants("member"))
        {
            var name = (string?)member.Attribute("name");
            if (name is null || !name.StartsWith("M:", StringComparison.Ordinal))
            {
                continue;
            }

            // Handlers are not overloaded: the name up to the parameters finds the one.
            var key = name.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? name[..open] : name;
            var parts = new[] { member.Element("summary"), member.Element("remarks") }.Select(Text).Where(t => t.Length > 0);
            texts.TryAdd(key, string.Join("\n\n", parts));
        }

        return texts;
    }

    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => Whitespace().Replace(plain.Value, " "),
                XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                XElement { Name.LocalName: "see" or "seealso" } see => (string?)see.Attribute("langword") ?? ShortName((string?)see.Attribute("cref") ?? see.Value),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
                XElement { Name.LocalName: "para" } paragraph => $"\n\n{Text(paragraph)}\n\n",
                XElement other => Text(other),
                _ => "",
            });
        }

        return Paragraphs().Replace(text.ToString(), "\n\n").Trim();
    }

    // "T:Cfc.Sdk.Network.MemberCode" and "M:Cfc.X.Y.Z(System.String)" are named by their last part: MemberCode, Y.Z.
    private static string ShortName(string cref)
    {
        var name = cref.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? cref[..open] : cref;
        name = name.Length > 2 && name[1] == ':' ? name[2..] : name;
        var parts = name.Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A paragraph's break with the spaces around it, or several breaks in a row.
    [GeneratedRegex(@" *(\n\n *)+")]
    private static partial Regex Paragraphs();
}
