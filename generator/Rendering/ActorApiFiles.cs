using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Data for other tools: <c>api/actors.json</c> (every actor with aliases, roles, articles, events) and
/// <c>api/articles.json</c> (every article with its actors, events and attributed quotes). Same order as the pages.
/// </summary>
public sealed partial class ActorApiFiles : IPageSet
{
    /// <summary>
    /// The files' serializers, made at compile time: the same bytes as the reflection-based serializer with these options,
    /// written straight from the records (a large site's two files are 33 MB, made at every build that adds an article).
    /// </summary>
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(List<ActorJson>))]
    [JsonSerializable(typeof(List<ArticleJson>))]
    private sealed partial class ApiJson : JsonSerializerContext;

    private static readonly ApiJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private sealed record RoleJson(string Title, string Article, string? Date);
    private sealed record ActorJson(string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<RoleJson> Roles,
                                    IReadOnlyList<string> Articles, IReadOnlyList<string> Events, string Url);
    private sealed record QuoteJson(string? Actor, string Speaker, string Text);
    private sealed record ArticleJson(string Slug, string Title, string? Date, string? Source, string Url, IReadOnlyList<string> Actors,
                                      IReadOnlyList<string> Events, IReadOnlyList<QuoteJson> Quotes);

    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var site = ctx.Site;
        var eventsByActor = site.Events.SelectMany(e => e.Actors.Select(a => (a, e.Slug))).ToLookup(x => x.a, x => x.Slug, StringComparer.Ordinal);
        var eventsByArticle = site.Events.SelectMany(e => e.Articles.Select(a => (a, e.Slug))).ToLookup(x => x.a, x => x.Slug, StringComparer.Ordinal);
        // The two files are made side by side: each is one long serialization, and a large site's take a core each.
        var actorsFile = Task.Run(() => Utf8.JsonLine(site.Actors.Select(a => new ActorJson(a.Slug, a.Name, ActorUrls.KindName(a.Kind), a.Aliases,
            a.Roles.Select(r => new RoleJson(r.Title, r.ArticleSlug, r.Date?.ToString())).ToList(), a.Articles,
            eventsByActor[a.Slug].SortedDistinct(),
            ctx.Urls.Absolute(ctx.Urls.Actor(a.Slug)))).ToList(), Json.ListActorJson));
        var articlesFile = Utf8.JsonLine(site.Articles.Select(a => ArticleOf(ctx, a, eventsByArticle[a.Slug])).ToList(), Json.ListArticleJson);
        return [new OutputFile("api/actors.json", actorsFile.GetAwaiter().GetResult()), new OutputFile("api/articles.json", articlesFile)];
    }

    private static ArticleJson ArticleOf(RenderContext ctx, Article a, IEnumerable<string> events)
    {
        var index = ctx.Site.ActorIndex;
        var facts = ctx.Site.Facts.GetValueOrDefault(a.Slug);
        // The article's mention keys that became actors are exactly the keys of its entry in the index: its actors are that
        // entry's values (a lookup per key, not two per mention).
        var keys = index.SlugsByArticle.GetValueOrDefault(a.Slug);
        var actorSlugs = keys is null ? [] : keys.Values.SortedDistinct();
        var quotes = (facts?.Quotes ?? []).Select(q =>
        {
            var slug = q.SpeakerKey is { } k ? keys?.GetValueOrDefault(k) : null;
            return new QuoteJson(slug, slug is not null && index.Find(slug) is { } actor ? actor.Name : q.Speaker, q.Text);
        }).ToList();
        return new ArticleJson(a.Slug, a.Title, a.Date?.ToString(), a.SourceLabel, ctx.Urls.Absolute(ctx.Urls.Article(a.Slug)), actorSlugs,
            events.SortedDistinct(), quotes);
    }
}
