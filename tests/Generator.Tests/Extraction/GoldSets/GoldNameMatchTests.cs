using BriefingSite.Model;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction.GoldSets;

public class GoldNameMatchTests
{
    private static Actor Found(string name, ActorKind kind, params string[] aliases) =>
        new(BriefingSite.Normalize.Slugger.Slugify(name), name, kind, [.. aliases], null, []);

    [Fact]
    public void A_name_or_alias_with_the_same_slug_matches() =>
        GoldNameMatch.Matches("North Atlantic Treaty Organization", Found("NATO", ActorKind.Organization, "North Atlantic Treaty Organization")).ShouldBeTrue();

    [Fact]
    public void A_country_disambiguator_matches_a_found_country_only()
    {
        GoldNameMatch.Matches("Georgia (country)", Found("Georgia", ActorKind.Country)).ShouldBeTrue();
        GoldNameMatch.Matches("Georgia (country)", Found("Georgia", ActorKind.Person)).ShouldBeFalse();
    }

    [Fact]
    public void A_place_disambiguator_matches_an_organization_named_without_it_or_of_the_place()
    {
        GoldNameMatch.Matches("Green Party (Ruritania)", Found("Green Party", ActorKind.Organization)).ShouldBeTrue();
        GoldNameMatch.Matches("Ministry of Trade (Ruritania)", Found("Ministry of Trade of Ruritania", ActorKind.Organization)).ShouldBeTrue();
        GoldNameMatch.Matches("Ministry of Trade (Ruritania)", Found("Ministry of Trade of Freedonia", ActorKind.Organization)).ShouldBeFalse();
        GoldNameMatch.Matches("Green Party (Ruritania)", Found("Green Party", ActorKind.Person)).ShouldBeFalse();
        GoldNameMatch.Matches("Ministry of Trade (Ruritania)", Found("Ministry of Commerce of Ruritania", ActorKind.Organization, "Ministry of Trade")).ShouldBeTrue();
        // Another place's body that is also called by the bare name is not the gold one.
        GoldNameMatch.Matches("Ministry of Trade (Ruritania)", Found("Ministry of Trade of Freedonia", ActorKind.Organization, "Ministry of Trade")).ShouldBeFalse();
        GoldNameMatch.Matches("Senate (Ruritania)", Found("Freedonian Senate", ActorKind.Organization, "Senate")).ShouldBeFalse();
    }

    [Fact]
    public void A_descriptive_disambiguator_matches_a_person()
    {
        GoldNameMatch.Matches("Anna Berg (diplomat)", Found("Anna Berg", ActorKind.Person)).ShouldBeTrue();
        GoldNameMatch.Matches("Anna Berg (diplomat)", Found("Anna Berg", ActorKind.Organization)).ShouldBeFalse();
        GoldNameMatch.Matches("Berg (company)", Found("Berg", ActorKind.Organization)).ShouldBeTrue();
    }

    [Fact]
    public void A_name_without_disambiguator_does_not_match_a_longer_or_shorter_name()
    {
        GoldNameMatch.Matches("Supreme Court of Ruritania", Found("Supreme Court", ActorKind.Organization)).ShouldBeFalse();
        GoldNameMatch.Matches("Georgia", Found("Georgia (country)", ActorKind.Country)).ShouldBeFalse();
    }
}
