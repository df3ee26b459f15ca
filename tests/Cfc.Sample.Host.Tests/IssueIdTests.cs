using Cfc.Sample.Host.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sample.Host.Tests;

/// <summary>An issue id names its member by the code it starts with, a Dutch one or one abroad, whatever dashes its key has.</summary>
public sealed class IssueIdTests
{
    [Theory]
    [InlineData("GM0518-5f0c2e9a41b7", "GM0518")]
    [InlineData("GM0344-seed-armoede", "GM0344")]
    [InlineData("DE-05315000-5f0c2e9a41b7", "DE-05315000")]
    [InlineData("FR-2A004-seed-jeunes", "FR-2A004")]
    [InlineData("GB-E08000025-a", "GB-E08000025")]
    public void The_member_is_the_code_the_id_starts_with(string id, string member)
    {
        Assert.Equal(MemberCode.Parse(member), IssueIds.MemberOf(id));
        Assert.Equal(member, IssueIds.MemberTextOf(id));
    }

    [Theory]
    [InlineData("GM0518")]
    [InlineData("DE-05315000")]
    [InlineData("DE-5315000-abc")]
    [InlineData("x-GM0518-abc")]
    [InlineData("-GM0518")]
    public void An_id_that_starts_with_no_code_and_a_dash_names_no_member(string id) => Assert.Null(IssueIds.MemberOf(id));

    [Fact]
    public void A_new_id_starts_with_its_members_code() =>
        Assert.Equal(MemberCode.Parse("DE-05315000"), IssueIds.MemberOf(IssueIds.New(MemberCode.Parse("DE-05315000")).ToString()));
}
