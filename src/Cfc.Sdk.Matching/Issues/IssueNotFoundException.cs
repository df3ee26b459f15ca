namespace Cfc.Sdk.Matching.Issues;

/// <summary>The index holds no issue with the requested identifier.</summary>
/// <remarks>Derives from <see cref="KeyNotFoundException"/>, so callers that catch that type keep working.</remarks>
public sealed class IssueNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="issueId"/>.</summary>
    /// <param name="issueId">The identifier that was not found.</param>
    public IssueNotFoundException(IssueId issueId)
        : base($"The index holds no issue '{issueId}'.") => IssueId = issueId;

    /// <summary>Creates the exception with a message and no identifier.</summary>
    public IssueNotFoundException()
        : base("The index holds no such issue.")
    {
    }

    /// <summary>Creates the exception with a message and no identifier.</summary>
    /// <param name="message">The message.</param>
    public IssueNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, an inner exception and no identifier.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IssueNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The identifier that was not found; the default value when none was given.</summary>
    public IssueId IssueId { get; }
}
