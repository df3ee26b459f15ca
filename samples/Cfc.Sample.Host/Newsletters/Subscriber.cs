using System.ComponentModel.DataAnnotations;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>A newsletter subscriber, as sent and answered: <c>{"address"}</c>.</summary>
/// <param name="Address">A plain e-mail address, e.g. <c>jeugd@gooisemeren.nl</c>.</param>
internal sealed record Subscriber([property: Required] string? Address);
