using System.Globalization;

namespace Cfc.Sample.Host.Pages.Tests.Components;

/// <summary>Renders in the pages' default culture, Dutch, whatever the machine's is.</summary>
internal static class Culture
{
    public static void Dutch()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
    }
}
