using System.ComponentModel.DataAnnotations;

namespace Cfc.Sample.Host.Issues;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/issues</c>:
/// <c>{"title": "...", "text": "...", "themes": ["armoede"], "articles": [27], "language": "nl"}</c>.
/// </summary>
/// <param name="Title">A short Dutch title.</param>
/// <param name="Text">The Dutch description; optional, empty by default.</param>
/// <param name="Themes">Dutch theme words; optional.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
/// <param name="Language">The BCP 47 tag of the language the issue is written in (<c>nl</c>, <c>en</c>, <c>pap</c>); optional, detected from the text when left out.</param>
internal sealed record IssueRequest([property: Required] string? Title, string? Text, IReadOnlyList<string>? Themes, IReadOnlyList<int>? Articles, string? Language = null);
