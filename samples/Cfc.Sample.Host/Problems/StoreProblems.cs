using System.Globalization;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Storage;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sample.Host.Problems;

/// <summary>
/// The problems that answer a request the store could not serve: 503 Service Unavailable while the store cannot be
/// reached, is too slow or holds another version of the record, and 507 Insufficient Storage when its disk is full;
/// each with a <c>Retry-After</c> header and its own problem <c>type</c>, never a 500. A failed write may have been
/// applied all the same (the problem's detail says so): a client repeats it only where repeating is harmless, or reads
/// first.
/// </summary>
internal static class StoreProblems
{
    /// <summary>The problem type of a store that cannot be reached.</summary>
    public const string UnreachableType = "urn:cfc:problem:store-unreachable";

    /// <summary>The problem type of a store whose disk is full.</summary>
    public const string FullType = "urn:cfc:problem:store-full";

    /// <summary>The problem type of a store or silo that did not answer in time.</summary>
    public const string TimedOutType = "urn:cfc:problem:store-timed-out";

    /// <summary>The problem type of a record that changed in the store behind the grain's back (Redis restarted without its file, say).</summary>
    public const string ChangedType = "urn:cfc:problem:store-changed";

    private const string MayBeApplied = "A write may have been applied all the same: read before you repeat one that is not harmless to repeat.";

    /// <summary>The problem for a failure of the store, or <see langword="null"/> when <paramref name="exception"/> is none.</summary>
    /// <param name="exception">What the request caused.</param>
    /// <param name="write">Whether the request writes (its detail then says that the write may have been applied).</param>
    /// <returns>The problem, with its status, type and the seconds to wait in the extension <c>retryAfter</c>.</returns>
    public static ProblemDetails? For(Exception exception, bool write)
    {
        var mayBeApplied = write ? " " + MayBeApplied : "";
        return StoreFaults.Classify(exception) switch
        {
            StoreFault.Unreachable => Problem(StatusCodes.Status503ServiceUnavailable, UnreachableType, "The store cannot be reached.",
                $"The host cannot reach its store now; try again in a few seconds.{mayBeApplied}", 5),
            StoreFault.Full => Problem(StatusCodes.Status507InsufficientStorage, FullType, "The store's disk is full.",
                "The store's disk is full: nothing more can be stored until its operator frees space. Reads still answer.", 60),
            StoreFault.TimedOut => Problem(StatusCodes.Status503ServiceUnavailable, TimedOutType, "The store did not answer in time.",
                $"The store did not answer within {CfcStorageOptions.TimeoutSetting}; try again in a few seconds.{mayBeApplied}", 5),
            _ => exception switch
            {
                // A grain call that got no answer within Cfc:Cluster:ResponseTimeout (its grain is busy waiting for the store, or its silo is gone),
                // or one Orleans cancelled because it expired before its grain could be placed (OperationCanceledException: a client that
                // cancelled its own request has gone and never reads this answer).
                SiloUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, TimedOutType, "A host of the cluster is gone.",
                    $"The host that held this request's grain left the cluster; the grain is placed on another host once the cluster notices. Try again in a few seconds.{mayBeApplied}", 5),
                TimeoutException or OrleansMessageRejectionException or OperationCanceledException => Problem(StatusCodes.Status503ServiceUnavailable, TimedOutType,
                    "The host did not answer in time.", $"The grain that serves this request did not answer within Cfc:Cluster:ResponseTimeout; try again in a few seconds.{mayBeApplied}", 5),
                InconsistentStateException => Problem(StatusCodes.Status503ServiceUnavailable, ChangedType, "The record changed in the store.",
                    "The store holds another version of this record than the host had (written elsewhere, or restored); the host reads it again. Nothing was written: try again.", 1),
                _ => null,
            },
        };
    }

    /// <summary>Sets <c>Retry-After</c> on the response of a store problem.</summary>
    /// <param name="response">The response about to be written.</param>
    /// <param name="problem">Its problem.</param>
    public static void AddRetryAfter(HttpResponse response, ProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue("retryAfter", out var seconds) && seconds is int wait)
        {
            response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail, int retryAfter) => new()
    {
        Status = status,
        Type = type,
        Title = title,
        Detail = detail,
        Extensions = { ["retryAfter"] = retryAfter },
    };
}
