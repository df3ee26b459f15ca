using Cfc.Sdk.Matching.Analysis;
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
        Assert.Same(provider.GetRequiredService<DutchTextAnalyzer>(), index.Analyzer);
        Assert.Contains("padel", index.Analyzer.Thesaurus.TermsOf("sport"));
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
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCfcMatching(null!));
    }
}
