using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;

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
    public void A_figure_that_may_not_supersede_the_current_one_is_rejected_and_changes_nothing(ObservationStatus current, ObservationStatus next)
    {
        var ledger = ObservationLedger.Empty.Record(Figure(6.9, current));
        var error = Assert.Throws<ObservationConflictException>(() => ledger.Record(Figure(5.0, next)));
        Assert.Equal(Figure(0, next).Key, error.Key);
        Assert.Contains("revised", error.Message, StringComparison.Ordinal);
        Assert.Equal(6.9, Assert.Single(ledger.Current).Value);
    }

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
