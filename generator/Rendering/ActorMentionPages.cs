using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// An actor named in many articles has them on pages of their own: the actor's page shows the latest few and links every
/// page, <c>actors/&lt;slug&gt;/mentions/&lt;n&gt;/</c>, each listing up to <see cref="PerPage"/> articles with the sentences
/// naming the actor and what the actor said there. A reader of a page naming an actor in thousands of articles no longer
/// loads megabytes, and adding an article rewrites the actor's page and the last of these pages, not one page of them all.
/// Pages are counted from the oldest article, so the articles of a page stay on it as newer ones arrive (site order is
/// newest first); only a back-dated article moves the newer pages' articles along.
/// </summary>
internal static class ActorMentionPages
{
    /// <summary>Articles per page of mentions; an actor named in no more than this keeps all of them on its own page.</summary>
    public const int PerPage = 100;

    /// <summary>Articles the actor's own page shows when the others are on pages of mentions.</summary>
    public const int Shown = 25;

    /// <summary>How many pages of mentions an actor named in <paramref name="articles"/> articles has (none: all on its page).</summary>
    public static int Count(int articles) => Count(articles, PerPage);

    /// <summary>How many pages of <paramref name="perPage"/> items <paramref name="items"/> items take (none: all fit on one list).</summary>
    public static int Count(int items, int perPage) => items <= perPage ? 0 : (items + perPage - 1) / perPage;

    /// <summary>Positions in site order (newest first) of the articles on page <paramref name="page"/> (1: the oldest).</summary>
    public static (int From, int To) Range(int articles, int page) => Range(articles, page, PerPage);

    /// <summary>Positions in site order (newest first) of the items on page <paramref name="page"/> (1: the oldest) of <paramref name="perPage"/> each.</summary>
    public static (int From, int To) Range(int items, int page, int perPage) =>
        (Math.Max(0, items - page * perPage), items - (page - 1) * perPage);

    public static string Path(string actorSlug, int page) =>
        $"actors/{actorSlug}/mentions/{page.ToString(CultureInfo.InvariantCulture)}/index.html";

    public static string Url(SiteUrls urls, string actorSlug, int page) =>
        urls.Actor(actorSlug) + "mentions/" + page.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>Every page of mentions, oldest first, labelled by the articles' numbers and dates.</summary>
    public static List<MentionPageLink> Links(SiteUrls urls, string actorSlug, IReadOnlyList<(Article Article, int Start)> articles) =>
        Enumerable.Range(1, Count(articles.Count)).Select(page => Link(urls, actorSlug, articles, page)).ToList();

    /// <summary>The link to one page of mentions: the numbers of its articles counted from the oldest, and their dates.</summary>
    public static MentionPageLink Link(SiteUrls urls, string actorSlug, IReadOnlyList<(Article Article, int Start)> articles, int page)
    {
        var (from, to) = Range(articles.Count, page);
        return Labelled(articles.Count, from, to, articles[to - 1].Article, articles[from].Article, Url(urls, actorSlug, page));
    }

    /// <summary>
    /// A link to the page of the items at positions [<paramref name="from"/>, <paramref name="to"/>) in site order: labelled by
    /// their numbers counted from the oldest and the dates of its oldest and newest article.
    /// </summary>
    public static MentionPageLink Labelled(int count, int from, int to, Article oldestArticle, Article newestArticle, string url)
    {
        var oldest = oldestArticle.Date?.ToDisplay();
        var newest = newestArticle.Date?.ToDisplay();
        var dates = oldest is null || newest is null ? oldest ?? newest : oldest == newest ? oldest : oldest + " – " + newest;
        var label = string.Create(CultureInfo.InvariantCulture, $"{count - to + 1}–{count - from}");
        return new MentionPageLink(label, dates, url);
    }

    /// <summary>What the list of pages shows, as fingerprint parts: every page's label and dates.</summary>
    public static IEnumerable<string> LinkInputs(IReadOnlyList<MentionPageLink> links) =>
        links.Select(l => l.Label + "\n" + l.Dates);

    /// <summary>The fingerprint parts of the articles at positions [from, to): their keys and where the actor is named in each.</summary>
    public static IEnumerable<string?> InputsOf(List<string?> inputs, IReadOnlyList<(Article Article, int Start)> articles, int from, int to)
    {
        var end = to < articles.Count ? articles[to].Start : inputs.Count;
        for (var i = articles[from].Start; i < end; i++) yield return inputs[i];
    }

    /// <summary>The page of mentions <paramref name="page"/> of an actor, rendered from the sentences and quotes of its articles.</summary>
    public static ActorMentionsPage Model(RenderContext ctx, Actor actor, IReadOnlyList<(Article Article, int Start)> articles, int page,
        List<(Article Article, DocSentence Sentence)> sentences, List<(Article Article, ArticleFacts Facts, QuoteFact Quote)> quotes)
    {
        var (from, to) = Range(articles.Count, page);
        // Only this page's own label and its neighbours are shown: a new article changes the newest page's label, and a list of
        // every page on every page would rewrite them all each time (the actor's page lists them all).
        var current = Link(ctx.Urls, actor.Slug, articles, page);
        var url = Url(ctx.Urls, actor.Slug, page);
        var title = $"{actor.Name}: articles {current.Label}";
        var onPage = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        for (var i = from; i < to; i++) onPage.Add(articles[i].Article);
        var byReference = (IEqualityComparer<Article>)ReferenceEqualityComparer.Instance;
        var sentencesByArticle = sentences.Where(x => onPage.Contains(x.Article)).ToLookup(x => x.Article, x => x.Sentence, byReference);
        var quotesByArticle = quotes.Where(q => onPage.Contains(q.Article)).ToLookup(q => q.Article, byReference);
        return new ActorMentionsPage
        {
            SiteTitle = ctx.Site.Settings.Title, Lang = ctx.Site.Settings.Language, Base = ctx.Urls.Base,
            Title = title,
            Description = $"The articles {current.Label} naming {actor.Name}{(current.Dates is { } d ? $" ({d})" : "")}, with the sentences that do.",
            Canonical = ctx.Urls.Absolute(url), Section = "actors",
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home), new Crumb("Actors", ctx.Urls.Actors()), new Crumb(actor.Name, ctx.Urls.Actor(actor.Slug))],
            Name = actor.Name, ActorUrl = ctx.Urls.Actor(actor.Slug), Kind = ActorUrls.KindName(actor.Kind), KindLabel = ActorPageSet.KindLabel(actor.Kind),
            Heading = current.Dates is { } dates ? $"Articles {current.Label}, {dates}" : $"Articles {current.Label}",
            // Every article of the page, also one where the actor only speaks, with the sentences and the quotes.
            Articles = Enumerable.Range(from, to - from).Select(i => articles[i].Article)
                .Select(a => ArticleView(ctx, a, sentencesByArticle[a]) with
                {
                    Quotes = quotesByArticle[a].Select(q => ActorArticleLinks.View(ctx, q.Article, q.Facts, q.Quote)).ToList(),
                })
                .ToList(),
            Older = page > 1 ? Url(ctx.Urls, actor.Slug, page - 1) : null,
            Newer = page < Count(articles.Count) ? Url(ctx.Urls, actor.Slug, page + 1) : null,
        };
    }

    /// <summary>An article in an actor's list: its title, date and the sentences naming the actor, each linked to its place.</summary>
    public static ActorArticleView ArticleView(RenderContext ctx, Article article, IEnumerable<DocSentence> sentences) =>
        new(article.Title, ctx.Urls.Article(article.Slug), article.Date?.ToDisplay(), article.Date?.ToString(),
            sentences.Select(s => new SentenceView(s.Text, ctx.Urls.Sentence(article.Slug, s.Id))).ToList());
}
