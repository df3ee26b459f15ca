namespace Cfc.Testing;

/// <summary>A theory about Unix file modes: skipped, with the reason shown, on Windows, whose files have ACLs instead.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes only: Windows protects files with ACLs";
        }
    }
}
