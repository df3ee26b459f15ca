using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// When a bearer token is valid: it must have an expiry (<c>exp</c>), be used no more than <see cref="ClockSkew"/>
/// after it and not more than that before its <c>nbf</c>, and be valid for no longer than
/// <see cref="HostLimits.MaxTokenLifetime"/>. A token refused for its lifetime gets a 401 whose problem says why.
/// </summary>
/// <remarks>
/// This replaces the token handler's own lifetime check, whose clock skew is five minutes by default and which takes a
/// token of any lifetime. Time is the bearer scheme's <see cref="Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions.TimeProvider"/>
/// (the system's clock unless a test sets it).
/// </remarks>
internal static class TokenLifetime
{
    /// <summary>How far the clocks of the token's issuer and of the host may disagree: 30 seconds.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Sets the lifetime check of <paramref name="bearer"/>, and the 401's reason when it refuses a token.</summary>
    /// <param name="bearer">The bearer scheme's options.</param>
    /// <param name="limits">The host's limits, with <see cref="HostLimits.MaxTokenLifetime"/>.</param>
    public static void Configure(JwtBearerOptions bearer, HostLimits limits)
    {
        var validation = bearer.TokenValidationParameters;
        validation.ClockSkew = ClockSkew;
        validation.LifetimeValidator = (notBefore, expires, token, _) =>
            Check(notBefore, IssuedAt(token), expires, (bearer.TimeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime, limits.MaxTokenLifetime);
        var challenge = bearer.Events.OnChallenge;
        bearer.Events.OnChallenge = context =>
        {
            if (context.AuthenticateFailure is SecurityTokenNoExpirationException or SecurityTokenExpiredException
                or SecurityTokenNotYetValidException or SecurityTokenInvalidLifetimeException)
            {
                context.HttpContext.Features.Set(new Refusal(context.AuthenticateFailure.Message));
            }

            return challenge(context);
        };
    }

    /// <summary>Checks a token's times against <paramref name="now"/>.</summary>
    /// <param name="notBefore">Its <c>nbf</c>, if it has one.</param>
    /// <param name="issuedAt">Its <c>iat</c>, if it has one.</param>
    /// <param name="expires">Its <c>exp</c>, if it has one.</param>
    /// <param name="now">The time now, UTC.</param>
    /// <param name="maxLifetime">The longest a token may be valid.</param>
    /// <returns><see langword="true"/>: a token that is not valid now throws.</returns>
    /// <exception cref="SecurityTokenNoExpirationException">The token has no <c>exp</c>.</exception>
    /// <exception cref="SecurityTokenExpiredException">It expired more than <see cref="ClockSkew"/> ago.</exception>
    /// <exception cref="SecurityTokenNotYetValidException">Its <c>nbf</c> is more than <see cref="ClockSkew"/> away.</exception>
    /// <exception cref="SecurityTokenInvalidLifetimeException">It is valid for longer than <paramref name="maxLifetime"/>.</exception>
    internal static bool Check(DateTime? notBefore, DateTime? issuedAt, DateTime? expires, DateTime now, TimeSpan maxLifetime)
    {
        var setting = HostLimits.Setting(nameof(HostLimits.MaxTokenLifetime));
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException(
                $"The bearer token has no expiry (exp). The host takes only tokens that expire, at most {Text(maxLifetime)} after they are issued ({setting}).");
        }

        if (expiry < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException(
                $"The bearer token expired at {Text(expiry)}, more than {Seconds(ClockSkew)} ago (the most the host allows for clocks that differ). Get a new token.")
            { Expires = expiry };
        }

        if (notBefore > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException(
                $"The bearer token is not valid before {Text(notBefore.Value)} (nbf), more than {Seconds(ClockSkew)} from now.")
            { NotBefore = notBefore.Value };
        }

        // From nbf, else iat; from now when neither says, or when iat lies ahead: a token is never valid from a later time
        // than now, so its validity from now on is at most the lifetime measured.
        var from = notBefore ?? issuedAt ?? now;
        var lifetime = expiry - (from < now ? from : now);
        if (lifetime > maxLifetime)
        {
            throw new SecurityTokenInvalidLifetimeException(
                $"The bearer token is valid for {Text(lifetime)} (from nbf, else iat, to exp); the host takes tokens valid for at most {Text(maxLifetime)} ({setting}). Get a token that lives shorter.")
            { NotBefore = notBefore, Expires = expiry };
        }

        return true;
    }

    /// <summary>Why a bearer token was refused for its lifetime; <c>ProblemDefaults</c> makes it the 401's detail.</summary>
    /// <param name="Detail">The reason, naming the setting or claim.</param>
    internal sealed record Refusal(string Detail);

    private static DateTime? IssuedAt(SecurityToken token) =>
        token is JsonWebToken { IssuedAt: var issuedAt } && issuedAt != DateTime.MinValue ? issuedAt : null;

    private static string Text(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";

    private static string Text(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);
}
