using Cfc.Sdk.Rights;
using Cfc.Testing;

namespace Cfc.Sdk.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_of_Cfc_Sdk_is_approved() =>
        Approvals.VerifyPublicApi(typeof(CrcArticle).Assembly);
}
