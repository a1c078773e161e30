using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// One page per actor at <c>actors/&lt;slug&gt;/</c>: roles, description, every article naming them with the sentence
/// (linked to that sentence), their quotes, their own timeline of events and the actors they most often appear with.
/// </summary>
public sealed class ActorPageSet : IPageSet
{
    private const int RelatedShown = 12;

    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var site = ctx.Site;
        var articles = site.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        // Made while events were linked when the build could (see RenderContext.ActorMentions), else here.
        var (all, number) = ctx.ActorMentions;
        var (sentences, quotes, inputs) = (all.Sentences, all.Quotes, all.Inputs);
        // An actor named in many articles lists the latest on its page and all of them on pages of mentions, when the theme has them.
        var paged = ctx.Templates.HasPage("actor-mentions");
        IReadOnlyList<(Article Article, int Start)> ArticlesOf(Actor actor) => all.ArticleInputs.GetValueOrDefault(actor.Slug) ?? [];
        List<MentionPageLink> Pages(Actor actor) => paged ? ActorMentionPages.Links(ctx.Urls, actor.Slug, ArticlesOf(actor)) : [];
        var eventsByActor = site.Events
            .SelectMany(e => e.Actors.Select(a => (Actor: a, Event: e)))
            .ToLookup(x => x.Actor, x => x.Event, StringComparer.Ordinal);

        List<(Actor Actor, int Count)> Related(Actor actor) =>
            TopRelated(number.TryGetValue(actor.Slug, out var n) ? all.Together(n, ArticlesOf(actor).Select(x => x.Article)) : [], site.Actors);

        // Everything the page is made from, as keys: deciding that a page is unchanged costs a few hashes, not its model.
        // Reading something new in Model or StructuredData.Actor means adding it here, or a kept page would show old data.
        string Inputs(Actor actor, List<MentionPageLink> pages) => ArticleKeys.Hash([
            "actor-page", ctx.Keys.Site, actor.Slug, actor.Name, ActorUrls.KindName(actor.Kind), actor.Description,
            actor.Articles.Length.ToString(CultureInfo.InvariantCulture), "aliases", .. actor.Aliases,
            "roles", .. actor.Roles.Select(r => r.Title + "\n" + r.ArticleSlug + "\n" + r.Date?.ToString() + "\n" + (articles.TryGetValue(r.ArticleSlug, out var a) ? ctx.Keys.Of(a) : "")),
            "links", .. actor.Links.Select(l => l.Label + "\n" + l.Url),
            "mentions", .. pages.Count > 0
                ? [.. ActorMentionPages.InputsOf(inputs[actor.Slug], ArticlesOf(actor), 0, ActorMentionPages.Shown), "pages", .. ActorMentionPages.LinkInputs(pages)]
                : inputs.GetValueOrDefault(actor.Slug) ?? [],
            "events", .. eventsByActor[actor.Slug].Select(e => EventCards.Key(e)),
            "related", .. Related(actor).Select(x => x.Actor.Slug + "\n" + x.Actor.Name + "\n" + ActorUrls.KindName(x.Actor.Kind) + "\n" + x.Count.ToString(CultureInfo.InvariantCulture)),
            StructuredDataInputs(ctx, actor)]);

        ActorPage Model(Actor actor, List<MentionPageLink> pages)
        {
            // With pages of mentions, the actor's page shows the latest articles and the quotes in them.
            HashSet<Article>? shown = pages.Count == 0 ? null
                : new(ArticlesOf(actor).Take(ActorMentionPages.Shown).Select(x => x.Article), ReferenceEqualityComparer.Instance);
            return new ActorPage
            {
                SiteTitle = site.Settings.Title, Lang = site.Settings.Language, Base = ctx.Urls.Base,
                Title = actor.Name, Description = Describe(actor), Canonical = ctx.Urls.Absolute(ctx.Urls.Actor(actor.Slug)), Section = "actors",
                Breadcrumbs = [new Crumb("Home", ctx.Urls.Home), new Crumb("Actors", ctx.Urls.Actors())],
                JsonLd = null, FeedUrl = ctx.Urls.ActorFeed(actor.Slug),  // made only when the page is rendered (see below)
                OgType = actor.Kind == ActorKind.Person ? "profile" : "website",
                Name = actor.Name,
                Kind = ActorUrls.KindName(actor.Kind),
                KindLabel = KindLabel(actor.Kind),
                DescriptionHtml = actor.Description is { } d ? ctx.Markdown.RenderInline(d) : null,
                Aliases = actor.Aliases,
                Roles = actor.Roles.Select(r => new RoleView(r.Title, articles.TryGetValue(r.ArticleSlug, out var a) ? a.Title : r.ArticleSlug,
                    ctx.Urls.Article(r.ArticleSlug), r.Date?.ToDisplay())).ToList(),
                Links = actor.Links.Where(l => UrlSafety.IsSafeHttpUrl(l.Url)).Select(l => new LinkView(l.Label, l.Url)).ToList(),
                // Grouped by reference: an article record's own hash would hash its whole text for every sentence.
                Articles = (sentences.GetValueOrDefault(actor.Slug) ?? []).Where(x => shown?.Contains(x.Article) != false)
                    .GroupBy(x => x.Article, (IEqualityComparer<Article>)ReferenceEqualityComparer.Instance)
                    .Select(g => ActorMentionPages.ArticleView(ctx, g.Key, g.Select(x => x.Sentence)))
                    .ToList(),
                Quotes = (quotes.GetValueOrDefault(actor.Slug) ?? []).Where(q => shown?.Contains(q.Article) != false)
                    .Select(q => ActorArticleLinks.View(ctx, q.Article, q.Facts, q.Quote)).ToList(),
                Timeline = eventsByActor[actor.Slug].Any() ? EventTimelineBuilder.Build(eventsByActor[actor.Slug], ctx.Urls) with { HeadingLevel = 3 } : null,
                Related = Related(actor).Select(x => new ActorChip(x.Actor.Name, ctx.Urls.Actor(x.Actor.Slug), ActorUrls.KindName(x.Actor.Kind), x.Count)).ToList(),
                MentionPages = pages,
                MentionCount = pages.Count == 0 ? null : ArticlesOf(actor).Count,
            };
        }

        // A page of mentions is made from its articles and the list of pages it links.
        string PageInputs(Actor actor, int page, List<MentionPageLink> pages)
        {
            var (from, to) = ActorMentionPages.Range(ArticlesOf(actor).Count, page);
            return ArticleKeys.Hash([
                "actor-mentions", ctx.Keys.Site, actor.Slug, actor.Name, ActorUrls.KindName(actor.Kind), page.ToString(CultureInfo.InvariantCulture),
                .. ActorMentionPages.LinkInputs([pages[page - 1]]), page < pages.Count ? "newer" : "newest",
                .. ActorMentionPages.InputsOf(inputs[actor.Slug], ArticlesOf(actor), from, to)]);
        }
        // The model is made when it is needed, not kept: a large site's actor models are too big to keep until writing.
        return site.Actors.AsParallel().AsOrdered()
            .SelectMany(actor => (Pages(actor) is var pages && pages.Count > 0 ? Enumerable.Range(1, pages.Count) : [])
                .Select(page => ctx.Page(ActorMentionPages.Path(actor.Slug, page), PageInputs(actor, page, pages), () => ctx.Templates.RenderPage("actor-mentions",
                    ActorMentionPages.Model(ctx, actor, ArticlesOf(actor), page, sentences.GetValueOrDefault(actor.Slug) ?? [], quotes.GetValueOrDefault(actor.Slug) ?? []))))
                .Prepend(ctx.Page($"actors/{actor.Slug}/index.html", Inputs(actor, pages),
                    () => ctx.Templates.RenderPage("actor", Model(actor, pages) with { JsonLd = Sharing.StructuredData.Actor(ctx, actor) }))))
            .ToList();
    }

    /// <summary>
    /// The <see cref="RelatedShown"/> actors sharing most articles, then most named, then by slug: kept in a short sorted list
    /// as they come, not all sorted (a country named across a large site shares articles with nearly every actor).
    /// </summary>
    internal static List<(Actor Actor, int Count)> TopRelated(List<(int Actor, int Count)> together, ImmutableArray<Actor> actors)
    {
        var top = new List<(Actor Actor, int Count)>(RelatedShown + 1);
        foreach (var (n, count) in together)
        {
            var candidate = (Actor: actors[n], Count: count);
            if (top.Count == RelatedShown && !Before(candidate, top[^1])) continue;
            var at = top.Count;
            while (at > 0 && Before(candidate, top[at - 1])) at--;
            top.Insert(at, candidate);
            if (top.Count > RelatedShown) top.RemoveAt(RelatedShown);
        }
        return top;

        static bool Before((Actor Actor, int Count) a, (Actor Actor, int Count) b) =>
            a.Count != b.Count ? a.Count > b.Count
            : a.Actor.MentionCount != b.Actor.MentionCount ? a.Actor.MentionCount > b.Actor.MentionCount
            : string.CompareOrdinal(a.Actor.Slug, b.Actor.Slug) < 0;
    }

    /// <summary>What the actor's structured data is made from besides the model: the settings, the actor and the articles it lists.</summary>
    private static string StructuredDataInputs(RenderContext ctx, Actor actor) =>
        ArticleKeys.Hash(["actor", ctx.Keys.Site, actor.Slug, actor.Name, ActorUrls.KindName(actor.Kind), actor.Description, .. actor.Aliases, "articles",
            .. ctx.Lookup.InSiteOrder(actor.Articles).Take(Sharing.StructuredData.ListLimit).Select(ctx.Keys.Of)]);

    public static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Organization => "Organization",
        _ => "Country",
    };

    private static string Describe(Actor a) =>
        a.Description ?? $"{a.Name} ({KindLabel(a.Kind).ToLowerInvariant()}): named in {a.Articles.Length} article{(a.Articles.Length == 1 ? "" : "s")}.";
}
