using System.Collections.Immutable;
using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Incremental;
using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Incremental;

public class CacheLayoutTests
{
    private static ArticleCacheEntry Entry(ImmutableArray<DocParagraph> paragraphs, PartialDate? date = null)
    {
        var article = new Article("a", "A", false, date, null, null, null, null, null, null, false, false, "text", [], 1,
            new SourceSpan("content/a.txt"), "hash");
        var facts = new ArticleFacts("a", paragraphs,
            [new ActorMention("Anna Kowalski", "Anna Kowalski", ActorKind.Person, 0, 0, 13)],
            [new QuoteFact("Anna Kowalski", "Anna Kowalski", "We will see.", 1, 0)],
            [new EventMention("meeting", "Meeting", date, false, null, ["Anna Kowalski"], 0, 1) { Words = ["meeting"] }]);
        return new ArticleCacheEntry("k", article, [], "f", facts);
    }

    [Fact]
    public void Sentences_are_stored_as_offsets_so_each_paragraphs_text_is_written_once_and_read_back_whole()
    {
        var markdown = "Anna Kowalski met Jon Berg in Tallinn on Monday. They spoke for an hour about grain exports.\n\n" +
                       "## Next steps\n\n\"We will see,\" said Berg. Talks resume in May.";
        var paragraphs = new MarkdownRenderer().ReadDocument(markdown);
        var entry = Entry(paragraphs, new PartialDate(2024, 5, 0));

        var bytes = ArticleCache.Serialize(entry);
        var json = Encoding.UTF8.GetString(bytes);
        Occurrences(json, "They spoke for an hour about grain exports.").ShouldBe(1);
        Occurrences(json, "Talks resume in May.").ShouldBe(1);
        json.ShouldNotContain("s-0-1");   // ids are derived, not stored

        var back = ArticleCache.Parse(bytes)!;
        back.Facts!.Paragraphs.Length.ShouldBe(paragraphs.Length);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            back.Facts.Paragraphs[i].ShouldBe(paragraphs[i] with { Sentences = back.Facts.Paragraphs[i].Sentences });
            back.Facts.Paragraphs[i].Sentences.ShouldBe(paragraphs[i].Sentences);
        }
        back.Article.Date.ShouldBe(new PartialDate(2024, 5, 0));
        back.Facts.Events[0].Date.ShouldBe(new PartialDate(2024, 5, 0));
        back.Facts.Mentions.ShouldBe(entry.Facts!.Mentions);
        back.Facts.Quotes.ShouldBe(entry.Facts.Quotes);
    }

    [Fact]
    public void A_sentence_its_offsets_do_not_describe_is_stored_in_full_and_comes_back_unchanged()
    {
        var odd = new DocSentence(3, 2, 4, "not the paragraph's text", "custom-id");
        var plain = new DocSentence(1, 0, 2, "Hé", DocSentence.IdOf(7, 1));   // index 1 at position 0: not derivable
        var paragraph = new DocParagraph(7, "Hé \"quoted\" – text", [plain, odd], true);

        var back = ArticleCache.Parse(ArticleCache.Serialize(Entry([paragraph])))!;

        back.Facts!.Paragraphs.Single().Sentences.ShouldBe([plain, odd]);
        back.Facts.Paragraphs.Single().Text.ShouldBe(paragraph.Text);
        back.Facts.Paragraphs.Single().IsHeading.ShouldBeTrue();
        back.Article.Date.ShouldBeNull();
    }

    [Fact]
    public void A_damaged_paragraph_is_a_cache_miss_not_a_misread()
    {
        var paragraph = new MarkdownRenderer().ReadDocument("One sentence here. And another one.")[0];
        var json = Encoding.UTF8.GetString(ArticleCache.Serialize(Entry([paragraph])));
        var damaged = json.Replace("\"One sentence here. And another one.\"", "\"Short.\"");
        damaged.ShouldNotBe(json);

        Should.Throw<System.Text.Json.JsonException>(() => ArticleCache.Parse(Encoding.UTF8.GetBytes(damaged)));
    }

    private static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
