using System.Text.Json;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;
using Cfc.Testing;
using CsCheck;

namespace Cfc.Sdk.Tests.Disclosure;

public sealed class DisclosedTableTests
{
    private static readonly Indicator s_count = DutchIndicators.HomeSitters;
    private static readonly ReportingPeriod s_year = ReportingPeriod.SchoolYear(2023);
    private static readonly string[] s_sexes = ["female", "male", "other"];
    private static readonly string[] s_ages = ["0-3", "4-11", "12-17", "18+"];

    private static DisclosureControl Control(int suppressBelow, int roundTo) => new(new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo });

    private static Observation Figure(double? value, Disaggregation disaggregation = default, Indicator? indicator = null, MemberCode? member = null) => value is { } v
        ? Observation.Create(indicator ?? s_count, member ?? MemberCode.DenHaag, s_year, v, disaggregation: disaggregation)
        : Observation.CreateSuppressed(indicator ?? s_count, member ?? MemberCode.DenHaag, s_year, disaggregation: disaggregation);

    private static Disaggregation Sex(string sex) => Disaggregation.Create(sex: sex);

    private static Disaggregation Age(string band) => Disaggregation.Create(ageBand: band);

    private static Observation[] Table(double? total, params (Disaggregation Breakdown, double? Value)[] cells) =>
        [Figure(total), .. cells.Select(c => Figure(c.Value, c.Breakdown))];

    [Fact]
    public void A_small_cell_is_not_revealed_by_subtracting_the_other_cell_from_the_total()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(25, (Sex("male"), 22), (Sex("female"), 3)));

        Assert.Equal(DisclosedValue.Shown(25), table.Total);
        Assert.True(table[Sex("female")].IsSuppressed);
        Assert.True(table[Sex("male")].IsSuppressed);
        Assert.Empty(Attacker.Recovered(table, Table(25, (Sex("male"), 22), (Sex("female"), 3)), 10, 1));
    }

    [Fact]
    public void Disclosing_cell_by_cell_reveals_the_small_cell_which_the_attacker_finds()
    {
        // The attacker of the property test is able to find what cell-by-cell disclosure gives away.
        var control = Control(10, 1);
        var figures = Table(25, (Sex("male"), 22), (Sex("female"), 3));
        // A table of counts refuses this disclosure (see below); as a table of rates it is not checked.
        var naive = new DisclosedTable(MemberCode.DenHaag, s_count.Id, IndicatorUnit.Rate, s_year, control.Disclose(s_count, 25),
            [KeyValuePair.Create(Sex("male"), control.Disclose(s_count, 22)), KeyValuePair.Create(Sex("female"), control.Disclose(s_count, 3))]);

        Assert.Equal([("sex=female", 3.0)], Attacker.Recovered(naive, figures, 10, 1));
    }

    [Fact]
    public void The_next_smallest_cell_of_the_dimension_is_suppressed_with_a_lone_small_one()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(60, (Age("0-3"), 4), (Age("4-11"), 30), (Age("12-17"), 15), (Age("18+"), 11)));

        Assert.Equal(["age=0-3", "age=18+"], table.Cells.Where(c => c.Value.IsSuppressed).Select(c => c.Key.ToString()));
        Assert.Equal(DisclosedValue.Shown(30), table[Age("4-11")]);
        Assert.Equal(DisclosedValue.Shown(15), table[Age("12-17")]);
    }

    [Fact]
    public void Two_small_cells_protect_each_other_without_a_secondary_one()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(40, (Age("0-3"), 4), (Age("4-11"), 6), (Age("12-17"), 30)));

        Assert.Equal(["age=0-3", "age=4-11"], table.Cells.Where(c => c.Value.IsSuppressed).Select(c => c.Key.ToString()));
    }

    [Fact]
    public void Small_cells_that_are_all_zero_take_another_cell_with_them()
    {
        // Total 30 minus the shown 30 would say that both suppressed cells are 0.
        var table = Control(10, 1).DiscloseTable(s_count, Table(30, (Age("0-3"), 0), (Age("4-11"), 0), (Age("12-17"), 30)));

        Assert.All(table.Cells.Values, v => Assert.True(v.IsSuppressed));
        Assert.Equal(DisclosedValue.Shown(30), table.Total);
    }

    [Fact]
    public void Each_dimension_is_protected_on_its_own()
    {
        var figures = Table(40, (Sex("female"), 25), (Sex("male"), 15), (Age("0-3"), 3), (Age("4-11"), 17), (Age("12-17"), 20));

        var table = Control(10, 1).DiscloseTable(s_count, figures);

        Assert.Equal(DisclosedValue.Shown(25), table[Sex("female")]);
        Assert.Equal(DisclosedValue.Shown(15), table[Sex("male")]);
        Assert.Equal(["age=0-3", "age=4-11"], table.Cells.Where(c => c.Value.IsSuppressed).Select(c => c.Key.ToString()));
        Assert.Empty(Attacker.Recovered(table, figures, 10, 1));
    }

    [Fact]
    public void A_total_below_the_threshold_suppresses_the_whole_table()
    {
        var table = Control(10, 5).DiscloseTable(s_count, Table(8, (Sex("female"), 5), (Sex("male"), 3)));

        Assert.True(table.Total.IsSuppressed);
        Assert.All(table.Cells.Values, v => Assert.True(v.IsSuppressed));
    }

    [Fact]
    public void A_total_suppressed_at_source_is_not_given_away_by_a_fully_shown_dimension()
    {
        var figures = Table(null, (Sex("female"), 25), (Sex("male"), 15));

        var table = Control(10, 1).DiscloseTable(s_count, figures);

        Assert.True(table.Total.IsSuppressed);
        Assert.True(table[Sex("male")].IsSuppressed);
        Assert.Equal(DisclosedValue.Shown(25), table[Sex("female")]);
    }

    [Fact]
    public void A_cell_suppressed_at_source_counts_as_suppressed()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(50, (Sex("female"), null), (Sex("male"), 20), (Sex("other"), 12)));

        Assert.Equal(["sex=female", "sex=other"], table.Cells.Where(c => c.Value.IsSuppressed).Select(c => c.Key.ToString()));
    }

    [Fact]
    public void A_lone_cell_suppressed_at_source_takes_the_total_with_it()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(50, (Sex("female"), null), (Age("0-3"), 20), (Age("4-11"), 30)));

        Assert.True(table.Total.IsSuppressed);
        Assert.True(table[Sex("female")].IsSuppressed);
        Assert.True(table[Age("0-3")].IsSuppressed);
        Assert.Equal(DisclosedValue.Shown(30), table[Age("4-11")]);
    }

    [Fact]
    public void Shown_cells_are_rounded_after_secondary_suppression()
    {
        var table = Control(10, 5).DiscloseTable(s_count, Table(37, (Sex("female"), 3), (Sex("male"), 13), (Sex("other"), 21)));

        Assert.Equal(DisclosedValue.Shown(35), table.Total);
        Assert.Equal(DisclosedValue.Shown(20), table[Sex("other")]);
        Assert.True(table[Sex("male")].IsSuppressed);
    }

    [Fact]
    public void Values_that_are_not_counts_are_shown_as_they_are()
    {
        var share = DutchIndicators.SocialMinimumShare;
        var table = Control(10, 5).DiscloseTable(share, [
            Observation.Create(share, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 7.5),
            Observation.Create(share, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 3.2, disaggregation: Age("0-3")),
            Observation.CreateSuppressed(share, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), disaggregation: Age("4-11"))]);

        Assert.Equal(DisclosedValue.Shown(7.5), table.Total);
        Assert.Equal(DisclosedValue.Shown(3.2), table[Age("0-3")]);
        Assert.True(table[Age("4-11")].IsSuppressed);
    }

    [Fact]
    public void A_dimension_recorded_in_part_is_shown_when_its_unrecorded_remainder_is_not_small()
    {
        // Only the boys are recorded yet: the remaining 16 are not published, and need no protection.
        var table = Control(10, 1).DiscloseTable(s_count, Table(30, (Sex("male"), 14)));

        Assert.Equal(DisclosedValue.Shown(30), table.Total);
        Assert.Equal(DisclosedValue.Shown(14), table[Sex("male")]);
    }

    [Fact]
    public void A_small_unrecorded_remainder_is_protected_like_a_suppressed_cell()
    {
        // 40 - 20 - 15 would reveal the 5 children whose figure has not arrived.
        var figures = Table(40, (Sex("male"), 20), (Sex("female"), 15));
        var table = Control(10, 1).DiscloseTable(s_count, figures);

        Assert.Equal(DisclosedValue.Shown(40), table.Total);
        Assert.True(table[Sex("female")].IsSuppressed);
        Assert.True(table[Sex("male")].IsSuppressed);
        Assert.DoesNotContain(Attacker.Recovered(table, new() { [DisaggregationDimension.Sex] = (0, 200) }, 200, 10, 1), c => c.Cell.StartsWith('?'));

        // A lone recorded cell with a small remainder goes with the total.
        var lone = Control(10, 1).DiscloseTable(s_count, Table(30, (Sex("male"), 25)));
        Assert.True(lone.Total.IsSuppressed);
        Assert.True(lone[Sex("male")].IsSuppressed);
    }

    [Fact]
    public void A_complete_dimension_has_no_remainder_to_protect()
    {
        var table = Control(10, 1).DiscloseTable(s_count, Table(30, (Sex("male"), 30)));

        Assert.Equal(DisclosedValue.Shown(30), table.Total);
        Assert.Equal(DisclosedValue.Shown(30), table[Sex("male")]);
    }

    [Fact]
    public void A_table_whose_breakdowns_do_not_add_up_to_the_total_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Control(10, 1).DiscloseTable(s_count, Table(25, (Sex("male"), 22), (Sex("female"), 4))));
        Assert.Equal("figures", error.ParamName);
        Assert.Contains("add up to 26, more than the total 25", error.Message, StringComparison.Ordinal);
        Assert.Contains("26 or more", Assert.Throws<ArgumentException>(() => Control(10, 1).DiscloseTable(s_count, Table(25, (Sex("male"), 26), (Sex("female"), null)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_needs_its_total_one_member_and_period_and_breakdowns_by_one_dimension()
    {
        var control = Control(10, 1);
        Assert.Contains("no total", Assert.Throws<ArgumentException>(() => control.DiscloseTable(s_count, [Figure(3, Sex("female"))])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => control.DiscloseTable(s_count, []));
        Assert.Throws<ArgumentException>(() => control.DiscloseTable(s_count, [Figure(25), Figure(25, member: MemberCode.GooiseMeren)]));
        Assert.Throws<ArgumentException>(() => control.DiscloseTable(s_count, [Figure(25), Figure(25)]));
        Assert.Throws<ArgumentException>(() => control.DiscloseTable(DutchIndicators.AbsoluteAbsence, [Figure(25)]));
        Assert.Throws<ArgumentException>(() => Figure(25, Disaggregation.Create("0-3", "male")));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var control = Control(10, 1);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => control.DiscloseTable(null!, [Figure(25)])).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => control.DiscloseTable(s_count, null!)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => control.DiscloseTable(s_count, [Figure(25), null!])).ParamName);
    }

    [Fact]
    public void A_disclosed_table_round_trips_through_json_and_its_stored_form_is_approved()
    {
        var table = Control(10, 5).DiscloseTable(s_count, Table(47, (Sex("female"), 3), (Sex("male"), 44), (Age("0-3"), 12), (Age("4-11"), 35)));
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk() })
        {
            var back = JsonSerializer.Deserialize<DisclosedTable>(JsonSerializer.Serialize(table, options), options);
            Assert.Equal(table, back);
        }

        Approvals.VerifyJson(table);
    }

    [Fact]
    public void A_stored_table_of_another_unit_may_show_a_total_next_to_one_suppressed_cell()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var table = JsonSerializer.Deserialize<DisclosedTable>(
            "{\"member\":\"GM0518\",\"indicator\":\"poverty.social-minimum-120.share\",\"unit\":\"Percent\",\"period\":\"2023\",\"total\":7.5,\"cells\":{\"age=0-3\":\".\",\"age=4-11\":3.2}}", options)!;

        Assert.Equal(IndicatorUnit.Percent, table.Unit);
        Assert.True(table[Age("0-3")].IsSuppressed);
    }

    [Theory]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"\",\"total\":25,\"cells\":{}}", "period")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"2023/2024\",\"total\":25,\"cells\":{\"age=0-3;sex=male\":\".\"}}", "one dimension")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"2023/2024\",\"total\":\"x\",\"cells\":{}}", "disclosed value")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"2023/2024\",\"cells\":{}}", "total")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"period\":\"2023/2024\",\"total\":25,\"cells\":{}}", "unit")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"2023/2024\",\"total\":25,\"cells\":{\"sex=female\":\".\",\"sex=male\":20}}", "The stored DisclosedTable is not valid: The table of 'school.home-sitters' for GM0518, 2023/2024 shows its total with one breakdown by Sex suppressed")]
    [InlineData("{\"member\":\"GM0518\",\"indicator\":\"school.home-sitters\",\"unit\":\"Count\",\"period\":\"2023/2024\",\"total\":\".\",\"cells\":{\"sex=female\":10,\"sex=male\":20}}", "shows every breakdown by Sex with its total suppressed")]
    public void Json_of_an_invalid_table_is_a_json_error(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DisclosedTable>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk()));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static readonly int[] s_roundings = [1, 2, 3, 4, 5, 10];

    private static readonly Gen<(int SuppressBelow, int RoundTo)> s_settings =
        Gen.Select(Gen.Int[0, 15], Gen.Int[0, 5].Select(i => s_roundings[i]))
            .Where(s => !new DisclosureOptions { SuppressBelow = s.Item1, RoundTo = s.Item2 }.Problems("x").Any());

    private static readonly Gen<int> s_cell = Gen.Frequency((3, Gen.Int[0, 12]), (2, Gen.Int[0, 40]));

    /// <summary>
    /// A random table: a total with up to two dimensions (sex: up to 3 cells; age: up to 4) that add up to it; now and
    /// then cells are not recorded (the dimension is recorded in part) or suppressed at source. Also the true total
    /// and, per recorded dimension, its true unrecorded remainder.
    /// </summary>
    private static readonly Gen<(Observation[] Figures, int Total, Dictionary<DisaggregationDimension, int> Remainders)> s_table =
        Gen.Select(s_cell.Array[1, 3], Gen.Int[0, 4], Gen.Int[0, 1_000_000], Gen.Int[0, 9], Gen.Int[0, 3])
            .Select((sexes, ageCells, seed, sourceSuppression, partial) =>
            {
                var random = new Random(seed);
                var total = sexes.Sum();
                var cells = new List<(Disaggregation Breakdown, int Value)>();
                var withSex = ageCells == 0 || random.Next(3) > 0;
                if (withSex)
                {
                    cells.AddRange(sexes.Select((v, i) => (Sex(s_sexes[i]), v)));
                }

                if (ageCells > 0)
                {
                    var cuts = Enumerable.Range(0, ageCells - 1).Select(_ => random.Next(total + 1)).Order().Append(total).ToArray();
                    cells.AddRange(cuts.Select((cut, i) => (Age(s_ages[i]), cut - (i == 0 ? 0 : cuts[i - 1]))));
                }

                // Now and then some cells are not recorded yet: their dimension is recorded in part.
                var recorded = cells.Where(_ => partial != 0 || random.Next(3) > 0).ToList();
                var remainders = recorded
                    .GroupBy(c => c.Breakdown.Dimensions.Single())
                    .ToDictionary(g => g.Key, g => total - g.Sum(c => c.Value));

                // Now and then the source has suppressed a figure already (StatLine's ".").
                var figures = recorded
                    .Select(c => (c.Breakdown, Value: (double?)c.Value))
                    .Prepend((Disaggregation.Total, total))
                    .Select(f => Figure(sourceSuppression == 0 && random.Next(4) == 0 ? null : f.Value, f.Breakdown))
                    .ToArray();
                return (figures, total, remainders);
            });

    [Fact]
    public void No_suppressed_cell_nor_small_remainder_of_a_random_table_can_be_recovered_from_what_is_published() =>
        Gen.Select(s_settings, s_table).Sample(
            (settings, sample) =>
            {
                var (figures, trueTotal, remainders) = sample;
                var table = Control(settings.SuppressBelow, settings.RoundTo).DiscloseTable(s_count, figures);
                var cap = 3 * trueTotal + 50;

                // An attacker who knows every remainder (from elsewhere, or a later table) recovers no suppressed cell...
                var knowing = remainders.ToDictionary(r => r.Key, r => (r.Value, r.Value));
                Assert.DoesNotContain(Attacker.Recovered(table, knowing, cap, settings.SuppressBelow, settings.RoundTo), c => !c.Cell.StartsWith('?'));

                // ...and one who only knows whether a dimension is complete recovers no small remainder.
                var guessing = remainders.ToDictionary(r => r.Key, r => r.Value == 0 ? (0, 0) : (0, cap));
                Assert.DoesNotContain(
                    Attacker.Recovered(table, guessing, cap, settings.SuppressBelow, settings.RoundTo),
                    c => c.Cell.StartsWith('?') && c.Value > 0 && c.Value < settings.SuppressBelow);
                foreach (var figure in figures)
                {
                    var shown = table[figure.Disaggregation];
                    if (figure.Value is not { } value || value < settings.SuppressBelow)
                    {
                        Assert.True(shown.IsSuppressed);
                    }
                    else if (!shown.IsSuppressed)
                    {
                        Assert.Equal(Math.Round(value / settings.RoundTo, MidpointRounding.AwayFromZero) * settings.RoundTo, shown.Value);
                    }
                }
            },
            iter: 5_000);

    /// <summary>
    /// Someone who knows the settings, that counts are whole and non-negative and that every dimension with its
    /// unrecorded remainder adds up to the total, but not which suppressed cells are small, tries to recover suppressed
    /// cells and remainders from a published table. "Recover" means: every table consistent with what is published
    /// gives the cell the same value. Without rounding (RoundTo = 1) that is recovery by subtraction (including the case
    /// where the rest must be 0); with rounding a shown value v stands for every count at or above the threshold that
    /// rounds to v, and a cell is recovered when those ranges narrow it to one value. The remainder of a dimension is
    /// the cell <c>?Sex</c> or <c>?AgeBand</c>, of which the attacker knows the given range (0 to 0 when none is given).
    /// </summary>
    private static class Attacker
    {
        public static List<(string Cell, double Value)> Recovered(DisclosedTable table, Observation[] truth, int suppressBelow, int roundTo) =>
            Recovered(table, [], (int)(3 * truth.Sum(o => o.Value ?? 0)) + 50, suppressBelow, roundTo);

        public static List<(string Cell, double Value)> Recovered(DisclosedTable table, Dictionary<DisaggregationDimension, (int Lo, int Hi)> remainders, int cap, int suppressBelow, int roundTo)
        {
            (int Lo, int Hi) Range(DisclosedValue value) => value.Value is { } shown
                ? (Enumerable.Range(0, (int)shown + roundTo + 1).Where(v => v >= suppressBelow && Math.Round((double)v / roundTo, MidpointRounding.AwayFromZero) * roundTo == shown).Min(),
                   Enumerable.Range(0, (int)shown + roundTo + 1).Where(v => v >= suppressBelow && Math.Round((double)v / roundTo, MidpointRounding.AwayFromZero) * roundTo == shown).Max())
                : (0, cap);

            var hidden = table.Cells.Where(c => c.Value.IsSuppressed).Select(c => c.Key.ToString()).ToHashSet();
            var dimensions = table.Cells
                .GroupBy(c => c.Key.Dimensions.Single())
                .Select(g => g.Select(c => (Key: c.Key.ToString(), Range: Range(c.Value)))
                    .Append((Key: $"?{g.Key}", Range: remainders.TryGetValue(g.Key, out var r) ? r : (Lo: 0, Hi: 0)))
                    .ToArray())
                .ToArray();
            hidden.UnionWith(remainders.Keys.Select(d => $"?{d}"));
            var (totalLo, totalHi) = Range(table.Total);
            var feasibleTotals = new List<int>();
            var possible = new Dictionary<string, (int Min, int Max)>();
            for (var t = totalLo; t <= totalHi; t++)
            {
                var bounds = dimensions.Select(d => d.Select(c => (c.Key, Lo: c.Range.Item1, Hi: Math.Min(c.Range.Item2, t))).ToArray()).ToArray();
                if (bounds.Any(d => d.Any(c => c.Lo > c.Hi) || d.Sum(c => c.Lo) > t || d.Sum(c => c.Hi) < t))
                {
                    continue;
                }

                feasibleTotals.Add(t);
                foreach (var dimension in bounds)
                {
                    var sumLo = dimension.Sum(c => c.Lo);
                    var sumHi = dimension.Sum(c => c.Hi);
                    foreach (var cell in dimension)
                    {
                        var min = Math.Max(cell.Lo, t - (sumHi - cell.Hi));
                        var max = Math.Min(cell.Hi, t - (sumLo - cell.Lo));
                        possible[cell.Key] = possible.TryGetValue(cell.Key, out var seen) ? (Math.Min(seen.Min, min), Math.Max(seen.Max, max)) : (min, max);
                    }
                }
            }

            var recovered = new List<(string Cell, double Value)>();
            if (table.Total.IsSuppressed && feasibleTotals.Count == 1)
            {
                recovered.Add(("", feasibleTotals[0]));
            }

            recovered.AddRange(possible
                .Where(c => hidden.Contains(c.Key) && c.Value.Min == c.Value.Max)
                .Select(c => (c.Key, (double)c.Value.Min)));
            return recovered;
        }
    }
}
