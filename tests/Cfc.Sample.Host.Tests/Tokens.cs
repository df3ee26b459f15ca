using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cfc.Sample.Host.Tests;

/// <summary>Bearer tokens signed with the key the test hosts trust (as <c>dotnet user-jwts</c> would set it up).</summary>
public static class Tokens
{
    /// <summary>
    /// A write rate limit (<c>Cfc:Limits:WritesPerWindow</c>) no test reaches by accident: every test token has the same
    /// subject, so all of a test host's writes count as one caller's.
    /// </summary>
    public const string UnlimitedWrites = "1000000";

    /// <summary>
    /// A read rate limit (<c>Cfc:Limits:ReadsPerWindow</c>) no test reaches by accident: a test host's clients all come
    /// from one address, and the tests without a token share it.
    /// </summary>
    public const string UnlimitedReads = "1000000";

    public const string Issuer = "cfc-sample-host-tests";
    public const string Audience = "cfc-sample-host";

    /// <summary>The signing key, base64, as <c>Authentication:Schemes:Bearer:SigningKeys:0:Value</c> takes it.</summary>
    public static string KeyBase64 { get; } = NewKey();

    /// <summary>
    /// The settings that make a host trust <see cref="KeyBase64"/>, in the form the issue names for the command line
    /// (<c>ValidAudiences:0</c>, <c>SigningKeys:0:Issuer</c>, <c>SigningKeys:0:Value</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = SettingsFor(Issuer, Audience, KeyBase64);

    /// <summary>The bad tokens a host must refuse with 401, by what is wrong with them; each would be a coordinator's.</summary>
    public static IReadOnlyDictionary<string, Func<string>> Bad { get; } = new Dictionary<string, Func<string>>
    {
        ["expired"] = () => Create(KeyBase64, Issuer, Audience, DateTime.UtcNow.AddHours(-1), new Claim("role", "coordinator")),
        ["expired 31 s ago"] = () => Create(KeyBase64, Issuer, Audience, DateTime.UtcNow.AddSeconds(-31), new Claim("role", "coordinator")),
        ["without exp"] = () => CoordinatorValid(notBefore: DateTime.UtcNow.AddMinutes(-1), issuedAt: DateTime.UtcNow.AddMinutes(-1), expires: null),
        ["valid longer than a day"] = () => CoordinatorValid(notBefore: DateTime.UtcNow.AddMinutes(-1), issuedAt: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddDays(1)),
        ["wrong key"] = Forged,
        ["wrong issuer"] = () => Create(KeyBase64, "someone-else", Audience, DateTime.UtcNow.AddHours(1), new Claim("role", "coordinator")),
        ["wrong audience"] = () => Create(KeyBase64, Issuer, "another-service", DateTime.UtcNow.AddHours(1), new Claim("role", "coordinator")),
        ["alg none"] = AlgNone,
        ["not a token"] = () => "not.a.token",
    };

    public static IReadOnlyDictionary<string, string> SettingsFor(string issuer, string audience, string keyBase64) => new Dictionary<string, string>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = keyBase64,
    };

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Coordinator(string subject = "tester") => Create(KeyBase64, Issuer, Audience, DateTime.UtcNow.AddHours(1), new Claim("sub", subject), new Claim("role", "coordinator"));

    /// <summary>A token of someone who works for <paramref name="codes"/>: one <c>cfc:member</c> claim each.</summary>
    public static string Member(params string[] codes) => Create(KeyBase64, Issuer, Audience, DateTime.UtcNow.AddHours(1), [.. codes.Select(code => new Claim("cfc:member", code))]);

    /// <summary>A coordinator's token signed with <paramref name="keyBase64"/> (HS256) for <paramref name="issuer"/> and <paramref name="audience"/>.</summary>
    public static string CoordinatorFor(string issuer, string audience, string keyBase64) =>
        Create(keyBase64, issuer, audience, DateTime.UtcNow.AddHours(1), new Claim("role", "coordinator"));

    /// <summary>
    /// A coordinator's token (subject <c>tester</c>) with exactly the times given: a claim that is <see langword="null"/>
    /// is left out, none is filled in.
    /// </summary>
    public static string CoordinatorValid(DateTime? notBefore, DateTime? issuedAt, DateTime? expires) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "tester"), new Claim("role", "coordinator")]),
        NotBefore = notBefore,
        IssuedAt = issuedAt,
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(KeyBase64)), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>A coordinator's token without a subject (<c>sub</c>), valid for an hour; each one another (its own <c>jti</c>).</summary>
    public static string CoordinatorWithoutSubject() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("role", "coordinator"), new Claim("jti", Guid.NewGuid().ToString("N"))]),
        IssuedAt = DateTime.UtcNow.AddMinutes(-1),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(KeyBase64)), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>A token the host does not trust: signed with another key.</summary>
    public static string Forged() => Create(NewKey(), Issuer, Audience, DateTime.UtcNow.AddHours(1), new Claim("role", "coordinator"));

    /// <summary>A coordinator's token with <c>alg: none</c>: no signature at all.</summary>
    public static string AlgNone() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "tester"), new Claim("role", "coordinator")]),
        Expires = DateTime.UtcNow.AddHours(1),
    });

    private static string Create(string key, string issuer, string audience, DateTime expires, params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = audience,
        Subject = new ClaimsIdentity(claims.Any(c => c.Type == "sub") ? claims : [new Claim("sub", "tester"), .. claims]),
        IssuedAt = expires.AddHours(-2),
        NotBefore = expires.AddHours(-2),
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
    });
}
