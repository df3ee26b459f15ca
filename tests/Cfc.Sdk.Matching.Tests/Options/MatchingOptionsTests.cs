using System.Globalization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Matching.Tests.Options;

public sealed class MatchingOptionsTests
{
    private static MatchingOptions WithManyProblems()
    {
        var options = new MatchingOptions { K1 = -1, B = 1.5, MaxQueryTerms = 0, CommonWordWeight = 2, MinScore = -0.5 };
        options.ThesaurusFiles.Add(" ");
        options.ThesaurusFiles.Add("no-such-thesaurus.txt");
        options.ThesaurusEntries.Add("Hoofdletter: woord");
        options.ThesaurusEntries.Add("sport: padel");
        options.ThesaurusEntries.Add(": woord");
        options.CompoundParts.Add("");
        return options;
    }

    [Fact]
    public void Feedback_settings_out_of_range_are_each_named()
    {
        var errors = new MatchingOptions { FeedbackDocuments = 11, FeedbackTerms = 0, FeedbackWeight = double.NaN }.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains("FeedbackDocuments must be from 0 to 10; it is 11.", errors);
        Assert.Contains("FeedbackTerms must be from 1 to 64; it is 0.", errors);
        Assert.Contains(errors, e => e.StartsWith("FeedbackWeight must be greater than 0 and at most 10", StringComparison.Ordinal));
        Assert.Empty(new MatchingOptions { FeedbackDocuments = 10, FeedbackTerms = 64, FeedbackWeight = 10 }.Validate());
    }

    [Fact]
    public void Validate_reports_every_problem_at_once()
    {
        var errors = WithManyProblems().Validate();

        Assert.Equal(10, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("K1 ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("B ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MaxQueryTerms ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("CommonWordWeight ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MinScore ", StringComparison.Ordinal));
        Assert.Contains("ThesaurusFiles[0] is a blank path.", errors);
        Assert.Contains(errors, e => e.StartsWith("ThesaurusFiles[1]: ", StringComparison.Ordinal) && e.Contains(Path.Combine(AppContext.BaseDirectory, "no-such-thesaurus.txt"), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ThesaurusEntries[0] ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ThesaurusEntries[2] ", StringComparison.Ordinal));
        Assert.Contains("CompoundParts[0] is a blank word.", errors);
    }

    [Fact]
    public void A_thesaurus_path_that_is_not_a_valid_path_is_reported_with_the_other_problems()
    {
        var options = new MatchingOptions { K1 = -1 };
        options.ThesaurusFiles.Add("bad\0name.txt");
        var errors = options.Validate();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("ThesaurusFiles[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_given_an_analyzer_does_not_read_the_thesaurus_files_again()
    {
        var options = new MatchingOptions();
        options.ThesaurusFiles.Add("does-not-exist.txt");
        Assert.NotEmpty(options.Validate());
        using var index = new IssueIndex(options, TextAnalyzer.Default);
        Assert.Same(TextAnalyzer.Default, index.Analyzer);
    }

    [Fact]
    public void The_default_options_are_valid() => Assert.Empty(new MatchingOptions().Validate());

    [Fact]
    public void Registration_reports_every_problem_at_start()
    {
        var problems = WithManyProblems();
        using var provider = new ServiceCollection().AddCfcMatching(o =>
        {
            o.K1 = problems.K1;
            o.B = problems.B;
            o.ThesaurusFiles.Add("no-such-thesaurus.txt");
        }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(3, error.Failures.Count());
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "no-such-thesaurus.txt"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_are_culture_invariant()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var errors = new MatchingOptions { B = 1.5, CommonWordWeight = 2.5 }.Validate();
            Assert.Contains("B must be from 0 to 1; it is 1.5.", errors);
            Assert.Contains("CommonWordWeight must be from 0 to 1; it is 2.5.", errors);
            Assert.Contains("it is 1.5", Assert.Throws<ArgumentException>(() => new IssueIndex(new MatchingOptions { B = 1.5 })).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_relative_thesaurus_path_resolves_against_the_application_base_directory_not_the_current_directory()
    {
        var folder = $"thesaurus-test-{Guid.NewGuid():N}";
        var relative = Path.Combine(folder, "eigen.txt");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, folder));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, relative), "sport: padel\n");
        var current = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetTempPath();
        try
        {
            var options = new MatchingOptions();
            options.ThesaurusFiles.Add(relative);

            Assert.Equal(Path.Combine(AppContext.BaseDirectory, relative), MatchingOptions.ResolveThesaurusPath(relative));
            Assert.Empty(options.Validate());
            Assert.Contains("padel", options.BuildConceptScheme().LabelsOf("sport", "nl"));
            using var index = new IssueIndex(options);
            Assert.Contains("padel", index.Analyzer.Concepts.LabelsOf("sport", "nl"));
        }
        finally
        {
            Environment.CurrentDirectory = current;
            Directory.Delete(Path.Combine(AppContext.BaseDirectory, folder), recursive: true);
        }
    }

    [Fact]
    public void An_absolute_thesaurus_path_is_used_as_given()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thesaurus-test-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "sport: padel\n");
        try
        {
            var options = new MatchingOptions();
            options.ThesaurusFiles.Add(path);
            Assert.Equal(path, MatchingOptions.ResolveThesaurusPath(path));
            Assert.Contains("padel", options.BuildConceptScheme().LabelsOf("sport", "nl"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_thesaurus_file_names_the_path_tried()
    {
        var options = new MatchingOptions();
        options.ThesaurusFiles.Add("missing/thesaurus.txt");
        var tried = Path.Combine(AppContext.BaseDirectory, "missing", "thesaurus.txt");

        var error = Assert.Throws<FileNotFoundException>(options.BuildConceptScheme);
        Assert.Equal(tried, error.FileName);
        Assert.Contains(tried, error.Message, StringComparison.Ordinal);
        Assert.Contains(tried, Assert.Throws<ArgumentException>(() => new IssueIndex(options)).Message, StringComparison.Ordinal);
    }
}
