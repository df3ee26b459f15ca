using Cfc.Sdk.Checklists;
using Cfc.Sdk.Rights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Tests.DependencyInjection;

/// <summary>The checklist members answer is the built-in example, one given in code, or one read from a file named in configuration, checked at start.</summary>
public sealed class ChecklistRegistrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cfc-checklist-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_file);

    private static ServiceProvider Start(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static IConfiguration PathSetting(string path) =>
        new ConfigurationBuilder().AddInMemoryCollection([new("Cfc:Checklist:Path", path)]).Build().GetSection("Cfc");

    [Fact]
    public void Without_a_setting_the_example_checklist_is_registered()
    {
        using var provider = Start(s => s.AddCfcSdk());

        Assert.Same(Checklist.Example, provider.GetRequiredService<Checklist>());
    }

    [Fact]
    public void A_checklist_given_in_code_is_registered()
    {
        var own = new Checklist("eigen", 3, [new ChecklistQuestion(ChecklistQuestionId.Parse("a"), GoalArea.VoiceHeard, "Vraag", "Question", ChecklistAnswerKind.YesNo)]);
        using var provider = Start(s => s.AddCfcSdk(o => o.Checklist.Questionnaire = own));

        Assert.Same(own, provider.GetRequiredService<Checklist>());
    }

    [Fact]
    public void A_checklist_file_named_in_configuration_is_read()
    {
        File.WriteAllText(_file, """{"id":"kindvriendelijke-checklist","version":2,"questions":[{"id":"a","goalArea":"VoiceHeard","nl":"Vraag","en":"Question","kind":"YesNo"}]}""");
        using var provider = Start(s => s.AddCfcSdk(PathSetting(_file)));

        var checklist = provider.GetRequiredService<Checklist>();

        Assert.Equal(("kindvriendelijke-checklist", 2, false), (checklist.Id, checklist.Version, checklist.IsExample));
    }

    [Fact]
    public void A_missing_file_fails_at_start_naming_the_setting_and_the_file()
    {
        var message = Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(PathSetting(_file)))).Message;

        Assert.Contains("Cfc:Checklist:Path", message, StringComparison.Ordinal);
        Assert.Contains(_file, message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_file_fails_at_start_saying_what_is_wrong()
    {
        File.WriteAllText(_file, """{"id":"eigen","version":1,"questions":[{"id":"a","goalArea":"Sport","nl":"Vraag","en":"Question","kind":"YesNo"}]}""");

        var message = Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(PathSetting(_file)))).Message;

        Assert.Contains("Cfc:Checklist:Path", message, StringComparison.Ordinal);
        Assert.Contains("Sport", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_in_code_and_a_file_together_fail_at_start()
    {
        var message = Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(PathSetting(_file)).Configure<Cfc.Sdk.DependencyInjection.CfcSdkOptions>(o => o.Checklist.Questionnaire = Checklist.Example))).Message;

        Assert.Contains("not both", message, StringComparison.Ordinal);
    }
}
