using CsCheck;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

public sealed class MemberRegisterTests
{
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.DenHaag);
    private static readonly MemberId Statia = MemberId.For(MemberCode.SintEustatius);

    [Fact]
    public void A_membership_covers_its_first_and_last_day()
    {
        var membership = new Membership(DenHaag, new(2022, 1, 1), new(2024, 12, 31));

        Assert.False(membership.IsMemberOn(new(2021, 12, 31)));
        Assert.True(membership.IsMemberOn(new(2022, 1, 1)));
        Assert.True(membership.IsMemberOn(new(2024, 12, 31)));
        Assert.False(membership.IsMemberOn(new(2025, 1, 1)));
        Assert.Equal("GM0518 2022-01-01/2024-12-31", membership.ToString());
    }

    [Fact]
    public void An_open_membership_covers_every_later_day() =>
        Assert.True(new Membership(DenHaag, new(2022, 1, 1)).IsMemberOn(new(2099, 1, 1)));

    [Fact]
    public void A_membership_cannot_end_before_it_starts()
    {
        Assert.Equal("left", Assert.Throws<ArgumentOutOfRangeException>(() => new Membership(DenHaag, new(2022, 1, 1), new(2021, 12, 31))).ParamName);
        Assert.Equal("lastDay", Assert.Throws<ArgumentOutOfRangeException>(() => new Membership(DenHaag, new(2022, 1, 1)).Leave(new(2021, 12, 31))).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new Membership(default, new(2022, 1, 1))).ParamName);
    }

    [Fact]
    public void A_member_that_left_cannot_leave_again() =>
        Assert.Throws<InvalidOperationException>(() => new Membership(DenHaag, new(2022, 1, 1), new(2023, 1, 1)).Leave(new(2024, 1, 1)));

    [Fact]
    public void The_register_tells_who_was_a_member_on_a_date()
    {
        var register = MemberRegister.Empty
            .Join(DenHaag, new(2022, 1, 1))
            .Join(Statia, new(2023, 11, 1))
            .Leave(DenHaag, new(2024, 6, 30))
            .Join(DenHaag, new(2025, 1, 1));

        Assert.Equal([DenHaag], register.MembersOn(new(2023, 1, 1)));
        Assert.Equal([DenHaag, Statia], register.MembersOn(new(2024, 6, 30)));
        Assert.Equal([Statia], register.MembersOn(new(2024, 7, 1)));
        Assert.Equal([DenHaag, Statia], register.MembersOn(new(2025, 1, 1)));
        Assert.False(register.IsMemberOn(DenHaag, new(2024, 12, 31)));
        Assert.Equal(2, register.MembershipsOf(DenHaag).Count);
        Assert.Empty(register.MembershipsOf(MemberId.Parse("org:nobody")));
        Assert.Equal(3, register.Memberships.Count);
    }

    [Fact]
    public void Joining_twice_without_leaving_is_rejected() =>
        Assert.Throws<InvalidOperationException>(() => MemberRegister.Empty.Join(DenHaag, new(2022, 1, 1)).Join(DenHaag, new(2023, 1, 1)));

    [Fact]
    public void Joining_again_before_the_last_membership_ended_is_rejected()
    {
        var register = MemberRegister.Empty.Join(DenHaag, new(2022, 1, 1)).Leave(DenHaag, new(2023, 1, 1));

        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => register.Join(DenHaag, new(2023, 1, 1))).ParamName);
        Assert.True(register.Join(DenHaag, new(2023, 1, 2)).IsMemberOn(DenHaag, new(2023, 1, 2)));
    }

    [Fact]
    public void Leaving_without_being_a_member_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => MemberRegister.Empty.Leave(DenHaag, new(2022, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => MemberRegister.Empty.Join(DenHaag, new(2022, 1, 1)).Leave(DenHaag, new(2022, 2, 1)).Leave(DenHaag, new(2022, 3, 1)));
    }

    [Fact]
    public void A_failed_change_leaves_the_register_as_it_was()
    {
        var register = MemberRegister.Empty.Join(DenHaag, new(2022, 1, 1));

        Assert.ThrowsAny<ArgumentException>(() => register.Leave(DenHaag, new(2021, 1, 1)));

        Assert.True(register.IsMemberOn(DenHaag, new(2030, 1, 1)));
    }

    [Fact]
    public void Membership_on_a_date_matches_the_joined_and_left_dates() =>
        Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 3000], Gen.Int[0, 4000]).Sample((joinOffset, length, probe) =>
        {
            var joined = new LocalDate(2020, 1, 1).PlusDays(joinOffset);
            var left = joined.PlusDays(length);
            var date = new LocalDate(2020, 1, 1).PlusDays(probe);
            var register = MemberRegister.Empty.Join(DenHaag, joined).Leave(DenHaag, left);

            Assert.Equal(date >= joined && date <= left, register.IsMemberOn(DenHaag, date));
            Assert.Equal(register.IsMemberOn(DenHaag, date), register.MembersOn(date).Contains(DenHaag));
        });
}
