using System.Collections.Immutable;
using BriefingSite.Extraction;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// People and organizations the site already knows, found again where an article names them bare. "South Korea's
/// Minister of National Defense Kwon Tae-hyun" introduces a person in one article; another article writing only "Kwon
/// Tae-hyun" gives no title or verb to discover him by, yet names the same person. Every full name (two words or more)
/// an article's extraction found for a person is looked for, written exactly so, in every other article; later in such
/// an article the person's surname alone refers back to him. So is every name of two words or more an article found
/// for an organization it discovered ("the shipbuilder Hanwha Ocean", "Germany's ThyssenKrupp Marine Systems"), which a
/// chronology or a follow-up story names again with nothing around it ("ahead of ThyssenKrupp Marine Systems").
/// Runs in Linking, over the cached facts of every article: what one article finds depends on the others, which an
/// article's own cache key cannot know. Linear in the text: a capitalized word is looked up by itself, no name is searched for.
/// </summary>
public static class SiteWideNames
{
    public static IReadOnlyList<ArticleFacts> Apply(IReadOnlyList<ArticleFacts> facts, Knowledge k)
    {
        var (names, shortForms) = Names(facts, k);
        if (names.Count == 0) return facts;
        var result = new List<ArticleFacts>(facts.Count);
        // The first two letters of every name: most capitalized words are passed over without a lookup.
        var starts = new bool[1 << 16];
        foreach (var first in names.Keys) starts[Pair(first[0], first[1])] = true;
        result.AddRange(facts.AsParallel().AsOrdered().Select(f => InArticle(f, names, shortForms, starts, k)));
        return result;
    }

    /// <summary>
    /// Each full name written for a person introduced with a title in front or by a known given name (the evidence that
    /// the words are a person's name and not a place's or a thing's), and each name of two words or more of an
    /// organization the shipped knowledge does not list, by its first word, longest first; a text two keys share, or
    /// that names an actor of another kind elsewhere, is dropped.
    /// </summary>
    private static (Dictionary<string, List<(string Text, string Key, ActorKind Kind)>> Names, Dictionary<string, string> ShortForms) Names(IReadOnlyList<ArticleFacts> facts, Knowledge k)
    {
        var keyOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var otherKinds = new HashSet<string>(StringComparer.Ordinal);
        var strong = new HashSet<string>(StringComparer.Ordinal);
        var lookup = keyOf.GetAlternateLookup<ReadOnlySpan<char>>();
        var organizations = new Dictionary<string, string?>(StringComparer.Ordinal);
        var orgLookup = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        var notOrganizations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in facts)
            foreach (var m in f.Mentions)
            {
                var text = f.Paragraphs[m.Paragraph].Text.AsSpan(m.Start, m.Length);
                if (m.Kind == ActorKind.Organization)
                {
                    otherKinds.Add(m.Key);
                    if (!FullName(text) || !OwnName(text, k)) continue;
                    if (orgLookup.TryGetValue(text, out var owner)) { if (owner != m.Key) orgLookup[text] = null; }
                    else orgLookup[text] = m.Key;
                    continue;
                }
                if (m.Kind != ActorKind.Person) { notOrganizations.Add(m.Key); otherKinds.Add(m.Key); continue; }
                // "the state-owned Brenvale Minerals agreed": a person read from a verb alone does not outweigh another
                // article's evidence that the words name an organization; a role or a given name does.
                if (m.Role is not null || k.GivenNames.Contains(m.Key[..Math.Max(0, m.Key.IndexOf(' '))]))
                {
                    notOrganizations.Add(m.Key);
                    notOrganizations.Add(text.ToString());
                }
                if (!FullName(text)) continue;
                if (TitledBefore(f.Paragraphs[m.Paragraph].Text, m)) strong.Add(m.Key);
                if (lookup.TryGetValue(text, out var key)) { if (key != m.Key) lookup[text] = null; }
                else lookup[text] = m.Key;
            }
        // A listed public figure is found by the extraction wherever named; what is left is the site's own people.
        var listed = k.ListedPeople.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, List<(string Text, string Key, ActorKind Kind)>>(StringComparer.Ordinal);
        foreach (var (text, key) in keyOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (key is null || otherKinds.Contains(text) || listed.Contains(key)) continue;
            if (!strong.Contains(key) && !k.GivenNames.Contains(key[..Math.Max(0, key.IndexOf(' '))])) continue;
            Add(byFirst, text, key, ActorKind.Person);
        }
        // "Hokuyo Trading" and "Hokuyo" of "Hokuyo Trading Corporation": the short forms of each organization's name.
        var shortOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var forms = new OrganizationShortForms(k);
        foreach (var (text, key) in organizations.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (key is null || notOrganizations.Contains(text) || notOrganizations.Contains(key)) continue;
            Add(byFirst, text, key, ActorKind.Organization);
            foreach (var form in forms.Of(text))
                shortOf[form] = shortOf.TryGetValue(form, out var other) && other != key ? null : key;
        }
        var shortForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, key) in shortOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // A form another organization is known by ("Caspian Midstream" beside "Caspian Midstream Engineering") is that one.
            if (key is null || organizations.ContainsKey(form) || form.Contains(' ') && otherKinds.Contains(form) || notOrganizations.Contains(form)) continue;
            if (form.Contains(' ')) Add(byFirst, form, key, ActorKind.Organization);
            else shortForms[form] = key;
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length) is var c and not 0 ? c : string.CompareOrdinal(a.Text, b.Text));
        return (byFirst, shortForms);
    }

    private static void Add(Dictionary<string, List<(string Text, string Key, ActorKind Kind)>> byFirst, string text, string key, ActorKind kind)
    {
        var first = text[..text.IndexOf(' ')];
        if (first.Length < 2) return;
        if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = [];
        list.Add((text, key, kind));
    }

    /// <summary>
    /// An organization's own name, which no other body shares: not one the shipped knowledge lists (the extraction finds
    /// those wherever named), and not made only of words any body's name is made of ("Foreign Affairs Committee",
    /// "Legislative Assembly", "Press Office") or a body every country has ("Chamber of Deputies"), which another article
    /// may use for another country's body.
    /// </summary>
    private static bool OwnName(ReadOnlySpan<char> text, Knowledge k)
    {
        var name = text.ToString();
        var tokens = k.Tokenizer.Tokenize(name, []);
        if (tokens.Count == 0 || k.Names.Match(tokens, 0) is { } known && known.Count == tokens.Count) return false;
        // "Chamber of Deputies", "Supreme Court": a body every country has is named for one country by each article.
        if (k.GovernmentBodies.Match(tokens, 0) is { } body && body.Count == tokens.Count) return false;
        return tokens.Exists(t => t.IsCapitalized && !k.RoleWords.Contains(t.Text) && !k.OrganizationHeads.Contains(t.Text) && !k.FunctionWords.Contains(t.Text)
                                  && !k.GenericNouns.Contains(t.Text) && !k.NonNameWords.Contains(t.Text) && !k.Names.Contains(t.Text));
    }

    /// <summary>
    /// The role stands right before the name ("Senior adviser Hope Hicks", "the minister, Ana Ruiz"); one described
    /// after it (", where he is a partner") is weaker evidence that the words name a person.
    /// </summary>
    private static bool TitledBefore(string text, ActorMention m)
    {
        if (m.Role is not { } role) return false;
        var before = text.AsSpan(0, m.Start).TrimEnd().TrimEnd(',').TrimEnd();
        return before.EndsWith(role, StringComparison.Ordinal);
    }

    /// <summary>Two words or more, the first and last capitalized: "Kwon Tae-hyun", "Ursula von der Leyen", not "Putin".</summary>
    private static bool FullName(ReadOnlySpan<char> text)
    {
        var last = text.LastIndexOf(' ');
        if (last <= 0 || !char.IsUpper(text[0]) || last + 2 >= text.Length || !char.IsUpper(text[last + 1])) return false;
        for (var i = 1; i < text.Length; i++)
            if (text[i - 1] == ' ' && !char.IsLetter(text[i])) return false;
        return true;
    }

    private static ArticleFacts InArticle(ArticleFacts f, Dictionary<string, List<(string Text, string Key, ActorKind Kind)>> names, Dictionary<string, string> shortForms,
        bool[] starts, Knowledge k)
    {
        List<ActorMention>? added = null;
        List<ActorMention>? removed = null;
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var p = 0; p < f.Paragraphs.Length; p++)
        {
            var para = f.Paragraphs[p];
            if (para.IsHeading) continue;
            var text = para.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var next = text.AsSpan(i).IndexOfAny(Capitals);
                if (next < 0) break;
                i += next;
                if (i + 1 >= text.Length || !starts[Pair(text[i], text[i + 1])] || !WordStart(text, i)) continue;
                var space = text.IndexOf(' ', i);
                if (space < 0) break;
                if (!lookup.TryGetValue(text.AsSpan(i, space - i), out var list)) continue;
                foreach (var (name, key, kind) in list)
                {
                    if (!text.AsSpan(i).StartsWith(name, StringComparison.Ordinal) || !Standalone(text, i, i + name.Length, k)) continue;
                    // The organization's name read in this article as a person by a verb alone ("Brenvale Minerals agreed") is the organization.
                    var misread = kind == ActorKind.Organization ? Misread(f, p, i, name, key, shortForms) : NoMentions;
                    if (misread.Count > 0 && Overlaps(f.Mentions.RemoveRange(misread), added, p, i, i + name.Length)) break;
                    if (misread.Count == 0 && Overlaps(f.Mentions, added, p, i, i + name.Length)) break;
                    (removed ??= []).AddRange(misread);
                    (added ??= []).Add(new ActorMention(key, key, kind, p, i, name.Length));
                    i += name.Length - 1;
                    break;
                }
            }
        }
        added ??= [];
        removed ??= [];
        f = SiteShortForms.Apply(f, added, removed, shortForms, k);
        if (added.Count == 0) return f;
        f = f with { Mentions = f.Mentions.RemoveRange(removed) };
        added.AddRange(Surnames(f, added, k));
        return f with { Mentions = f.Mentions.AddRange(added) };
    }

    /// <summary>Read only: what <see cref="Misread"/> stands for when the name is a person's.</summary>
    private static readonly List<ActorMention> NoMentions = [];

    /// <summary>
    /// The article's mentions of an organization's name at <paramref name="start"/> read as a person by a verb alone. A method
    /// of its own, not a lambda in the loop: that made a closure for every name tried at every capital of the site's text.
    /// </summary>
    private static List<ActorMention> Misread(ArticleFacts f, int paragraph, int start, string name, string key, Dictionary<string, string> shortForms)
    {
        var result = new List<ActorMention>();
        foreach (var m in f.Mentions)
            if (m.Paragraph == paragraph && m.Start >= start && m.Start + m.Length <= start + name.Length && m.Kind == ActorKind.Person
                && m.Role is null && (m.Key == name || shortForms.GetValueOrDefault(m.Key) == key))
                result.Add(m);
        return result;
    }

    /// <summary>
    /// After a site-wide name's first mention in the article, its last word alone ("Kwon said") is that person, unless
    /// another person of the article has the same surname or the word is known as something else.
    /// </summary>
    private static List<ActorMention> Surnames(ArticleFacts f, List<ActorMention> added, Knowledge k)
    {
        var found = new List<ActorMention>();
        var others = f.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).ToList();
        foreach (var first in added.Where(m => m.Kind == ActorKind.Person).GroupBy(m => m.Key, StringComparer.Ordinal).Select(g => g.First()))
        {
            var surname = first.Key[(first.Key.LastIndexOf(' ') + 1)..];
            if (surname.Length < 3 || !char.IsUpper(surname[0]) || k.Names.Contains(surname) || k.FunctionWords.Contains(surname)
                || others.Exists(o => o == surname || o.EndsWith(" " + surname, StringComparison.Ordinal))
                || added.Exists(a => a.Key != first.Key && a.Key.EndsWith(" " + surname, StringComparison.Ordinal))) continue;
            for (var p = first.Paragraph; p < f.Paragraphs.Length; p++)
            {
                if (f.Paragraphs[p].IsHeading) continue;
                var text = f.Paragraphs[p].Text;
                for (var at = text.IndexOf(surname, p == first.Paragraph ? first.Start + first.Length : 0, StringComparison.Ordinal); at >= 0;
                     at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
                    if (WordStart(text, at) && Standalone(text, at, at + surname.Length, k) && !Overlaps(f.Mentions, added, p, at, at + surname.Length)
                        && !found.Exists(m => m.Paragraph == p && m.Start == at))
                        found.Add(new ActorMention(first.Key, first.Key, ActorKind.Person, p, at, surname.Length));
            }
        }
        return found;
    }

    /// <summary>The capital letters names start with (Latin, with accents): the text between them is skipped unread.</summary>
    private static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x250).Select(c => (char)c).Where(char.IsUpper).ToArray());

    private static int Pair(char a, char b) => (a ^ (b << 7)) & 0xFFFF;

    private static bool WordStart(string text, int i) => i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'' or '’' or '.');

    /// <summary>
    /// The name is not part of a longer capitalized run: no capitalized word right after it, none joined to it by "and" or
    /// "of", and none right before it other than an owner ("South Korea's"), a title ("Minister") or a word that opens
    /// sentences ("The", "But").
    /// </summary>
    private static bool Standalone(string text, int start, int end, Knowledge k)
    {
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) return false;
        if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) return false;
        if (start < 2 || text[start - 1] != ' ') return true;
        var from = start - 1;
        while (from > 0 && text[from - 1] != ' ') from--;
        var previous = text[from..(start - 1)];
        // "Bank of Brenvale", "Public and Commercial Services Union": a connector inside a longer capitalized name ("and"
        // only after a word of titles and bodies: "Kishimoto and Batbayar Oyunchimeg" are two names).
        if (previous is "of" or "for" or "&" or "and" && from >= 2 && text[from - 1] == ' ' && WordBefore(text, from - 1) is { } before
            && char.IsUpper(before[0]) && (previous != "and" || k.RoleWords.Contains(before))) return false;
        if (previous.Length == 0 || !char.IsUpper(previous[0]) || !char.IsLetter(previous[^1])) return true;
        if (previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal)) return true;
        return k.RoleWords.Contains(previous) || k.Honorifics.Contains(previous) || k.FunctionWords.Contains(previous);
    }

    private static string? WordBefore(string text, int end)
    {
        var from = end;
        while (from > 0 && text[from - 1] != ' ') from--;
        return from < end ? text[from..end] : null;
    }

    private static bool Overlaps(ImmutableArray<ActorMention> mentions, List<ActorMention>? added, int p, int start, int end)
    {
        foreach (var m in mentions)
            if (m.Paragraph == p && m.Start < end && start < m.Start + m.Length) return true;
        if (added is not null)
            foreach (var m in added)
                if (m.Paragraph == p && m.Start < end && start < m.Start + m.Length) return true;
        return false;
    }
}
