using Cfc.Sample.Host.Storage;
using Microsoft.Extensions.Configuration;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>The host's store settings: defaults, and a bad value refused naming the setting.</summary>
public sealed class StoreSettingsTests
{
    [Fact]
    public void By_default_losing_writes_is_not_accepted_and_the_host_warns_below_100_MiB()
    {
        var settings = StoreSettings.Read(new ConfigurationBuilder().Build());

        Assert.False(settings.AcceptLosingWrites);
        Assert.Equal(100L * 1024 * 1024, settings.LowFreeSpaceBytes);
    }

    [Theory]
    [InlineData("Cfc:Cluster:AcceptLosingWrites", "maybe", "Cfc:Cluster:AcceptLosingWrites 'maybe' is not true or false.")]
    [InlineData("Cfc:Storage:LowFreeSpaceBytes", "-1", "Cfc:Storage:LowFreeSpaceBytes '-1' is not a number of bytes")]
    [InlineData("Cfc:Storage:LowFreeSpaceBytes", "lots", "Cfc:Storage:LowFreeSpaceBytes 'lots' is not a number of bytes")]
    public void A_bad_value_is_refused_naming_the_setting(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => StoreSettings.Read(configuration));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_space_below_the_setting_is_a_warning_naming_it()
    {
        var directory = Path.GetTempPath();

        Assert.Null(FreeSpace.Warning(directory, 0));
        Assert.Contains("(Cfc:Storage:LowFreeSpaceBytes)", FreeSpace.Warning(directory, long.MaxValue), StringComparison.Ordinal);
    }
}
