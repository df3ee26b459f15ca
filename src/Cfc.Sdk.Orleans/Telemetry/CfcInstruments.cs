using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cfc.Sdk.Orleans.Telemetry;

/// <summary>
/// The SDK's instruments on the meter <see cref="CfcTelemetry.MeterName"/> and its activities on the source
/// <see cref="CfcTelemetry.ActivitySourceName"/>: one per service provider (its meter comes from the provider's
/// <see cref="IMeterFactory"/>, so that a listener can tell two silos of one process apart), recording only while
/// someone listens.
/// </summary>
internal sealed class CfcInstruments
{
    /// <summary>The tag naming the store: <see cref="Sqlite"/> or <see cref="Redis"/>.</summary>
    public const string StoreTag = "cfc.store";

    /// <summary>The tag naming the grain state written: its state name, such as <c>municipality</c>.</summary>
    public const string StateTag = "cfc.state";

    /// <summary>The tag naming the storage operation: <see cref="Write"/> or <see cref="Clear"/>.</summary>
    public const string OperationTag = "cfc.storage.operation";

    /// <summary>The tag naming what is matched: <see cref="Issues"/> or <see cref="Organisations"/>.</summary>
    public const string TargetTag = "cfc.matching.target";

    /// <summary>The tag naming what a match query starts from: <see cref="StoredIssue"/> or <see cref="Draft"/>.</summary>
    public const string QueryTag = "cfc.matching.query";

    /// <summary>The tag naming how a push to a silo ended: <see cref="Delivered"/>, <see cref="SiloGone"/> or <see cref="Failed"/>.</summary>
    public const string PushResultTag = "cfc.matching.push.result";

    /// <summary>OpenTelemetry's tag of a failed operation: the full name of the exception's type.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>The SDK's SQLite grain storage.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>Orleans' Redis grain storage with the SDK's JSON.</summary>
    public const string Redis = "redis";

    /// <summary>A state written.</summary>
    public const string Write = "write";

    /// <summary>A state cleared.</summary>
    public const string Clear = "clear";

    /// <summary>Issues matched.</summary>
    public const string Issues = "issue";

    /// <summary>Organisations matched.</summary>
    public const string Organisations = "organisation";

    /// <summary>A query from a stored issue, by its id.</summary>
    public const string StoredIssue = "issue";

    /// <summary>A query from a draft issue, not stored.</summary>
    public const string Draft = "draft";

    /// <summary>The silo applied the change.</summary>
    public const string Delivered = "delivered";

    /// <summary>The silo left the cluster before it applied the change.</summary>
    public const string SiloGone = "silo_gone";

    /// <summary>The change failed on a silo that is still active.</summary>
    public const string Failed = "failed";

    // One source for the process: activities are not per provider, and a listener picks them by the source's name.
    private static readonly ActivitySource s_source = new(CfcTelemetry.ActivitySourceName);

    // Match queries and storage writes take from a tenth of a millisecond to seconds; OpenTelemetry's default buckets
    // (0, 5, 10, 25 ... 10000) are for milliseconds and would put every one of them into the first two.
    private static readonly IReadOnlyList<double> s_secondsBuckets =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static CfcInstruments? s_unscoped;

    private readonly Counter<long> _matches;
    private readonly Histogram<double> _matchDuration;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _writes;
    private readonly Histogram<double> _writeDuration;

    /// <summary>Creates the instruments on a meter of <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The service provider's meter factory.</param>
    public CfcInstruments(IMeterFactory meterFactory)
        : this(meterFactory.Create(CfcTelemetry.MeterName))
    {
    }

    private CfcInstruments(Meter meter)
    {
        _matches = meter.CreateCounter<long>("cfc.matching.matches", "{query}", "Match queries answered by the matching index.");
        _matchDuration = meter.CreateHistogram<double>("cfc.matching.duration", "s", "How long the matching index took to answer a match query.", tags: null, advice: new() { HistogramBucketBoundaries = s_secondsBuckets });
        _pushes = meter.CreateCounter<long>("cfc.matching.replica.pushes", "{push}", "Changes of issues and organisations pushed to a silo's replica of the matching index, one per silo.");
        _writes = meter.CreateCounter<long>("cfc.storage.writes", "{write}", "Grain states written or cleared in the store.");
        _writeDuration = meter.CreateHistogram<double>("cfc.storage.write.duration", "s", "How long a grain state's write or clear took, until it was durable.", tags: null, advice: new() { HistogramBucketBoundaries = s_secondsBuckets });
    }

    /// <summary>Registers the instruments, once, and the meter factory they take their meter from.</summary>
    /// <param name="services">The silo's services.</param>
    public static void Register(IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<CfcInstruments>();
    }

    /// <summary>
    /// The instruments of a storage made without a service provider (its public constructor): on one meter of the
    /// process, not owned by any provider.
    /// </summary>
    public static CfcInstruments Unscoped =>
        LazyInitializer.EnsureInitialized(ref s_unscoped, static () => new CfcInstruments(new Meter(CfcTelemetry.MeterName)));

    /// <summary>Starts the activity of a match query, when someone listens.</summary>
    public static Activity? StartMatch(string target, string query)
    {
        var activity = s_source.StartActivity("cfc.matching.match");
        activity?.SetTag(TargetTag, target);
        activity?.SetTag(QueryTag, query);
        return activity;
    }

    /// <summary>Records a match query that began at <paramref name="started"/> (<see cref="Stopwatch.GetTimestamp"/>) and ends the activity.</summary>
    public void Matched(string target, string query, long started, Exception? error, Activity? activity)
    {
        var tags = new TagList { { TargetTag, target }, { QueryTag, query } };
        Complete(ref tags, error, activity);
        _matches.Add(1, tags);
        _matchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>Records a push of a change to one silo's replica.</summary>
    public void Pushed(string result) => _pushes.Add(1, new KeyValuePair<string, object?>(PushResultTag, result));

    /// <summary>
    /// Runs a storage write or clear, <paramref name="change"/>, inside its activity (when someone listens), and records it
    /// with its duration and, when it throws, the exception's type; the exception goes on to the caller. The activity
    /// ends with the record.
    /// </summary>
    public async Task MeasureStorageAsync(string store, string stateName, string operation, Func<Task> change)
    {
        var activity = s_source.StartActivity("cfc.storage.write", ActivityKind.Client);
        activity?.SetTag(StoreTag, store);
        activity?.SetTag(StateTag, stateName);
        activity?.SetTag(OperationTag, operation);
        var started = Stopwatch.GetTimestamp();
        Exception? error = null;
        try
        {
            await change().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            error = e;
            throw;
        }
        finally
        {
            var tags = new TagList { { StoreTag, store }, { StateTag, stateName }, { OperationTag, operation } };
            Complete(ref tags, error, activity);
            _writes.Add(1, tags);
            _writeDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    // The exception's type, never its message: a message can name a grain, and so a member or a person.
    private static void Complete(ref TagList tags, Exception? error, Activity? activity)
    {
        if (error is not null)
        {
            var type = error.GetType().FullName;
            tags.Add(ErrorTypeTag, type);
            activity?.SetTag(ErrorTypeTag, type);
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        activity?.Dispose();
    }
}
