using System.Text.Json;
using CsCheck;
using Cfc.Sdk.Network;
using Cfc.Sdk.Tests.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

public sealed class SuccessionTests
{
    private static readonly MemberCode Weesp = MemberCode.Parse("GM0457");
    private static readonly MemberCode Amsterdam = MemberCode.Parse("GM0363");
    private static readonly LocalDate MergerDay = new(2022, 3, 24);

    [Fact]
    public void Weesp_joining_amsterdam_ends_its_own_membership_the_day_before()
    {
        var succession = new Succession(Weesp, Amsterdam, MergerDay);

        Assert.Equal(Weesp, succession.Predecessor);
        Assert.Equal(Amsterdam, succession.Successor);
        Assert.Equal(new LocalDate(2022, 3, 23), succession.PredecessorsLastDay);
        Assert.Equal("GM0457 → GM0363 2022-03-24", succession.ToString());
    }

    [Fact]
    public void A_member_cannot_succeed_itself_nor_be_the_default_code()
    {
        Assert.Equal("successor", Assert.Throws<ArgumentException>(() => new Succession(Weesp, Weesp, MergerDay)).ParamName);
        Assert.Equal("predecessor", Assert.Throws<ArgumentException>(() => new Succession(default, Amsterdam, MergerDay)).ParamName);
        Assert.Equal("successor", Assert.Throws<ArgumentException>(() => new Succession(Weesp, default, MergerDay)).ParamName);
    }

    [Fact]
    public void A_succession_after_today_is_refused_by_its_rule_and_one_today_is_recorded()
    {
        var refused = Assert.Throws<SuccessionRuleException>(() => Succession.Record(Weesp, Amsterdam, MergerDay, MergerDay.PlusDays(-1)));

        Assert.Equal(SuccessionRule.InTheFuture, refused.Rule);
        Assert.Equal(new Succession(Weesp, Amsterdam, MergerDay), refused.Succession);
        Assert.Contains("2022-03-24", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new Succession(Weesp, Amsterdam, MergerDay), Succession.Record(Weesp, Amsterdam, MergerDay, MergerDay));
    }

    [Fact]
    public void A_succeeded_member_names_its_successor_and_the_date()
    {
        var exception = new MemberSucceededException(new Succession(Weesp, Amsterdam, MergerDay));

        Assert.Equal("GM0457 was succeeded by GM0363 on 2022-03-24: its data is read under GM0363 and is no longer changed.", exception.Message);
        Assert.Equal(Amsterdam, exception.Succession.Successor);
    }

    [Fact]
    public void Json_is_predecessor_successor_and_date_and_refuses_a_member_succeeding_itself()
    {
        var json = JsonRoundTrip.AssertRoundTrips(new Succession(Weesp, Amsterdam, MergerDay));

        Assert.Equal("""{"predecessor":"GM0457","successor":"GM0363","on":"2022-03-24"}""", JsonSerializer.Serialize(new Succession(Weesp, Amsterdam, MergerDay), JsonRoundTrip.Web));
        Assert.Contains("GM0457", json, StringComparison.Ordinal);
        JsonRoundTrip.AssertRefused<Succession>("""{"predecessor":"GM0457","successor":"GM0457","on":"2022-03-24"}""");
        JsonRoundTrip.AssertRefused<Succession>("""{"predecessor":"GM0457","on":"2022-03-24"}""");
    }

    [Fact]
    public void Equal_successions_have_equal_hashes_and_any_difference_is_unequal() =>
        Gen.Select(Gen.Int[1, 8999], Gen.Int[1, 8999], Gen.Int[0, 20000]).Sample((from, to, days) =>
        {
            if (from == to)
            {
                return;
            }

            var on = new LocalDate(2000, 1, 1).PlusDays(days);
            var succession = new Succession(Code(from), Code(to), on);
            var same = new Succession(Code(from), Code(to), on);

            Assert.Equal(succession, same);
            Assert.Equal(succession.GetHashCode(), same.GetHashCode());
            Assert.True(succession == same);
            Assert.NotEqual(succession, new Succession(Code(from), Code(to), on.PlusDays(1)));
            Assert.NotEqual(succession, new Succession(Code(to), Code(from), on));
            Assert.Equal(succession, JsonSerializer.Deserialize<Succession>(JsonSerializer.Serialize(succession, JsonRoundTrip.Web), JsonRoundTrip.Web));
        });

    private static MemberCode Code(int number) => MemberCode.Parse($"GM{number:D4}");
}
