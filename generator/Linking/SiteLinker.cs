using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>The Linking stage: merges what extraction found with curated files into actors and events, and cross-references them.</summary>
public static class SiteLinker
{
    /// <param name="actorsLinked">Called with the site once its actors are linked, before its events are.</param>
    public static StageResult<SiteGraph> Run(ContentSet content, ImmutableArray<Article> articles, IReadOnlyList<ArticleFacts> facts,
        Extraction.Knowledge? knowledge = null, Action<SiteGraph>? actorsLinked = null)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        // A person or organization one article introduces is found again where another names them bare: this needs every article's facts.
        if (knowledge is not null) facts = SiteWideNames.Apply(facts, knowledge);
        var factsBySlug = facts.ToDictionary(f => f.ArticleSlug, StringComparer.Ordinal);
        // Actors are linked first: events name their participants by actor slug.
        var actorResult = ActorLinker.Run(content.ActorFiles, articles, facts, knowledge?.Tokenizer, knowledge?.KnownAliases, knowledge?.GivenNames, knowledge?.PeerTitles);
        diags.AddRange(actorResult.Diagnostics);
        var actors = actorResult.Value;
        // Whoever needs the actors alone may start while events are linked: the site as it is so far, without events.
        actorsLinked?.Invoke(new SiteGraph(content.Settings, articles, factsBySlug, actors.Actors, []) { ActorIndex = actors });
        var events = EventLinker.Run(articles, factsBySlug, actors, content.EventFiles, knowledge is null ? null : new CapitalPlaces(knowledge));
        diags.AddRange(events.Diagnostics);
        return new(new SiteGraph(content.Settings, articles, factsBySlug, actors.Actors, events.Value) { ActorIndex = actors }, diags.ToImmutable());
    }
}
