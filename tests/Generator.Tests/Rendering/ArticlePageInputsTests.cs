using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public class ArticlePageInputsTests
{
    [Fact]
    public void The_keys_of_an_article_page_are_its_mention_and_speaker_keys_each_once_in_ordinal_order()
    {
        ActorMention M(string key) => new(key, key, ActorKind.Person, 0, 0, key.Length);
        var facts = new ArticleFacts("a", [],
            [M("Zoe Alder"), M("alder"), M("Zoe Alder"), M("Bram Oste"), M("Ümit Kaya")],
            [new QuoteFact("Alder", "Zoe Alder", "We will.", 0, 0), new QuoteFact("a spokesman", null, "No.", 0, 1), new QuoteFact("Ines Vaal", "Ines Vaal", "Yes.", 0, 2)],
            []);

        ArticlePageSet.DistinctKeys(facts).ShouldBe(["Bram Oste", "Ines Vaal", "Zoe Alder", "alder", "Ümit Kaya"]);
    }

    [Fact]
    public void An_article_without_mentions_or_quotes_has_no_keys() =>
        ArticlePageSet.DistinctKeys(new ArticleFacts("a", [], [], [], [])).ShouldBeEmpty();
}
