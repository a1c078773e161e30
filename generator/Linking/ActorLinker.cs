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
        public string Slug = "";
        /// <summary>What the text called the actor; sorted when the actor is built.</summary>
        public readonly HashSet<string> Forms = new(StringComparer.Ordinal);
        public readonly List<string> Articles = [];
        /// <summary>The position of the last article added to <see cref="Articles"/>: articles are visited once each, in order.</summary>
        public int LastArticle = -1;
        public readonly List<ActorRole> Roles = [];
        public readonly HashSet<(string Title, string Article)> RoleKeys = [];
        public int Mentions;
    }

    /// <param name="tokenizer">The build's tokenizer when it already has one (loading the knowledge again costs startup time).</param>
    public static StageResult<ActorIndex> Run(ImmutableArray<ContentFile> actorFiles, ImmutableArray<Article> articles, IReadOnlyList<ArticleFacts> facts,
        WordTokenizer? tokenizer = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? knownAliases = null, IReadOnlySet<string>? givenNames = null,
        IReadOnlySet<string>? peerTitles = null)
    {
        var curatedResult = CuratedActorReader.Read(actorFiles);
        var curated = curatedResult.Value;
        tokenizer ??= Knowledge.Load(curated).Tokenizer;
        var curatedByName = new Dictionary<string, CuratedActor>(StringComparer.Ordinal);
        foreach (var c in curated)
            foreach (var n in c.Names) curatedByName.TryAdd(Slugger.Slugify(n), c);

        // The same keys recur in thousands of articles: each is slugged and resolved once.
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string SlugOf(string text)
        {
            if (!slugOf.TryGetValue(text, out var slug)) slugOf[text] = slug = Slugger.Slugify(text);
            return slug;
        }
        var factsBySlug = new Dictionary<string, ArticleFacts>(facts.Count, StringComparer.Ordinal);
        var personKeys = new HashSet<string>(StringComparer.Ordinal);
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        // "Elijah Cummings" written in an article for its "Elijah Eugene Cummings": the shorter name stands for that person.
        var writtenShorter = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var peerNamed = new HashSet<string>(StringComparer.Ordinal);
        var otherwiseNamed = new HashSet<string>(StringComparer.Ordinal);
        var peerOfFullName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            factsBySlug.Add(f.ArticleSlug, f);
            foreach (var m in f.Mentions)
                if (m.Kind == ActorKind.Person)
                {
                    personKeys.Add(m.Key);
                    if (peerTitles is not null && peerTitles.Contains(WordBefore(f.Paragraphs[m.Paragraph].Text, m.Start)))
                        (m.Key.Contains(' ') ? peerOfFullName : peerNamed).Add(m.Key);
                    else if (peerTitles is not null && !m.Key.Contains(' ')) otherwiseNamed.Add(m.Key);
                    if (m.Length < m.Key.Length && m.Key.AsSpan().Count(' ') == 2
                        && f.Paragraphs[m.Paragraph].Text.AsSpan(m.Start, m.Length) is var written && written.Count(' ') == 1)
                    {
                        var slug = SlugOf(written.ToString());
                        if (!writtenShorter.TryGetValue(slug, out var owners)) writtenShorter[slug] = owners = new HashSet<string>(StringComparer.Ordinal);
                        owners.Add(m.Key);
                    }
                }
                else if (m.Kind == ActorKind.Organization) organizations.Add(SlugOf(m.Key));
        }
        var personRoot = PersonMerger.Merge(personKeys.Where(k => !curatedByName.ContainsKey(SlugOf(k))), tokenizer, givenNames, writtenShorter);
        // "sitting with Lord Osborne and Lord Hamilton": a title name written only after a peer's title is not the commoner
        // of that surname another article names ("Neil Hamilton"), unless some article calls that person by the title too
        // ("Peter Goldsmith ... Lord Goldsmith").
        foreach (var key in peerNamed)
            if (!otherwiseNamed.Contains(key) && personRoot.TryGetValue(key, out var root) && !peerOfFullName.Contains(root)) personRoot[key] = key;

        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var resolved = new Dictionary<(string Key, ActorKind Kind), Draft?>();  // null: suppressed
        foreach (var c in curated.Where(c => !c.Suppress))
            drafts[ClusterId(c.Kind!.Value, c.Name)] = new Draft(c.Name, c.Kind.Value, c);
        Draft? Resolve(ActorMention first)
        {
            if (resolved.TryGetValue((first.Key, first.Kind), out var known)) return known;
            Draft? d;
            if (curatedByName.TryGetValue(SlugOf(first.Key), out var c))
                d = c.Suppress ? null : drafts[ClusterId(c.Kind!.Value, c.Name)];
            else
            {
                var name = first.Kind == ActorKind.Person ? personRoot[first.Key] : first.Key;
                // A one-word "person" ("Varnotek said") that another article shows to be an organization ("Varnotek's
                // chief executive") is that organization: a person's surname alone is read as the full name found elsewhere.
                var kind = first.Kind == ActorKind.Person && !name.Contains(' ') && organizations.Contains(SlugOf(name)) ? ActorKind.Organization : first.Kind;
                var id = kind + ":" + SlugOf(name);
                if (!drafts.TryGetValue(id, out d)) drafts[id] = d = new Draft(name, kind, null);
            }
            return resolved[(first.Key, first.Kind)] = d;
        }

        var keysByArticle = new List<(string Article, List<(string Key, Draft Actor)> Keys)>(articles.Length);
        var groups = new ActorMentionGroups();
        for (var position = 0; position < articles.Length; position++)
        {
            var article = articles[position];
            if (!factsBySlug.TryGetValue(article.Slug, out var f)) continue;
            var keys = new List<(string Key, Draft Actor)>();
            keysByArticle.Add((article.Slug, keys));
            groups.Split(f.Mentions);
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups.Members(g);
                if (Resolve(f.Mentions[group[0]]) is not { } d) continue;
                keys.Add((f.Mentions[group[0]].Key, d));
                if (d.LastArticle != position) { d.LastArticle = position; d.Articles.Add(article.Slug); }
                d.Mentions += group.Length;
                foreach (var i in group)
                {
                    var m = f.Mentions[i];
                    var text = f.Paragraphs[m.Paragraph].Text.AsSpan(m.Start, m.Length);
                    if (!d.Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)) d.Forms.Add(text.ToString());
                    if (m.Role is { } role && d.RoleKeys.Add((role, article.Slug)))
                        d.Roles.Add(new ActorRole(role, article.Slug, article.Date));
                }
            }
        }

        AssignSlugs(drafts);
        var countries = CountryNames(drafts.Values, knownAliases);
        var actors = drafts.Values.Select(d => Build(knownAliases, countries, d))
            .OrderByDescending(a => a.MentionCount).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        var index = new Dictionary<string, IReadOnlyDictionary<string, string>>(keysByArticle.Count, StringComparer.Ordinal);
        foreach (var (slug, keys) in keysByArticle)
        {
            var map = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
            foreach (var (key, d) in keys) map[key] = d.Slug;
            index[slug] = map;
        }
        return new(new ActorIndex(actors, index), curatedResult.Diagnostics);
    }

    private static string ClusterId(ActorKind kind, string name) => kind + ":" + Slugger.Slugify(name);

    /// <summary>Slugs from names; two actors with one slug (a person and a country both "Georgia") are told apart by kind, deterministically.</summary>
    private static void AssignSlugs(Dictionary<string, Draft> drafts)
    {
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
            d.Slug = slug;
        }
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

    /// <summary>Each name and alias of the site's countries, to the country's name ("Kyrgyz Republic" → Kyrgyzstan).</summary>
    private static Dictionary<string, string> CountryNames(IEnumerable<Draft> drafts, IReadOnlyDictionary<string, IReadOnlyList<string>>? knownAliases)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.Kind == ActorKind.Country).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            names.TryAdd(d.Name, d.Name);
            var known = knownAliases is not null && knownAliases.TryGetValue(d.Name, out var k) ? k : [];
            foreach (var a in known.Concat(d.Curated?.Aliases ?? [])) names.TryAdd(a, d.Name);
        }
        return names;
    }

    private static Actor Build(IReadOnlyDictionary<string, IReadOnlyList<string>>? knownAliases, Dictionary<string, string> countries, Draft d)
    {
        // What the text called the actor, what an editor curated, what the shipped knowledge knows it as, and the names
        // reference works file it under.
        var known = knownAliases is not null && knownAliases.TryGetValue(d.Name, out var k) ? k : [];
        var aliases = d.Forms.Concat(d.Curated?.Aliases ?? []).Concat(known).Concat(d.Kind == ActorKind.Person ? FirstSurnameForm(d.Name, d.Forms) : [])
            .Concat(FilingNames.Of(d.Name, d.Kind, countries))
            .Where(f => !string.Equals(f, d.Name, StringComparison.Ordinal))
            .SortedDistinct();
        return new Actor(d.Slug, d.Name, d.Kind, aliases, d.Curated?.Description, d.Articles.ToImmutableArray())
        {
            Roles = d.Roles.OrderBy(r => r.Date?.ToString() ?? "", StringComparer.Ordinal).ThenBy(r => r.ArticleSlug, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToImmutableArray(),
            MentionCount = d.Mentions,
            Links = d.Curated?.Links ?? [],
            Curated = d.Curated is not null,
        };
    }

    /// <summary>The word right before <paramref name="start"/> in <paramref name="text"/> ("Lord" of "Lord Hamilton"), or "".</summary>
    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        return text[from..end];
    }
}
