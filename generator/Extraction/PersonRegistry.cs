using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// The people of one article: full names found by discovery, with the shorter forms that refer back to them
/// ("Cavo Dragone", "Dragone", "Rutte"). A lone name seen with a title ("President Trump", "Sir Keir") joins the
/// full name it ends or begins; otherwise it is a listed person's surname if one matches, else a person of its own.
/// Two people sharing a surname leave the surname with the one introduced with the longer name first.
/// </summary>
public sealed class PersonRegistry
{
    public Gazetteer Forms { get; }

    public PersonRegistry(IReadOnlyList<PersonCandidate> candidates, Knowledge k, ListedPersonForms listedForms)
    {
        var listed = listedForms.Forms;
        var order = candidates.Select((c, i) => (c, i))
            .OrderByDescending(x => x.c.NameTokens.Count(IsNameWord))
            // Bodies read by their cues first ("Litgrid said" stays the grid operator); people in the order the text
            // introduces them, whichever rule found them ("Usman Khan" before "Mayor of London Sadiq Khan" keeps "Khan").
            .ThenBy(x => x.c.Kind == ActorKind.Person ? (1, x.c.Paragraph, x.c.Start) : (0, 0, 0)).ThenBy(x => x.i).Select(x => x.c);
        var claimed = new Dictionary<string, (string Key, ActorKind Kind)>(StringComparer.Ordinal);
        // Listed people's forms lie under the article's own, less those the article gives to someone of its own.
        Forms = new Gazetteer(listedForms.Bare, f => claimed.ContainsKey(f));
        TitledForms = new Gazetteer(listedForms.Titled, f => claimed.ContainsKey(f));
        var firstNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in order)
        {
            var text = c.Name;
            if (claimed.ContainsKey(text)) continue;
            if (c.Kind != ActorKind.Person)
            {
                // "the Foreign Ministry of Iraq" is written one way and named another ("Ministry of Foreign Affairs of Iraq").
                claimed[text] = (text, c.Kind);
                if (c.Key is not null) claimed.TryAdd(NameText.Join(c.NameTokens), (text, c.Kind));
                // "the Connecticut Department of Emergency Services" is later just "the Department of Emergency Services".
                if (WithoutLeadingPlace(c.NameTokens, k) is { } rest) claimed.TryAdd(rest, (text, c.Kind));
                continue;
            }
            var words = c.NameTokens.Count(IsNameWord);
            if (words == 1 && firstNames.TryGetValue(text, out var owners) && owners.Count == 1) { claimed[text] = (owners[0], ActorKind.Person); continue; }
            // "Rodrigo Valdivieso" after "Rodrigo Valdivieso Lagos": a double surname written short;
            // "Minister Valdivieso": the first of the two surnames is what the person is called alone.
            if (words <= 2 && c.Key is null && prefixes.TryGetValue(text, out var longer) && longer.Count == 1) { claimed[text] = (longer[0], ActorKind.Person); continue; }
            if (words == 1 && listed.ContainsKey(text)) continue;
            // "John R. Bolton" is John Bolton: the middle initial is dropped from the name and both forms refer to him.
            var plain = c.Key is null ? WithoutMiddleInitials(c.NameTokens) : c.NameTokens;
            var key = plain.Count == c.NameTokens.Count ? text : NameText.Join(plain);
            if (words > 1) Add(firstNames, c.NameTokens[0], key);
            if (words == 3 && c.NameTokens.Count == 3)
            {
                Add(prefixes, NameText.Join(c.NameTokens.Take(2)), key);
                Add(prefixes, c.NameTokens[1], key);
                // "Elijah Eugene Cummings ... Elijah Cummings": in one article, the first and last word of a three-word name
                // are that person with the middle name left out, whatever kind of name the middle one is.
                if (IsNameWord(c.NameTokens[1])) Add(prefixes, c.NameTokens[0] + " " + c.NameTokens[2], key);
            }
            // "Nurul Ain" after "Nurul Ain Abdul Rahman": a four-word name is called by its first two (the given names
            // before a patronymic).
            // "Ambassador Lemos" after "Duarte Abreu Lemos Quaresma": two given names and two surnames, the first surname
            // is what the person is called alone.
            if (words == 4 && c.NameTokens.Count == 4)
            {
                Add(prefixes, NameText.Join(c.NameTokens.Take(2)), key);
                Add(prefixes, c.NameTokens[2], key);
            }
            claimed.TryAdd(text, (key, ActorKind.Person));
            // "Qaboos bin Said" is "Qaboos" alone: before a patronymic the given name is what the person is called.
            if (c.NameTokens.Count >= 3 && c.NameTokens[1] is "bin" or "ibn" or "bint") claimed.TryAdd(c.NameTokens[0], (key, ActorKind.Person));
            foreach (var form in FormsOf(c.NameTokens).Concat(FormsOf(plain)))
            {
                claimed.TryAdd(form, (key, ActorKind.Person));
                // "von der Leyen" opens a sentence as "Von der Leyen".
                if (char.IsLower(form[0])) claimed.TryAdd(char.ToUpperInvariant(form[0]) + form[1..], (text, ActorKind.Person));
            }
        }
        // "Yahya Sarea" then "Saree said": a lone name one letter off the surname of exactly one full name is that person, misspelt.
        foreach (var c in candidates.Where(c => c.Kind == ActorKind.Person && c.Key is null && c.NameTokens.Count == 1))
        {
            if (!claimed.TryGetValue(c.Name, out var own) || own.Key != c.Name) continue;
            var owners = claimed.Values.Where(v => v.Kind == ActorKind.Person && v.Key.Contains(' ') && OneLetterApart(v.Key[(v.Key.LastIndexOf(' ') + 1)..], c.Name))
                .Select(v => v.Key).Distinct(StringComparer.Ordinal).ToList();
            if (owners.Count == 1) claimed[c.Name] = (owners[0], ActorKind.Person);
        }
        foreach (var (form, owner) in claimed)
            Forms.Add(form, new KnownName(owner.Key, owner.Kind), k.Tokenizer);
    }

    /// <summary>Surnames of listed people that stand for them only after a title or honorific ("President Costa").</summary>
    public Gazetteer TitledForms { get; }

    /// <summary>Surname forms of curated and listed people; a form two of them share is kept with a null key (ambiguous).</summary>
    internal static Dictionary<string, (string? Key, bool Bare)> ListedForms(Knowledge k)
    {
        var forms = new Dictionary<string, (string? Key, bool Bare)>(StringComparer.Ordinal);
        foreach (var (key, names, _, bare) in k.ListedPeople)
            foreach (var form in names.SelectMany(n => FormsOf(k.Tokenizer.Tokenize(n, []).Select(t => t.Text).ToList()).Skip(1)))
                if (!forms.TryAdd(form, (key, bare)) && forms[form].Key != key) forms[form] = (null, false);
        // A short form the list gives on purpose ("Bush" for George W. Bush, not his father) is that person's, whoever else
        // a derived surname would have shared it with; two people given the same short form share it with nobody.
        var given = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, _, shortForms, _) in k.ListedPeople)
            foreach (var form in shortForms)
                given[form] = given.TryGetValue(form, out var other) && other != key ? null : key;
        foreach (var (form, key) in given)
            forms[form] = (key, key is not null && k.ListedPeople.First(p => p.Key == key).Bare);
        return forms;
    }

    private static string? WithoutLeadingPlace(IReadOnlyList<string> name, Knowledge k)
    {
        var tokens = k.Tokenizer.Tokenize(NameText.Join(name), []);
        return tokens.Count >= 3 && k.Names.Match(tokens, 0) is { Name.IsActor: false } place && tokens.Count - place.Count >= 2
            ? NameText.Join(tokens.Skip(place.Count).Select(t => t.Text).ToList())
            : null;
    }

    private static void Add(Dictionary<string, List<string>> d, string key, string value)
    {
        if (!d.TryGetValue(key, out var list)) d[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    /// <summary>The full name, then each shorter ending that starts with a word: "Giuseppe Cavo Dragone", "Cavo Dragone", "Dragone".</summary>
    public static IEnumerable<string> FormsOf(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && (!IsNameWord(tokens[i]) || tokens[i - 1] == "-")) continue;
            // An initial alone ("J."), a numeral ("III") or a suffix ("Jr.") never stands for the person.
            var rest = tokens.Skip(i).ToList();
            if (rest.Count == 1 && (rest[0].EndsWith('.') || rest[0].Length < 2 || rest[0].All(c => "IVX".Contains(c)))) continue;
            yield return NameText.Join(rest);
        }
    }

    private static IReadOnlyList<string> WithoutMiddleInitials(IReadOnlyList<string> tokens)
    {
        var kept = tokens.Where((t, i) => i == 0 || i == tokens.Count - 1 || !IsInitial(t)).ToList();
        return kept.Count >= 2 && kept.Count < tokens.Count ? kept : tokens;
    }

    /// <summary>Two spellings of one surname: five letters or more, the same first letter, one letter changed, added or dropped, or two neighbours swapped.</summary>
    internal static bool OneLetterApart(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || a == b || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        var (ra, rb) = a.Length == b.Length ? (a[(i + 1)..], b[(i + 1)..]) : a.Length > b.Length ? (a[(i + 1)..], b[i..]) : (a[i..], b[(i + 1)..]);
        // "Barrioneuvo" for "Barrionuevo": two neighbouring letters swapped is one slip too.
        var swapped = a.Length == b.Length && i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && string.Equals(a[(i + 2)..], b[(i + 2)..], StringComparison.Ordinal);
        return swapped || string.Equals(ra, rb, StringComparison.Ordinal);
    }

    private static bool IsInitial(string token) => token.Length is 1 or 2 && char.IsUpper(token[0]) && (token.Length == 1 || token[1] == '.');

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsLetter(token[0]);
}
