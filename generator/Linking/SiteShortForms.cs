using BriefingSite.Extraction;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// An organization's one-word short form in an article, as the site-wide organization it stands for (see
/// <see cref="SiteWideNames"/>): "Hokuyo said" read as a person, in an article that also names Hokuyo Trading; or "Kosmos
/// is a Texas company", an organization named by one word in an article that names no longer form of it, when the site's
/// one organization named by that word adds only a legal form or a trade ("Kosmos Energy"). The article's events that had
/// the short form among their actors have the organization instead.
/// </summary>
internal static class SiteShortForms
{
    /// <summary>Adds the renamed mentions to <paramref name="added"/>, the old ones to <paramref name="removed"/>, and renames the events' actors.</summary>
    public static ArticleFacts Apply(ArticleFacts f, List<ActorMention> added, List<ActorMention> removed, Dictionary<string, string> shortForms, Knowledge k)
    {
        var here = added.Concat(f.Mentions).Where(m => m.Kind == ActorKind.Organization).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in f.Mentions)
            if (!m.Key.Contains(' ') && shortForms.TryGetValue(m.Key, out var owner) && m.Length == m.Key.Length
                && (here.Contains(owner) && m is { Kind: ActorKind.Person, Role: null } or { Kind: ActorKind.Organization }
                    || m.Kind == ActorKind.Organization && CorporateOnly(owner, m.Key, k)))
            {
                removed.Add(m);
                added.Add(m with { Key = owner, Name = owner, Kind = ActorKind.Organization });
                renames[m.Key] = owner;
            }
        // A key some mention still has ("Hokuyo" read with a role) keeps its events.
        foreach (var m in f.Mentions)
            if (renames.ContainsKey(m.Key) && !removed.Contains(m)) renames.Remove(m.Key);
        if (renames.Count == 0 || f.Events.All(e => !e.ActorKeys.Any(renames.ContainsKey))) return f;
        return f with
        {
            Events = [.. f.Events.Select(e => e.ActorKeys.Any(renames.ContainsKey)
                ? e with { ActorKeys = [.. e.ActorKeys.Select(a => renames.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal)] } : e)],
        };
    }

    /// <summary>"Kosmos Energy", "Osterby Trading Corporation": after the short form, only legal forms and trades.</summary>
    private static bool CorporateOnly(string owner, string form, Knowledge k) =>
        owner.StartsWith(form + " ", StringComparison.Ordinal) && owner[(form.Length + 1)..].Split(' ').All(k.CorporateSuffixes.Contains);
}
