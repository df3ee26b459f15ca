using System.Net;
using Cfc.Sample.Host.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>Which partition of the rate limits an anonymous caller's address falls in (<c>WriteProtection.Caller</c>).</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2:ffff:ffff:ffff:ffff")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    public void Addresses_of_one_client_share_a_partition(string one, string other) =>
        Assert.Equal(Caller(one), Caller(other));

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1")]
    [InlineData("192.0.2.7", "192.0.2.8")]
    [InlineData("::ffff:192.0.2.7", "::ffff:192.0.2.8")]
    public void Addresses_of_two_clients_have_partitions_of_their_own(string one, string other) =>
        Assert.NotEqual(Caller(one), Caller(other));

    [Theory]
    [InlineData("2001:db8:1:2:3:4:5:6", "anonymous:2001:db8:1:2::/64")]
    [InlineData("::ffff:192.0.2.7", "anonymous:192.0.2.7")]
    [InlineData("192.0.2.7", "anonymous:192.0.2.7")]
    public void A_partition_names_the_client(string address, string partition) =>
        Assert.Equal(partition, Caller(address));

    private static string Caller(string address) =>
        WriteProtection.Caller(new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } });
}
