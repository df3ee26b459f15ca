namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>How the silos of a Cfc host find each other and where they store grain state.</summary>
public enum CfcClusterMode
{
    /// <summary>One silo on this machine, storing every grain's state in one SQLite file (the embedded default).</summary>
    Localhost,

    /// <summary>Silos on one or more machines that find each other through Redis and store grain state there.</summary>
    Redis,
}
