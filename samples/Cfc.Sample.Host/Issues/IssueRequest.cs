using System.ComponentModel.DataAnnotations;

namespace Cfc.Sample.Host.Issues;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/issues</c>:
/// <c>{"title": "...", "text": "...", "themes": ["armoede"], "articles": [27]}</c>.
/// </summary>
/// <param name="Title">A short Dutch title.</param>
/// <param name="Text">The Dutch description; optional, empty by default.</param>
/// <param name="Themes">Dutch theme words; optional.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
internal sealed record IssueRequest([property: Required] string? Title, string? Text, IReadOnlyList<string>? Themes, IReadOnlyList<int>? Articles);
