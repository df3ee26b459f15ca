using System.Reflection;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.FileProviders;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// In development, the host's user secrets (where <c>dotnet user-jwts create</c> puts its signing key) are read again
/// when they change, also when they do not exist yet as the host starts. <c>AddUserSecrets</c> reads them from their
/// folder only when that folder exists then; otherwise it looks for <c>secrets.json</c> in the content root, where
/// <c>dotnet user-jwts</c> never writes, and on a new machine the first key would be trusted only after a restart.
/// </summary>
internal static class UserSecretsWatch
{
    // The file in the user secrets' folder (Microsoft.Extensions.Configuration.UserSecrets' own name for it).
    private const string SecretsFileName = "secrets.json";

    /// <summary>
    /// Makes the user secrets' folder (readable by this user alone) when it does not exist, and has their settings source
    /// watch that folder itself. Outside development, or without a <c>UserSecretsId</c>, it does nothing.
    /// </summary>
    /// <param name="builder">The host's builder, its settings sources added.</param>
    public static void WatchUserSecrets(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || typeof(UserSecretsWatch).Assembly.GetCustomAttribute<UserSecretsIdAttribute>() is not { } id)
        {
            return;
        }

        var file = PathHelper.GetSecretsPathFromSecretsId(id.UserSecretsId);
        var folder = Path.GetDirectoryName(file)!;
        if (Directory.Exists(folder))
        {
            return;
        }

        // Without the folder, AddUserSecrets added "secrets.json" relative to the content root, where no key ever comes.
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: SecretsFileName } secrets)
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                // Replacing the source in the list rebuilds the settings from the same sources in the same order.
                sources[i] = new JsonConfigurationSource
                {
                    FileProvider = new PhysicalFileProvider(folder),
                    Path = SecretsFileName,
                    Optional = true,
                    ReloadOnChange = secrets.ReloadOnChange,
                };
                return;
            }
        }
    }
}
