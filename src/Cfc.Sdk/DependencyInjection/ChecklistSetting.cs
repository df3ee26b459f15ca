using System.Text.Json;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// Which <see cref="Checklists.Checklist"/> members answer, as <see cref="CfcSdkOptions.Checklist"/> holds it: one given in
/// code (<see cref="Questionnaire"/>), one read from a JSON file named in configuration (<see cref="Path"/>, e.g.
/// <c>Cfc:Checklist:Path</c>), or, with neither, the built-in <see cref="Checklists.Checklist.Example"/>.
/// </summary>
/// <remarks>
/// The file holds the checklist's JSON (<c>{"id", "version", "questions": [{"id", "goalArea", "nl", "en", "kind"}]}</c>);
/// it is read and checked when the host starts, and a missing or invalid file stops it with a message naming the setting.
/// </remarks>
public sealed class ChecklistSetting
{
    /// <summary>A checklist given in code; <see langword="null"/> for none.</summary>
    public Checklist? Questionnaire { get; set; }

    /// <summary>The path of a JSON file holding the checklist; <see langword="null"/> for none.</summary>
    public string? Path { get; set; }

    /// <summary>The checklist this setting selects; adds every problem to <paramref name="failures"/>.</summary>
    /// <returns>The checklist; <see langword="null"/> when a problem was found.</returns>
    internal Checklist? Resolve(ICollection<string> failures)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return Questionnaire ?? Checklist.Example;
        }

        if (Questionnaire is not null)
        {
            failures.Add("CfcSdkOptions.Checklist: set either a checklist in code (Questionnaire) or a file (Cfc:Checklist:Path), not both.");
            return null;
        }

        try
        {
            using var file = File.OpenRead(Path);
            return JsonSerializer.Deserialize<Checklist>(file, s_json)
                ?? throw new JsonException("The file holds null, not a checklist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            failures.Add($"Cfc:Checklist:Path: the checklist file '{Path}' cannot be used: {e.Message}");
            return null;
        }
    }

    private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
}
