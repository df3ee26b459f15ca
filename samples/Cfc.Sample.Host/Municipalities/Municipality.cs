using System.Diagnostics.CodeAnalysis;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;

namespace Cfc.Sample.Host.Municipalities;

/// <summary>Finds the municipality grain that a route's <c>{code}</c> names.</summary>
internal static class Municipality
{
    /// <summary>The grain for <paramref name="code"/>, or the 400 problem when it is not a member code.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="code">The code from the route.</param>
    /// <param name="grain">The grain; <see langword="null"/> when <paramref name="code"/> is not a code.</param>
    /// <param name="problem">The 400 problem naming <c>code</c>; <see langword="null"/> when it is a code.</param>
    /// <returns>Whether <paramref name="code"/> is a member code.</returns>
    public static bool TryGet(
        IGrainFactory grains,
        string code,
        [NotNullWhen(true)] out IMunicipalityGrain? grain,
        [NotNullWhen(false)] out InvalidProblem? problem)
    {
        if (!MemberCode.TryParse(code, out _))
        {
            grain = null;

            // The SDK's message says what is wrong with this code and names the expected form with an example.
            problem = ValidationErrors.For("code", ParseError(code));
            return false;
        }

        grain = grains.GetGrain<IMunicipalityGrain>(code);
        problem = null;
        return true;
    }

    // Why the code does not parse, in the SDK's words.
    private static string ParseError(string code)
    {
        try
        {
            MemberCode.Parse(code);
            return string.Empty;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>The 404 problem for a code no municipality has been created with.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The result to return.</returns>
    public static NotFoundProblem Unknown(string code) => new NotFoundProblem($"No municipality {code}: create it with PUT /api/municipalities/{code}.");
}
