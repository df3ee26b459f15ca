using Cfc.Sdk.Network;
using NodaTime;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Organisations;

public sealed class OrganisationMatchingTests
{
    private static IssueIndex IndexWithPovertyIssue()
    {
        var index = new IssueIndex();
        index.Add(Issue("i1", "GM0518", "Kinderen in armoede", "Veel gezinnen hebben schulden en kunnen de sportclub niet betalen."));
        return index;
    }

    [Fact]
    public void Organisations_are_matched_on_the_expertise_in_their_profile()
    {
        using var index = IndexWithPovertyIssue();
        index.UpsertOrganisation(Organisation("o-armoede", "Stichting Meedoen", "Helpt gemeenten gezinnen met schulden en armoede te ondersteunen."));
        index.UpsertOrganisation(Organisation("o-verkeer", "Veilig Verkeer", "Adviseert over schoolroutes en verkeersdrempels."));

        var matches = index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1"), k: 2);

        Assert.Equal("o-armoede", matches[0].Organisation.ToString());
        Assert.Equal("Stichting Meedoen", matches[0].Name);
        Assert.Contains(matches[0].Reasons.Terms, t => t.Text.StartsWith("schuld", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expertise_written_in_a_given_language_is_matched_in_it_unless_the_call_names_another()
    {
        // "Sport" alone says too little to detect English, so only the given language makes the profile English.
        using var index = new IssueIndex();
        index.Add(Issue("i1", "GB-E08000025", "Sport for children", language: "en"));
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var profile = new ExpertiseProfile("Sport", null, null, null, "en");

        index.UpsertOrganisation(Member.Organisation(OrganisationId.Parse("o-en"), "Sport", profile, zone));
        Assert.Equal("en", Assert.Single(index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1"), 3)).Language);

        index.UpsertOrganisation(Member.Organisation(OrganisationId.Parse("o-en"), "Sport", profile, zone), "nl");
        Assert.Equal("nl", Assert.Single(index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1"), 3)).Language);
    }

    [Fact]
    public void Upserting_an_organisation_again_replaces_its_profile()
    {
        using var index = IndexWithPovertyIssue();
        Assert.True(index.UpsertOrganisation(Organisation("o1", "Eerst", "Adviseert over schoolroutes en verkeersdrempels.")));
        Assert.False(index.UpsertOrganisation(Organisation("o1", "Daarna", "Helpt gezinnen met schulden en armoede.")));

        Assert.Equal(1, index.OrganisationCount);
        Assert.Equal("Daarna", Assert.Single(index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1"), k: 5)).Name);
    }

    [Fact]
    public void A_removed_organisation_is_no_longer_matched()
    {
        using var index = IndexWithPovertyIssue();
        index.UpsertOrganisation(Organisation("o1", "Stichting Meedoen", "Helpt gezinnen met schulden en armoede."));

        Assert.True(index.RemoveOrganisation(OrganisationId.Parse("o1")));

        Assert.False(index.ContainsOrganisation(OrganisationId.Parse("o1")));
        Assert.Empty(index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1")));
    }

    [Fact]
    public void The_organisations_listed_are_those_the_index_holds_now()
    {
        using var index = new IssueIndex();
        var kept = Organisation("o1", "Stichting Meedoen", "Helpt gezinnen met schulden en armoede.");
        index.UpsertOrganisation(kept);
        index.UpsertOrganisation(Organisation("o2", "Veilig Verkeer", "Adviseert over schoolroutes en verkeersdrempels."));

        index.RemoveOrganisation(OrganisationId.Parse("o2"));

        Assert.Equal(kept, Assert.Single(index.GetOrganisations()));
    }

    [Fact]
    public void Only_an_organisation_with_an_expertise_profile_can_be_matched()
    {
        using var index = new IssueIndex();
        var amsterdam = DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId];

        var municipality = Assert.Throws<ArgumentException>(() => index.UpsertOrganisation(Member.Municipality(MemberCode.DenHaag, "'s-Gravenhage", amsterdam)));
        var partner = Assert.Throws<ArgumentException>(() => index.UpsertOrganisation(Member.NetworkPartner(OrganisationId.Parse("p1"), "Partner", amsterdam)));

        Assert.Equal("organisation", municipality.ParamName);
        Assert.Equal("organisation", partner.ParamName);
        Assert.Equal(0, index.OrganisationCount);
    }

    [Fact]
    public void Themes_are_shared_whatever_their_case()
    {
        using var index = new IssueIndex();
        index.Add(Issue("i1", "GM0518", "Sportclub te duur", "Gezinnen kunnen de contributie niet betalen.", themes: ["armoede"]));
        index.UpsertOrganisation(Organisation("o1", "Stichting Meedoen", "Helpt gemeenten met meedoen aan sport.", themes: ["Armoede"]));

        var match = Assert.Single(index.MatchOrganisations(Cfc.Sdk.Matching.Issues.IssueId.Parse("i1")));

        Assert.Equal(["Armoede"], match.Reasons.Themes);
    }
}
