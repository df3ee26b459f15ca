using System.Text;
using Cfc.Readme.Tests.Machinery;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Readme.Tests;

/// <summary>Every configuration a README shows for <c>"Cfc"</c> is accepted by <c>AddCfcSdk(IConfiguration)</c> as it is.</summary>
public sealed class ConfigurationBlockTests
{
    public static TheoryData<string, int> CfcBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Repository.Readmes)
        {
            foreach (var fence in Fence.Parse(Repository.Read(path)).Where(IsCfcConfiguration))
            {
                data.Add(path, fence.Line);
            }
        }

        return data;
    }

    [Fact]
    public void The_readmes_show_configuration()
    {
        Assert.NotEmpty(CfcBlocks());
    }

    [Theory]
    [MemberData(nameof(CfcBlocks))]
    public void The_configuration_block_binds_and_passes_validation(string readme, int line)
    {
        var fence = Fence.Parse(Repository.Read(readme)).Single(f => f.Line == line);
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(fence.Code))).Build();
        using var services = new ServiceCollection().AddCfcSdk(configuration.GetSection("Cfc")).BuildServiceProvider();

        var rules = services.GetRequiredService<MemberProgrammeRules>();

        Assert.NotNull(services.GetRequiredService<IOptions<Cfc.Sdk.DependencyInjection.CfcSdkOptions>>().Value);
        if (configuration["Cfc:ProgrammeRules"] is "Germany")
        {
            Assert.Same(MemberProgrammeRules.Germany, rules);
        }
        else if (configuration["Cfc:ProgrammeRules"] is { } name && name != "Custom")
        {
            Assert.Equal(ProgrammeRules.Preset(name), rules.Rules);
        }
        else if (configuration["Cfc:CustomProgrammeRules:NationalCommittee"] is { } committee)
        {
            Assert.Equal(committee, rules.Name);
        }
    }

    private static bool IsCfcConfiguration(Fence fence) =>
        fence.Language == "json" && fence.Code.Contains("\"Cfc\"", StringComparison.Ordinal);
}
