using Cfc.Sdk.Orleans.Hosting;

namespace Cfc.Sample.Host.Storage;

/// <summary>What the startup report says about the store: how Redis keeps writes, or the free space of the data directory.</summary>
/// <param name="hosting">The hosting settings.</param>
/// <param name="settings">The store's settings.</param>
/// <param name="redis">How Redis keeps writes, in Redis mode.</param>
/// <param name="redisWarning">The warning about Redis' durability, if any.</param>
internal sealed class StoreReport(CfcHostingOptions hosting, StoreSettings settings, RedisDurability? redis, string? redisWarning)
{
    /// <summary>The report's line about the store.</summary>
    /// <returns>One line.</returns>
    public string Describe()
    {
        if (hosting.Cluster.Mode == CfcClusterMode.Redis)
        {
            var kept = redis!.KeepsEveryWrite ? "every acknowledged write is on disk"
                : redis.LosesUpToASecond ? "up to a second of acknowledged writes can be lost"
                : $"LOSING WRITES ACCEPTED ({StoreSettings.AcceptLosingWritesSetting}=true)";
            return $"Redis, {redis.Describe()}: {kept}; timeout {Timeout()}";
        }

        var free = FreeSpace.Of(hosting.DataDirectoryPath);
        return $"SQLite, {FreeSpace.Bytes(free)} free (warns below {FreeSpace.Bytes(settings.LowFreeSpaceBytes)}, {StoreSettings.LowFreeSpaceBytesSetting}); timeout {Timeout()}";
    }

    /// <summary>The warnings to log at start: Redis' durability, low free space.</summary>
    /// <returns>The warnings, none when all is well.</returns>
    public IEnumerable<string> Warnings()
    {
        if (redisWarning is not null)
        {
            yield return redisWarning;
        }

        if (hosting.Cluster.Mode == CfcClusterMode.Localhost && FreeSpace.Warning(hosting.DataDirectoryPath, settings.LowFreeSpaceBytes) is { } low)
        {
            yield return low;
        }
    }

    private string Timeout() => $"{hosting.Storage.Timeout.TotalSeconds:0.###} s ({CfcStorageOptions.TimeoutSetting})";
}
