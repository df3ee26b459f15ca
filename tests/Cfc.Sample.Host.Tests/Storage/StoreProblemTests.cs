using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Orleans.Storage;
using Orleans.Runtime;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// What a client reads when the store fails: a refused write may have been applied, and its problem says so; a read
/// changed nothing, and its problem does not claim otherwise; a host that left the cluster is named as such.
/// </summary>
public sealed class StoreProblemTests
{
    public static TheoryData<Exception> Failures() => new()
    {
        new StoreFaultException(StoreFault.Unreachable, "Redis is gone."),
        new StoreFaultException(StoreFault.TimedOut, "Redis is slow."),
        new TimeoutException("No answer within 3 s."),
        new SiloUnavailableException("The silo left."),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_a_refused_write_says_that_it_may_have_been_applied(Exception failure)
    {
        var write = StoreProblems.For(failure, write: true)!;
        var read = StoreProblems.For(failure, write: false)!;

        Assert.Contains("may have been applied", write.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("applied", read.Detail, StringComparison.Ordinal);
        Assert.Equal((503, write.Type), (read.Status!.Value, read.Type));
    }

    [Fact]
    public void A_host_that_left_the_cluster_is_not_called_a_slow_grain()
    {
        var problem = StoreProblems.For(new SiloUnavailableException("The silo left."), write: false)!;

        Assert.Equal("A host of the cluster is gone.", problem.Title);
        Assert.DoesNotContain("ResponseTimeout", problem.Detail, StringComparison.Ordinal);
    }
}
