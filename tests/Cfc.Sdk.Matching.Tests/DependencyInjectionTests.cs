using Cfc.Sdk.Matching.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Matching.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddCfcMatching_registers_one_index_and_analyzer_even_when_called_twice()
    {
        var services = new ServiceCollection().AddCfcMatching().AddCfcMatching(o => o.ThesaurusEntries.Add("sport: padel"));
        Assert.Single(services, d => d.ServiceType == typeof(IssueIndex));
        using var provider = services.BuildServiceProvider();
        var index = provider.GetRequiredService<IssueIndex>();
        Assert.Same(index, provider.GetRequiredService<IssueIndex>());
        Assert.Same(provider.GetRequiredService<TextAnalyzer>(), index.Analyzer);
        Assert.Contains("padel", index.Analyzer.Concepts.LabelsOf("sport", "nl"));
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        using var provider = new ServiceCollection().AddCfcMatching(o => o.MaxQueryTerms = 0).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MatchingOptions>>().Value);
        Assert.Contains(nameof(MatchingOptions.MaxQueryTerms), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_thesaurus_file_is_rejected()
    {
        using var provider = new ServiceCollection().AddCfcMatching(o => o.ThesaurusFiles.Add("/no/such/file.txt")).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MatchingOptions>>().Value);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCfcMatching());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCfcMatching((Action<MatchingOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCfcMatching((IConfiguration)null!));
    }

    [Fact]
    public void Options_can_be_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cfc:Matching:TitleWeight"] = "3",
            ["Cfc:Matching:ThesaurusEntries:0"] = "sport: padel",
        }).Build();
        using var provider = new ServiceCollection().AddCfcMatching(configuration.GetSection("Cfc:Matching")).BuildServiceProvider();

        Assert.Equal(3, provider.GetRequiredService<IOptions<MatchingOptions>>().Value.TitleWeight);
        Assert.Contains("padel", provider.GetRequiredService<IssueIndex>().Analyzer.Concepts.LabelsOf("sport", "nl"));
    }

    [Fact]
    public void Common_words_and_compound_parts_can_be_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CommonWords:0"] = "inwoners",
            ["CompoundParts:0"] = "padel",
            ["MinScore"] = "1.5",
        }).Build();
        using var provider = new ServiceCollection().AddCfcMatching(configuration).BuildServiceProvider();

        var index = provider.GetRequiredService<IssueIndex>();
        Assert.True(index.Analyzer.IsCommonWord("inwoners"));
        Assert.Equal(["padel", "baan"], index.Analyzer.SplitCompound("padelbaan"));
        Assert.Equal(1.5, provider.GetRequiredService<IOptions<MatchingOptions>>().Value.MinScore);
    }

    [Fact]
    public void Invalid_configuration_fails_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["B"] = "2" }).Build();
        using var provider = new ServiceCollection().AddCfcMatching(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("B must be from 0 to 1", error.Message, StringComparison.Ordinal);
    }
}
