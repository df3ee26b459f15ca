using Cfc.Testing;

namespace Cfc.Sdk.Matching.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_of_Cfc_Sdk_Matching_is_approved() =>
        Approvals.VerifyPublicApi(typeof(IssueIndex).Assembly);
}
