using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Cfc.Sdk.Tests.Serialization;

/// <summary>The round-trip and culture checks the domain's JSON tests rely on can fail.</summary>
public sealed class JsonRoundTripTests
{
    private sealed class Unequal
    {
        public int Value { get; init; }
    }

    [Fact]
    public void A_type_without_value_equality_does_not_pass_the_round_trip_check() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => JsonRoundTrip.AssertRoundTrips(new Unequal { Value = 1 }));

    [Fact]
    public void A_message_that_formats_a_number_with_the_current_culture_does_not_pass_the_culture_check() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => JsonRoundTrip.AssertCultureInvariantMessage(() => throw new ArgumentException($"{2.5}")));

    [Fact]
    public void A_message_with_a_date_as_actual_value_does_not_pass_the_culture_check() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => JsonRoundTrip.AssertCultureInvariantMessage(
            () => throw new ArgumentOutOfRangeException("on", new LocalDate(2024, 2, 1), "Too early.")));

    [Fact]
    public void Valid_json_is_not_refused() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => JsonRoundTrip.AssertRefused<LocalDate>("\"2024-02-01\""));

    [Fact]
    public void Both_option_sets_use_the_sdks_setup() =>
        Assert.All([JsonRoundTrip.Default, JsonRoundTrip.Web], options =>
            Assert.Equal("\"2024-02-01\"", JsonSerializer.Serialize(new LocalDate(2024, 2, 1), options)));

    [Fact]
    public void The_dutch_culture_is_available_so_culture_checks_are_real() =>
        Assert.Equal(",", CultureInfo.GetCultureInfo("nl-NL").NumberFormat.NumberDecimalSeparator);
}
