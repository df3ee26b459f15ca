using System.Globalization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Testing;
using NodaTime;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>The provider's contract, after Orleans' own storage provider tests: missing, write-read, ETags, clear, size, count.</summary>
public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "municipality";
    private static readonly LocalDate Today = new(2035, 1, 1);
    private static readonly GrainId DenHaag = GrainId.Create("municipality", "0518");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    internal static MunicipalityFile DenHaagFile() => new()
    {
        Name = "Den Haag",
        Programme = new Programme(ProgrammeRules.Netherlands)
            .Transition(new PhaseTransition(ProgrammePhase.Applied, new(2023, 6, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Agreement, new(2023, 11, 30), "Convenant getekend"), Today)
            .Transition(new PhaseTransition(ProgrammePhase.SituationAnalysis, new(2024, 3, 1)), Today),
        Ledger = ObservationLedger.Empty
            .Record(Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 7.1, ObservationStatus.Provisional))
            .Record(Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 6.9, ObservationStatus.Final))
            .Record(Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2023), 42, ObservationStatus.Final, "OCW", Disaggregation.Create(sex: "female"))),
        CouncilDecisionOn = new LocalDate(2023, 10, 12),
        Revision = 3,
    };

    [Fact]
    public async Task Reading_a_state_never_written_finds_no_record_and_no_etag()
    {
        var storage = _database.Storage();
        var state = new GrainState<MunicipalityFile>(DenHaagFile(), "stale-etag") { RecordExists = true };

        await storage.ReadStateAsync(StateName, DenHaag, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(new MunicipalityFile(), state.State);
    }

    [Fact]
    public async Task A_state_of_domain_types_reads_back_equal_with_the_etag_of_its_write()
    {
        var storage = _database.Storage();
        var written = new GrainState<MunicipalityFile>(DenHaagFile());
        await storage.WriteStateAsync(StateName, DenHaag, written);

        var read = new GrainState<MunicipalityFile>();
        await storage.ReadStateAsync(StateName, DenHaag, read);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(DenHaagFile(), read.State);
        Assert.Equal(DenHaagFile().Programme.StatusOn(Today), read.State!.Programme.StatusOn(Today));
        Assert.Equal(6.9, read.State!.Ledger.Figures(MemberCode.DenHaag, DutchIndicators.LowIncomeMinors.Id).Single().Value);
    }

    [Fact]
    public async Task States_are_kept_apart_by_state_name_and_by_grain()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "a" }));
        await storage.WriteStateAsync("other", DenHaag, new GrainState<TextState>(new() { Text = "b" }));
        await storage.WriteStateAsync(StateName, GrainId.Create("municipality", "0363"), new GrainState<TextState>(new() { Text = "c" }));

        Assert.Equal("a", (await Read<TextState>(storage, StateName, DenHaag)).State!.Text);
        Assert.Equal("b", (await Read<TextState>(storage, "other", DenHaag)).State!.Text);
        Assert.Equal("c", (await Read<TextState>(storage, StateName, GrainId.Create("municipality", "0363"))).State!.Text);
    }

    [Fact]
    public async Task A_write_with_an_outdated_etag_is_refused_and_leaves_the_stored_state_alone()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<MunicipalityFile>(DenHaagFile()));
        var first = await Read<MunicipalityFile>(storage, StateName, DenHaag);
        var second = await Read<MunicipalityFile>(storage, StateName, DenHaag);

        first.State = first.State! with { Revision = 4 };
        await storage.WriteStateAsync(StateName, DenHaag, first);
        var staleEtag = second.ETag;
        second.State = second.State! with { Revision = 5 };
        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, DenHaag, second));

        Assert.Equal(first.ETag, refused.StoredEtag);
        Assert.Equal(staleEtag, refused.CurrentEtag);
        Assert.Equal(staleEtag, second.ETag);
        Assert.Contains(first.ETag!, refused.Message, StringComparison.Ordinal);
        var stored = await Read<MunicipalityFile>(storage, StateName, DenHaag);
        Assert.Equal(4, stored.State!.Revision);
        Assert.Equal(first.ETag, stored.ETag);
    }

    [Fact]
    public async Task Of_two_first_writes_without_an_etag_the_second_is_refused()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "first" }));

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "second" })));

        Assert.Null(refused.CurrentEtag);
        Assert.NotNull(refused.StoredEtag);
        Assert.Equal("first", (await Read<TextState>(storage, StateName, DenHaag)).State!.Text);
    }

    [Fact]
    public async Task A_write_with_an_etag_where_nothing_is_stored_is_refused()
    {
        var storage = _database.Storage();

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "x" }, "made-up")));

        Assert.Null(refused.StoredEtag);
        Assert.False((await Read<TextState>(storage, StateName, DenHaag)).RecordExists);
    }

    [Fact]
    public async Task A_cleared_state_reads_as_missing_and_can_be_written_again_without_an_etag()
    {
        var storage = _database.Storage();
        var state = new GrainState<MunicipalityFile>(DenHaagFile());
        await storage.WriteStateAsync(StateName, DenHaag, state);

        await storage.ClearStateAsync(StateName, DenHaag, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(new MunicipalityFile(), state.State);
        var read = await Read<MunicipalityFile>(storage, StateName, DenHaag);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(0L, _database.Scalar("SELECT count(*) FROM grain_state"));

        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<MunicipalityFile>(DenHaagFile()));
        Assert.True((await Read<MunicipalityFile>(storage, StateName, DenHaag)).RecordExists);
    }

    [Fact]
    public async Task A_clear_with_an_outdated_etag_is_refused_and_keeps_the_state()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<MunicipalityFile>(DenHaagFile()));
        var stale = await Read<MunicipalityFile>(storage, StateName, DenHaag);
        var current = await Read<MunicipalityFile>(storage, StateName, DenHaag);
        await storage.WriteStateAsync(StateName, DenHaag, current);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, DenHaag, stale));

        Assert.Equal(current.ETag, refused.StoredEtag);
        Assert.True(stale.RecordExists);
        Assert.Equal(current.ETag, (await Read<MunicipalityFile>(storage, StateName, DenHaag)).ETag);
    }

    [Fact]
    public async Task A_clear_without_an_etag_is_refused_where_a_state_is_stored_and_harmless_where_none_is()
    {
        var storage = _database.Storage();
        await storage.ClearStateAsync(StateName, DenHaag, new GrainState<TextState>());
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "kept" }));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, DenHaag, new GrainState<TextState>()));

        Assert.Equal("kept", (await Read<TextState>(storage, StateName, DenHaag)).State!.Text);
    }

    [Fact]
    public async Task A_state_of_several_megabytes_reads_back_whole()
    {
        var storage = _database.Storage();
        var text = string.Concat(Enumerable.Range(0, 120_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"regel {i:D6}: speelplekken, jeugdraad, één loket;\n")));
        Assert.True(text.Length > 5_000_000);

        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = text }));
        var read = await Read<TextState>(storage, StateName, DenHaag);

        Assert.Equal(text, read.State!.Text);
        Assert.True((long)_database.Scalar("SELECT length(payload) FROM grain_state")! > 5_000_000);
    }

    [Fact]
    public async Task A_thousand_grains_written_concurrently_each_read_back_their_own_state()
    {
        var storage = _database.Storage();
        var grains = Enumerable.Range(0, 1_000).Select(i => GrainId.Create("municipality", i.ToString("D4", CultureInfo.InvariantCulture))).ToList();

        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (grain, _) =>
            await storage.WriteStateAsync(StateName, grain, new GrainState<TextState>(new() { Text = "state of " + grain })));

        Assert.Equal(1_000L, _database.Scalar("SELECT count(*) FROM grain_state"));
        foreach (var grain in grains)
        {
            var read = await Read<TextState>(storage, StateName, grain);
            Assert.True(read.RecordExists);
            Assert.Equal("state of " + grain, read.State!.Text);
        }
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_etag_see_exactly_one_succeed()
    {
        var storage = _database.Storage();
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "start" }));
        var etag = (await Read<TextState>(storage, StateName, DenHaag)).ETag;

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "writer " + i }, etag!));
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        var outcomes = await Task.WhenAll(attempts);
        Assert.Single(outcomes, succeeded => succeeded);
    }

    [Fact]
    public async Task A_new_storage_on_the_same_file_reads_what_an_earlier_one_wrote()
    {
        var written = new GrainState<MunicipalityFile>(DenHaagFile());
        await _database.Storage().WriteStateAsync(StateName, DenHaag, written);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var read = await Read<MunicipalityFile>(_database.Storage(), StateName, DenHaag);

        Assert.Equal(DenHaagFile(), read.State);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode()
    {
        await _database.Storage().ReadStateAsync(StateName, DenHaag, new GrainState<TextState>());

        Assert.Equal("wal", _database.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task The_modified_time_of_a_row_comes_from_the_time_provider()
    {
        var time = new FixedTimeProvider(new DateTimeOffset(2035, 1, 1, 12, 30, 0, TimeSpan.FromHours(1)));

        await _database.Storage(time).WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "x" }));

        Assert.Equal("2035-01-01T11:30:00.0000000Z", _database.Scalar("SELECT modified_utc FROM grain_state"));
    }

    [Fact]
    public async Task The_stored_row_is_readable_json_in_a_versioned_envelope()
    {
        await _database.Storage().WriteStateAsync(StateName, DenHaag, new GrainState<MunicipalityFile>(DenHaagFile()));

        var row = string.Join('\n',
            "state_name: " + _database.Scalar("SELECT state_name FROM grain_state"),
            "grain_id: " + _database.Scalar("SELECT grain_id FROM grain_state"),
            "payload: " + _database.Scalar("SELECT payload FROM grain_state"));
        Assert.Equal(2L, _database.Scalar("SELECT json_extract(payload, '$.schemaVersion') FROM grain_state"));
        Approvals.VerifyText(row);
    }

    [Fact]
    public async Task A_state_stored_with_a_newer_schema_version_is_refused_with_a_clear_error()
    {
        await _database.Storage().WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "x" }));
        _database.Scalar("""UPDATE grain_state SET payload = '{"schemaVersion":3,"state":{"text":"x"}}'""");

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => _database.Storage().ReadStateAsync(StateName, DenHaag, new GrainState<TextState>()));

        Assert.Contains("schema version 3", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_stored_with_schema_version_1_reads_as_it_was_written()
    {
        await _database.Storage().WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "x" }));
        _database.Scalar("""UPDATE grain_state SET payload = '{"schemaVersion":1,"state":{"text":"uit release 0.1"}}'""");

        var read = new GrainState<TextState>();
        await _database.Storage().ReadStateAsync(StateName, DenHaag, read);

        Assert.Equal("uit release 0.1", read.State!.Text);
    }

    [Fact]
    public async Task A_stored_value_that_is_no_envelope_is_refused()
    {
        await _database.Storage().WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new() { Text = "x" }));
        _database.Scalar("""UPDATE grain_state SET payload = '{"text":"x"}'""");

        var refused = await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => _database.Storage().ReadStateAsync(StateName, DenHaag, new GrainState<TextState>()));

        Assert.Contains("envelope", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(":memory:")]
    public void Options_without_a_database_file_are_refused_with_a_clear_message(string? dataSource)
    {
        var refused = Assert.Throws<OrleansConfigurationException>(() =>
            new SqliteGrainStorage("Default", new SqliteGrainStorageOptions { DataSource = dataSource }, TemporaryDatabase.Activators, TimeProvider.System));

        Assert.Contains("'Default'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("DataSource", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_timeout_that_is_not_positive_is_refused()
    {
        var refused = Assert.Throws<OrleansConfigurationException>(() =>
            _database.Storage(configure: options => options.BusyTimeout = TimeSpan.Zero));

        Assert.Contains("BusyTimeout", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_for_a_bad_busy_timeout_is_the_same_under_a_dutch_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var refused = Assert.Throws<OrleansConfigurationException>(() =>
                _database.Storage(configure: options => options.BusyTimeout = TimeSpan.FromSeconds(-1.5)));

            Assert.Contains("BusyTimeout of -00:00:01.5000000", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static async Task<GrainState<T>> Read<T>(SqliteGrainStorage storage, string stateName, GrainId grainId)
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
