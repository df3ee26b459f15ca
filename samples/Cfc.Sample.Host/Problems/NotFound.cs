namespace Cfc.Sample.Host.Problems;

/// <summary>The 404 problems of the host's resources.</summary>
internal static class NotFound
{
    /// <summary>A 404 problem for a resource that does not exist.</summary>
    /// <param name="detail">Which resource, such as <c>No municipality GM0518.</c></param>
    /// <returns>The result to return.</returns>
    public static IResult Problem(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
