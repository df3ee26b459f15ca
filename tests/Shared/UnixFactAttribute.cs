namespace Cfc.Testing;

/// <summary>A fact about Unix file modes: skipped, with the reason shown, on Windows, whose files have ACLs instead.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes only: Windows protects files with ACLs";
        }
    }
}
