using Cfc.Sdk.Orleans.Tests.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Resilience;

/// <summary>
/// The retries of <c>AddCfc</c> on a client: idempotent calls are repeated when a silo was unreachable, every other
/// call reaches the grain once and its caller sees the failure.
/// </summary>
[Collection(CfcHostDefinition.Name)]
public sealed class GrainCallRetryTests(CfcHostFixture host)
{
    private IFlakyGrain Grain() => host.Client.Grains.GetGrain<IFlakyGrain>(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_read_that_failed_because_a_silo_was_unreachable_is_repeated_until_it_answers()
    {
        Assert.Equal(3, await Grain().ReadAsync(failures: 2));
    }

    [Fact]
    public async Task An_idempotent_write_is_repeated_as_a_read_is()
    {
        Assert.Equal(3, await Grain().SetAsync(failures: 2));
    }

    [Fact]
    public async Task A_write_that_is_not_idempotent_is_sent_once_and_its_failure_reaches_the_caller()
    {
        var grain = Grain();

        await Assert.ThrowsAsync<SiloUnavailableException>(() => grain.AddAsync(failures: 1));

        Assert.Equal(1, await grain.CallsAsync());
    }

    [Fact]
    public async Task A_read_that_failed_for_another_reason_is_not_repeated()
    {
        var grain = Grain();

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ReadBrokenAsync(failures: 1));

        Assert.Equal(1, await grain.CallsAsync());
    }

    [Fact]
    public async Task A_read_that_keeps_failing_gives_up_after_the_retry_budget()
    {
        var grain = Grain();

        await Assert.ThrowsAsync<SiloUnavailableException>(() => grain.ReadAsync(failures: 1000));

        Assert.Equal(1 + CfcHostFixture.MaxRetryAttempts, await grain.CallsAsync());
    }
}
