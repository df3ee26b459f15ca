namespace Cfc.Sample.Host.Pages;

/// <summary>
/// The pages' texts: <c>Text.resx</c> in English (the assembly's neutral language) and <c>Text.nl.resx</c> in Dutch,
/// the pages' default; read through <c>IStringLocalizer&lt;Text&gt;</c>.
/// </summary>
internal sealed class Text;
