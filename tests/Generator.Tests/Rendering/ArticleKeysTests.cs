using System.Collections.Immutable;
using BriefingSite.Model;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

public class ArticleKeysTests
{
    [Fact]
    public void An_article_whose_linked_mentions_changed_has_other_facts_keys_though_its_text_and_the_knowledge_did_not()
    {
        using var site = new TestSite("""
            === articles/a.md ===
            ---
            title: Port talks
            date: 2026-03-02
            ---
            Defence Minister Ana Ruiz met Kwon Tae-hyun in Busan on Monday. Ruiz said the talks went well.
            """);
        var graph = site.Build().Site!;
        var article = graph.Articles.Single();
        var facts = graph.Facts[article.Slug];
        facts.Mentions.ShouldNotBeEmpty();
        // What a site-wide pass of Linking does: one more mention, found thanks to another article.
        var more = graph with
        {
            Facts = graph.Facts.ToImmutableDictionary(StringComparer.Ordinal).SetItem(article.Slug, facts with { Mentions = facts.Mentions.Add(new ActorMention("Kwon Tae-hyun", "Kwon Tae-hyun", ActorKind.Person, 0, 25, 13)) }),
        };
        var moved = graph with
        {
            Facts = graph.Facts.ToImmutableDictionary(StringComparer.Ordinal).SetItem(article.Slug, facts with { Mentions = facts.Mentions.Add(new ActorMention("Kwon Tae-hyun", "Kwon Tae-hyun", ActorKind.Person, 0, 26, 13)) }),
        };

        var keys = new[] { graph, more, moved }.Select(g => new ArticleKeys(g, "knowledge")).ToList();

        keys.Select(k => k.Of(article)).Distinct().Count().ShouldBe(1);
        keys.Select(k => k.FactsOf(article)).Distinct().Count().ShouldBe(3);
        new ArticleKeys(graph, "knowledge").FactsOf(article).ShouldBe(keys[0].FactsOf(article));
    }
}
