using Cfc.Testing;

namespace Cfc.Sdk.Orleans.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_of_Cfc_Sdk_Orleans_is_approved() =>
        Approvals.VerifyPublicApi(typeof(global::Orleans.Serialization.CfcSdkSerializerBuilderExtensions).Assembly);
}
