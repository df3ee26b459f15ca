namespace Cfc.Sdk.Orleans.Newsletters;

/// <summary>How far the sending of an edition has come, counted over the recipients snapshot taken at publication.</summary>
/// <param name="Recipients">The recipients at publication.</param>
/// <param name="Delivered">Accepted by the SMTP server and confirmed.</param>
/// <param name="Skipped">Unsubscribed before their turn: not sent.</param>
/// <param name="Rejected">Refused permanently by the SMTP server (a 5xx answer for that recipient): not tried again.</param>
[GenerateSerializer, Immutable, Alias("cfc.newsletter-edition-delivery")]
public sealed record EditionDelivery(
    [property: Id(0)] int Recipients,
    [property: Id(1)] int Delivered,
    [property: Id(2)] int Skipped,
    [property: Id(3)] int Rejected)
{
    /// <summary>The recipients still to be sent to (claimed or not).</summary>
    public int Pending => Recipients - Delivered - Skipped - Rejected;

    /// <summary>Whether every recipient has been dealt with.</summary>
    public bool Complete => Pending == 0;
}
