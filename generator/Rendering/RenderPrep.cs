using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Rendering work that needs the linked actors but not the events, begun as soon as the actors are linked: on a large
/// site linking the events runs mostly on one core, and this fills the other. Every page set reads the article keys, and
/// the actor pages read the mention tables; both come out exactly as if they were made from the finished site, whose
/// articles, facts, actors and settings are the same objects.
/// </summary>
public sealed class RenderPrep
{
    private RenderPrep(Task<ArticleKeys> keys, Task<(ActorMentionTables, Dictionary<string, int>)> mentions)
    {
        Keys = keys;
        Mentions = mentions;
    }

    public Task<ArticleKeys> Keys { get; }

    internal Task<(ActorMentionTables Tables, Dictionary<string, int> Number)> Mentions { get; }

    /// <param name="actorsLinked">The site with its actors linked and no events yet.</param>
    /// <param name="knowledge">The key of what extraction knew (see RenderContext.Knowledge).</param>
    public static RenderPrep Begin(SiteGraph actorsLinked, string? knowledge)
    {
        var keys = Task.Run(() => new ArticleKeys(actorsLinked, knowledge));
        var mentions = Task.Run(async () => ActorMentionTables.OfSite(actorsLinked, await keys));
        return new RenderPrep(keys, mentions);
    }
}
