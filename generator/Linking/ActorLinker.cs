using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Extraction;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Linking;

/// <summary>
/// Merges every article's actor mentions and the curated actor files into the site's actors: one per real-world
/// actor, with a stable slug, its aliases, roles (with article and date), articles and mention count.
/// Curated data wins: its name, kind and description replace what was found; a suppressed actor disappears.
/// </summary>
public static class ActorLinker
{
    private sealed class Draft(string name, ActorKind kind, CuratedActor? curated)
    {
        public string Name = name;
        public ActorKind Kind = kind;
        public CuratedActor? Curated = curated;
        public readonly SortedSet<string> Forms = new(StringComparer.Ordinal);
        public readonly List<string> Articles = [];
        public readonly HashSet<string> ArticleSet = new(StringComparer.Ordinal);
        public readonly List<ActorRole> Roles = [];
        public readonly HashSet<(string Title, string Article)> RoleKeys = [];
        public int Mentions;
    }

    /// <param name="tokenizer">The build's tokenizer when it already has one (loading the knowledge again costs startup time).</param>
    public static StageResult<ActorIndex> Run(ImmutableArray<ContentFile> actorFiles, ImmutableArray<Article> articles, IReadOnlyList<ArticleFacts> facts,
        WordTokenizer? tokenizer = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? knownAliases = null)
    {
        var curatedResult = CuratedActorReader.Read(actorFiles);
        var curated = curatedResult.Value;
        tokenizer ??= Knowledge.Load(curated).Tokenizer;
        var curatedByName = new Dictionary<string, CuratedActor>(StringComparer.Ordinal);
        foreach (var c in curated)
            foreach (var n in c.Names) curatedByName.TryAdd(Slugger.Slugify(n), c);

        var factsBySlug = facts.ToDictionary(f => f.ArticleSlug, StringComparer.Ordinal);
        var personKeys = facts.SelectMany(f => f.Mentions).Where(m => m.Kind == ActorKind.Person && !curatedByName.ContainsKey(Slugger.Slugify(m.Key))).Select(m => m.Key);
        var personRoot = PersonMerger.Merge(personKeys, tokenizer);

        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, string?>(StringComparer.Ordinal);  // article+key → cluster id (null: suppressed)
        foreach (var c in curated.Where(c => !c.Suppress))
            drafts[ClusterId(c.Kind!.Value, c.Name)] = new Draft(c.Name, c.Kind.Value, c);

        foreach (var article in articles)
        {
            if (!factsBySlug.TryGetValue(article.Slug, out var f)) continue;
            foreach (var group in f.Mentions.GroupBy(m => m.Key))
            {
                var first = group.First();
                string? id;
                if (curatedByName.TryGetValue(Slugger.Slugify(first.Key), out var c))
                    id = c.Suppress ? null : ClusterId(c.Kind!.Value, c.Name);
                else
                {
                    var name = first.Kind == ActorKind.Person ? personRoot[first.Key] : first.Key;
                    id = ClusterId(first.Kind, name);
                    if (!drafts.ContainsKey(id)) drafts[id] = new Draft(name, first.Kind, null);
                }
                clusterOf[ActorIndex.LookupKey(article.Slug, group.Key)] = id;
                if (id is null) continue;
                var d = drafts[id];
                // Sets beside the lists keep this linear: a country named in thousands of articles is not searched for each mention.
                if (d.ArticleSet.Add(article.Slug)) d.Articles.Add(article.Slug);
                d.Mentions += group.Count();
                foreach (var m in group)
                {
                    d.Forms.Add(f.Paragraphs[m.Paragraph].Text.Substring(m.Start, m.Length));
                    if (m.Role is { } role && d.RoleKeys.Add((role, article.Slug)))
                        d.Roles.Add(new ActorRole(role, article.Slug, article.Date));
                }
            }
        }

        var slugs = AssignSlugs(drafts);
        var actors = drafts.Select(kv => Build(knownAliases, slugs[kv.Key], kv.Value))
            .OrderByDescending(a => a.MentionCount).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        var index = clusterOf.Where(kv => kv.Value is not null)
            .ToImmutableDictionary(kv => kv.Key, kv => slugs[kv.Value!], StringComparer.Ordinal);
        return new(new ActorIndex(actors, index), curatedResult.Diagnostics);
    }

    private static string ClusterId(ActorKind kind, string name) => kind + ":" + Slugger.Slugify(name);

    /// <summary>Slugs from names; two actors with one slug (a person and a country both "Georgia") are told apart by kind, deterministically.</summary>
    private static Dictionary<string, string> AssignSlugs(Dictionary<string, Draft> drafts)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, d) in drafts.OrderBy(kv => kv.Value.Curated is null ? 1 : 0).ThenBy(kv => kv.Value.Kind).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var slug = Slugger.Slugify(d.Name, fallback: "actor");
            if (!taken.Add(slug))
            {
                var kinded = slug + "-" + d.Kind.ToString().ToLowerInvariant();
                var n = 2;
                slug = kinded;
                while (!taken.Add(slug)) slug = kinded + "-" + n++;
            }
            result[id] = slug;
        }
        return result;
    }

    /// <summary>
    /// "Ricardo Rosselló Nevares", later "Rosselló": the middle word is the surname the text uses and the last a second
    /// surname, so "Ricardo Rosselló" names the same person.
    /// </summary>
    private static IEnumerable<string> FirstSurnameForm(string name, IEnumerable<string> forms)
    {
        var words = name.Split(' ');
        if (words.Length == 3 && forms.Contains(words[1], StringComparer.Ordinal) && !forms.Contains(words[2], StringComparer.Ordinal))
            yield return words[0] + " " + words[1];
    }

    private static Actor Build(IReadOnlyDictionary<string, IReadOnlyList<string>>? knownAliases, string slug, Draft d)
    {
        // What the text called the actor, what an editor curated, and what the shipped knowledge knows it as.
        var known = knownAliases is not null && knownAliases.TryGetValue(d.Name, out var k) ? k : [];
        var aliases = d.Forms.Concat(d.Curated?.Aliases ?? []).Concat(known).Concat(d.Kind == ActorKind.Person ? FirstSurnameForm(d.Name, d.Forms) : [])
            .Where(f => !string.Equals(f, d.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Actor(slug, d.Name, d.Kind, aliases, d.Curated?.Description, d.Articles.ToImmutableArray())
        {
            Roles = d.Roles.OrderBy(r => r.Date?.ToString() ?? "", StringComparer.Ordinal).ThenBy(r => r.ArticleSlug, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToImmutableArray(),
            MentionCount = d.Mentions,
            Links = d.Curated?.Links ?? [],
            Curated = d.Curated is not null,
        };
    }
}
