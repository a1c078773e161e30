using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// An outlet told something without "the" ("told Radio Nacional", "told Aerial Fire Review") is an organization when
/// one of its words is an outlet's; BBC programmes are known by name (organizations.yml).
/// </summary>
public class ToldOutletsTests
{
    private static List<(string Key, ActorKind Kind)> Actors(string text) =>
        Extracting.Facts("Fire season\n\n" + text, path: "content/articles/a.md").Mentions.Select(m => (m.Key, m.Kind)).Distinct().ToList();

    [Fact]
    public void Capitalized_words_with_an_outlets_word_after_told_are_an_outlet()
    {
        Actors("The pilot Ana Ferrer told Radio Meridional on Sunday that the crews were tired.").ShouldContain(("Radio Meridional", ActorKind.Organization));
        Actors("\"We are ready,\" Ana Ferrer told Coastal Aviation Review.").ShouldContain(("Coastal Aviation Review", ActorKind.Organization));
    }

    [Fact]
    public void A_person_told_something_stays_a_person()
    {
        var actors = Actors("The minister, Ana Ferrer, told Tomás Ruiz Herald that the crews were tired.");
        actors.ShouldNotContain(a => a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Bbc_programmes_are_known()
    {
        Actors("The MP told Newsnight he would vote against the bill.").ShouldContain(("Newsnight", ActorKind.Organization));
        Actors("The MP told BBC Radio Four's PM programme he would vote against the bill.").ShouldContain(("BBC Radio 4", ActorKind.Organization));
    }
}
