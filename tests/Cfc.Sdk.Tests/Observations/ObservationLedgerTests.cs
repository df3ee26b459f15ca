using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;
using Cfc.Testing;

namespace Cfc.Sdk.Tests.Observations;

public sealed class ObservationLedgerTests
{
    private static Observation Figure(double value, ObservationStatus status, int year = 2023) =>
        Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(year), value, status);

    [Fact]
    public void A_final_figure_supersedes_a_provisional_one_and_history_is_kept()
    {
        var ledger = ObservationLedger.Empty.Record(Figure(7.1, ObservationStatus.Provisional)).Record(Figure(6.9, ObservationStatus.Final));
        var key = Figure(0, ObservationStatus.Final).Key;
        Assert.Equal(6.9, ledger.CurrentFor(key)!.Value);
        Assert.Equal([7.1, 6.9], ledger.History(key).Select(o => o.Value));
    }

    [Fact]
    public void A_revised_figure_supersedes_a_final_one()
    {
        var ledger = ObservationLedger.Empty.Record(Figure(6.9, ObservationStatus.Final)).Record(Figure(7.0, ObservationStatus.Revised)).Record(Figure(7.2, ObservationStatus.Revised));
        Assert.Equal(7.2, ledger.CurrentFor(Figure(0, ObservationStatus.Final).Key)!.Value);
    }

    [Fact]
    public void A_provisional_figure_may_be_corrected_while_no_final_exists()
    {
        var ledger = ObservationLedger.Empty.Record(Figure(7.1, ObservationStatus.Provisional)).Record(Figure(7.3, ObservationStatus.Provisional));
        Assert.Equal(7.3, ledger.CurrentFor(Figure(0, ObservationStatus.Final).Key)!.Value);
    }

    [Theory]
    [InlineData(ObservationStatus.Final, ObservationStatus.Provisional)]
    [InlineData(ObservationStatus.Final, ObservationStatus.Final)]
    [InlineData(ObservationStatus.Revised, ObservationStatus.Final)]
    [InlineData(ObservationStatus.Revised, ObservationStatus.Provisional)]
    [InlineData(ObservationStatus.Provisional, ObservationStatus.Revised)]
    public void A_figure_that_may_not_supersede_the_current_one_is_rejected_and_changes_nothing(ObservationStatus current, ObservationStatus next)
    {
        var ledger = ObservationLedger.Empty.Record(Figure(6.9, current));
        var error = Assert.Throws<ObservationConflictException>(() => ledger.Record(Figure(5.0, next)));
        Assert.Equal(Figure(0, next).Key, error.Key);
        Assert.Contains("revis", error.Message, StringComparison.Ordinal);
        Assert.Equal(6.9, Assert.Single(ledger.Current).Value);
    }

    [Fact]
    public void A_revision_of_a_provisional_figure_is_a_conflict_saying_the_final_figure_comes_first()
    {
        var ledger = ObservationLedger.Empty.Record(Figure(7.1, ObservationStatus.Provisional));
        var error = Assert.Throws<ObservationConflictException>(() => ledger.Record(Figure(7.0, ObservationStatus.Revised)));
        Assert.Contains("record the final figure first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_suppressed_at_source_follows_the_same_rules()
    {
        var suppressed = Observation.CreateSuppressed(DutchIndicators.LowIncomeMinors, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2023), ObservationStatus.Provisional);
        var ledger = ObservationLedger.Empty.Record(suppressed).Record(Figure(6.9, ObservationStatus.Final));
        Assert.Equal([null, 6.9], ledger.History(suppressed.Key).Select(o => o.Value));
        Assert.Throws<ObservationConflictException>(() => ledger.Record(suppressed));
    }

    [Fact]
    public void A_table_holds_the_current_figures_of_every_breakdown_of_one_period()
    {
        var indicator = DutchIndicators.HomeSitters;
        var year = ReportingPeriod.SchoolYear(2023);
        var ledger = ObservationLedger.Empty
            .Record(Observation.Create(indicator, MemberCode.DenHaag, year, 25))
            .Record(Observation.Create(indicator, MemberCode.DenHaag, year, 3, disaggregation: Disaggregation.Create(sex: "female")))
            .Record(Observation.Create(indicator, MemberCode.DenHaag, year, 22, disaggregation: Disaggregation.Create(sex: "male")))
            .Record(Observation.Create(indicator, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2022), 30))
            .Record(Observation.Create(indicator, MemberCode.GooiseMeren, year, 9));
        Assert.Equal(["", "sex=female", "sex=male"], ledger.Table(MemberCode.DenHaag, indicator.Id, year).Select(o => o.Disaggregation.ToString()));
        Assert.Equal(4, ledger.Figures(MemberCode.DenHaag, indicator.Id).Count);
    }

    private static ObservationLedger WithHistory() => ObservationLedger.Empty
        .Record(Figure(7.1, ObservationStatus.Provisional))
        .Record(Figure(6.9, ObservationStatus.Final))
        .Record(Figure(7.0, ObservationStatus.Revised))
        .Record(Figure(6.5, ObservationStatus.Final, 2022))
        .Record(Observation.CreateSuppressed(DutchIndicators.LowIncomeMinors, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2024), ObservationStatus.Provisional, "StatLine 85512NED"));

    [Fact]
    public void A_ledger_with_history_round_trips_through_json()
    {
        var ledger = WithHistory();
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk() })
        {
            var back = JsonSerializer.Deserialize<ObservationLedger>(JsonSerializer.Serialize(ledger, options), options)!;
            Assert.Equal(ledger, back);
            Assert.Equal([7.1, 6.9, 7.0], back.History(Figure(0, ObservationStatus.Final).Key).Select(o => o.Value));
        }

        Assert.NotEqual(ledger, ObservationLedger.Empty.Record(Figure(7.0, ObservationStatus.Final)));
    }

    [Fact]
    public void The_stored_form_of_a_ledger_with_history_is_approved() =>
        Approvals.VerifyJson(WithHistory());

    [Fact]
    public void Json_of_a_history_that_breaks_the_superseding_rules_is_a_json_error()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var json = JsonSerializer.Serialize(ObservationLedger.Empty.Record(Figure(7.1, ObservationStatus.Provisional)).Record(Figure(6.9, ObservationStatus.Final)), options);
        var broken = json.Replace("\"Provisional\"", "\"Revised\"", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ObservationLedger>(broken, options));
        Assert.Contains("final figure is changed only by a revised figure", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ObservationLedger>("{}", options));
    }

    [Fact]
    public void A_null_figure_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => ObservationLedger.Empty.Record(null!));

    [Fact]
    public void Recording_the_current_figure_again_changes_nothing()
    {
        var ledger = ObservationLedger.Empty.Record(Figure(6.9, ObservationStatus.Final));
        Assert.Same(ledger, ledger.Record(Figure(6.9, ObservationStatus.Final)));
    }

    [Fact]
    public void A_series_holds_the_current_figures_in_period_order()
    {
        var ledger = ObservationLedger.Empty
            .Record(Figure(6.0, ObservationStatus.Final, 2022))
            .Record(Figure(7.0, ObservationStatus.Provisional, 2024))
            .Record(Figure(6.5, ObservationStatus.Final, 2020))
            .Record(Figure(6.2, ObservationStatus.Revised, 2022));
        var series = ledger.Series(MemberCode.GooiseMeren, DutchIndicators.LowIncomeMinors.Id);
        Assert.Equal(["2020", "2022", "2024"], series.Select(o => o.Period.ToString()));
        Assert.Equal([6.5, 6.2, 7.0], series.Select(o => o.Value));
        Assert.Empty(ledger.Series(MemberCode.DenHaag, DutchIndicators.LowIncomeMinors.Id));
    }
}
