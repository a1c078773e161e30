using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// In one article, a two-word name made of the first and last words of a three-word name is that person with the
/// middle name left out, whether the middle name is a given name or a second family name.
/// </summary>
public class MiddleNameLeftOutTests
{
    private static List<string> People(ArticleFacts facts) => facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct().ToList();

    [Fact]
    public void A_full_name_and_the_name_without_its_middle_given_name_are_one_person()
    {
        var facts = Extracting.Facts(
            "Senator Tobias Eugene Marwick died on Sunday at 71.\n\n" +
            "Tobias Marwick had chaired the finance committee since 2009. Marwick was first elected in 1990.");
        People(facts).ShouldBe(["Tobias Eugene Marwick"]);
    }

    [Fact]
    public void Two_people_of_one_surname_stay_two()
    {
        var facts = Extracting.Facts(
            "Senator Tobias Eugene Marwick met Governor Helena Marwick on Sunday.\n\n" +
            "Tobias Marwick said the talks went well.");
        People(facts).ShouldBe(["Tobias Eugene Marwick", "Helena Marwick"], ignoreOrder: true);
    }
}

/// <summary>Across articles: the two-word name one article wrote for a three-word name is that person in the others too.</summary>
public class MiddleNameLeftOutAcrossArticlesTests
{
    [Fact]
    public void Another_article_naming_the_person_without_the_middle_name_links_to_the_same_actor()
    {
        var extractor = new BriefingSite.Extraction.FactExtractor(new BriefingSite.Rendering.MarkdownRenderer(), BriefingSite.Extraction.Knowledge.Load());
        var articles = new List<Article>();
        var facts = new List<ArticleFacts>();
        foreach (var (slug, text) in new[]
        {
            ("obituary", "Senator Tobias Eugene Marwick died on Sunday at 71.\n\nTobias Marwick had chaired the finance committee since 2009."),
            ("special-election", "The seat of the late Senator Tobias Marwick will be filled at a special election in May, officials said on Monday."),
        })
        {
            var (article, _) = Normalizing.Text($"---\ndate: 2026-03-02\n---\n{text}\n", $"content/articles/{slug}.md");
            articles.Add(article with { Slug = slug });
            facts.Add(extractor.Run(articles[^1]));
        }
        var actors = BriefingSite.Linking.ActorLinker.Run([], [.. articles], facts).Value;
        var marwick = actors.Actors.Where(a => a.Name.Contains("Marwick")).ToList();
        marwick.Select(a => a.Name).ShouldBe(["Tobias Eugene Marwick"]);
        marwick[0].Articles.ShouldBe(["obituary", "special-election"], ignoreOrder: true);
    }
}
