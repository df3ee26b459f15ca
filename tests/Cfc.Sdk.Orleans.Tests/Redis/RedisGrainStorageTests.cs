using System.Text.Json;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Programmes;
using Cfc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Redis;

/// <summary>The SDK's Redis grain storage and a cluster on Redis, against the server of <c>CFC_REDIS</c>.</summary>
public sealed class RedisGrainStorageTests
{
    private static readonly PhaseTransition s_agreement = new(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30));
    private static readonly PhaseTransition s_analysis = new(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1), "kick-off één");

    private static string Text(PhaseTransition transition) => $"{transition.Phase} {transition.On:uuuu-MM-dd} {transition.Note}";

    [RedisFact]
    public async Task A_municipality_state_is_stored_in_Redis_as_readable_json_with_iso_dates_and_read_back()
    {
        await using var cluster = new RedisCluster();
        var silo = await cluster.StartSiloAsync();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var grain = grains.GetGrain<IMunicipalityGrain>("GM1942");

        await grain.TransitionAsync(s_agreement);
        await grain.TransitionAsync(s_analysis);
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var stored = Assert.Single(await cluster.StoredValuesAsync("GM1942"), value => value.Contains("programme", StringComparison.Ordinal));
        Assert.StartsWith("data=", stored, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stored["data=".Length..]);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("state").GetProperty("programme").GetProperty("transitions").GetArrayLength());
        Assert.Contains("\"2023-11-30\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"2024-03-01\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"SituationAnalysis\"", stored, StringComparison.Ordinal);
        Assert.Contains("kick-off één", stored, StringComparison.Ordinal);
        Assert.Equal([Text(s_agreement), Text(s_analysis)], (await grain.GetProgrammeAsync()).Transitions.Select(Text));
    }

    [RedisFact]
    public async Task When_a_silo_stops_abruptly_the_other_silo_serves_the_municipality_it_held()
    {
        await using var cluster = new RedisCluster();

        // The only silo when the grain is written, so the grain lives on it.
        var siloA = await cluster.StartSiloAsync();
        await siloA.Services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>("GM0363").TransitionAsync(s_agreement);
        var siloB = await cluster.StartSiloAsync();

        // A cancelled token: the silo stops without deactivating its grains or leaving the cluster gracefully.
        try
        {
            await siloA.StopAsync(new CancellationToken(canceled: true));
        }
        catch (OperationCanceledException)
        {
            // The stop was cut short, as intended.
        }

        var grain = siloB.Services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>("GM0363");
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        Programme? programme = null;
        while (programme is null)
        {
            try
            {
                programme = await grain.GetProgrammeAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException && !bound.IsCancellationRequested)
            {
                // Until silo B declares silo A dead, calls may still go to A.
                await Task.Delay(TimeSpan.FromMilliseconds(500), bound.Token);
            }
        }

        Assert.Equal([Text(s_agreement)], programme.Transitions.Select(Text));
    }
}
