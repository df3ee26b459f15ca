using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cfc.Sample.Host.Tests;

/// <summary>Bearer tokens signed with the key the test hosts trust (as <c>dotnet user-jwts</c> would set it up).</summary>
public static class Tokens
{
    public const string Issuer = "cfc-sample-host-tests";
    public const string Audience = "cfc-sample-host";

    /// <summary>The signing key, base64, as <c>Authentication:Schemes:Bearer:SigningKeys:0:Value</c> takes it.</summary>
    public static string KeyBase64 { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The settings that make a host trust <see cref="KeyBase64"/>.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudience"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = KeyBase64,
    };

    public static string Coordinator() => Create(new Claim("role", "coordinator"));

    public static string Member(string code) => Create(new Claim("cfc:member", code));

    /// <summary>A token the host does not trust: signed with another key.</summary>
    public static string Forged() => Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), new Claim("role", "coordinator"));

    private static string Create(params Claim[] claims) => Create(KeyBase64, claims);

    private static string Create(string key, params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "tester"), .. claims]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
    });
}
