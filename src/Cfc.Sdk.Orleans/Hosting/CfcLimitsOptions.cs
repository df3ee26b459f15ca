namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>
/// How much one grain may hold, the settings under <c>Cfc:Limits</c>: a grain stores its whole state on every change,
/// so what it may hold bounds the cost of each write and of each read of it.
/// </summary>
/// <remarks>
/// <c>AddCfc(configuration)</c> binds them from configuration; a silo set up without it can set them with
/// <c>services.Configure&lt;CfcLimitsOptions&gt;(...)</c>, and has the defaults otherwise.
/// </remarks>
public sealed class CfcLimitsOptions
{
    /// <summary>The default of <see cref="MaxIssuesPerMember"/>.</summary>
    public const int DefaultMaxIssuesPerMember = 500;

    /// <summary>The name of the setting of <see cref="MaxIssuesPerMember"/>, for messages.</summary>
    public const string MaxIssuesPerMemberSetting = "Cfc:Limits:MaxIssuesPerMember";

    /// <summary>
    /// The most local issues one member may hold (<c>Cfc:Limits:MaxIssuesPerMember</c>), 500 by default: adding one
    /// more is refused with a <see cref="Municipalities.IssueLimitException"/>, while replacing and removing issues
    /// still work.
    /// </summary>
    public int MaxIssuesPerMember { get; set; } = DefaultMaxIssuesPerMember;
}
