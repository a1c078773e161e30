
namespace BriefingSite.Extraction.Events;

/// <summary>Cue words that name no event of their own: parts of other words or names, verbs used otherwise, nouns modifying nouns, cues nested in another.</summary>
public static partial class CueFilters
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:crimes?|criminals?|chest|room|games|zone|footing|evasion|regime|relief|list|policy|busting|violations?|monitor|monitoring|experts?|record|campaign(?:er|ers)?|site|season|observers?)\b")]
    private static partial System.Text.RegularExpressions.Regex NounModifier();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:cycles?|calendar|process|schedule)\b")]
    private static partial System.Text.RegularExpressions.Regex SeriesOfPrimaries();

    public static bool IsWeekday(string w) => w.TrimEnd('s').TrimEnd('\'', '’') is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    [System.Text.RegularExpressions.GeneratedRegex(@" (?:Agreements?|Accords?|Treaty|Protocol|Summit|Declaration|Memorandum|Conference|Ceasefire|Charter|Pact)$")]
    private static partial System.Text.RegularExpressions.Regex KindWordEnd();

    /// <summary>"The rally was visited by several thousand people": a crowd that visits attends; it pays no visit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ by (?:several |some |many |about |around |nearly |over |more than |up to )?(?:tens|hundreds?|thousands?|millions?|dozens|scores|crowds|\d)")]
    private static partial System.Text.RegularExpressions.Regex CrowdAgent();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:The|A|An|Its|Their|This|Our)\s+(?:[\w’'-]+\s+){0,3}?(?:cargo|cargoes|shipment|shipments|consignment|delivery|deliveries|goods|freight|train|trains|flight|ship|vessel|tanker|parcel|package|container|containers)\b")]
    private static partial System.Text.RegularExpressions.Regex Goods();

    /// <summary>The sentence before a verb of going opens with goods or a vehicle as its subject ("The 40-tonne cargo left ... and is due in").</summary>
    public static bool GoodsSubject(string before) => Goods().IsMatch(before);

    /// <summary>"to deal with" and "visits" as a present-tense verb of a pronoun are not events.</summary>
    public static bool IsVerbUse(string text, EventCue cue, bool subjectIsPerson)
    {
        var before = EventPhrase.WordsBefore(text, cue.Start, 1);
        var after = text.AsSpan(cue.End).TrimStart();  // a span: copying the rest of the sentence per cue cost more than the test
        // "to deal with", "countries must deal with": the verb; "a deal with Iran", "signed a supply deal with Daewoo": the noun.
        if (cue.Head.Equals("deal", StringComparison.OrdinalIgnoreCase) && (before is ["to"] || after.StartsWith("with", StringComparison.Ordinal)
            && EventPhrase.ModifierStart(text, cue) == cue.Start && before is not (["a" or "A" or "an" or "the" or "The" or "this" or "that" or "its" or "their" or "his" or "her" or "our" or "new" or "any" or "no"]))) return true;
        if (cue.Kind == "war" && before is ["post"] or ["Cold"]) return true;
        // "block the highway in protest", "resigned in protest at": the purpose of another act, not a protest of its own.
        if (cue.Kind == "protest" && !cue.IsVerb && before is ["in"] && cue.Head.Equals("protest", StringComparison.OrdinalIgnoreCase)) return true;
        // "the UN war crimes tribunal", "sanctions evasion": the noun modifies another one.
        if (!cue.IsVerb && NounModifier().IsMatch(after)) return true;
        // "the party's primary election cycle", "the primaries calendar": the run of primaries, not one of them.
        if (!cue.IsVerb && cue.Kind == "primary" && SeriesOfPrimaries().IsMatch(after)) return true;
        if (IsNamePart(text, cue)) return true;
        // "attacks such as last Friday's bombing", "summits like the one in Nice": a kind of event, illustrated by the one that follows.
        if (!cue.IsVerb && SentenceText.Plural(cue.Head) && (after.StartsWith("such as ", StringComparison.Ordinal) || after.StartsWith("like ", StringComparison.Ordinal))) return true;
        // "Erdogan also attacked the proclamation": a person attacking is speaking.
        if (cue.IsVerb && cue.Head == "attacked" && subjectIsPerson) return true;
        if (cue.IsVerb && cue.Head == "visited" && before is ["was" or "were"] && CrowdAgent().IsMatch(text.AsSpan(cue.End))) return true;
        // "a sanctioned tanker", "the PKK is banned": an adjective or a state, not something that happened.
        if (cue.IsVerb && before is ["a"] or ["an"] or ["the"] or ["The"] or ["is"] or ["are"]) return true;
        return false;
    }

    /// <summary>Cue words inside other words or names are dropped before dates are attached: they would take a date from a real event.</summary>
    public static bool IsNamePart(string text, EventCue cue)
    {
        var before = EventPhrase.WordsBefore(text, cue.Start, 1);
        var after = text.AsSpan(cue.End).TrimStart();  // a span: copying the rest of the sentence per cue cost more than the test
        // "war-damaged", "pre-election", "out-of-session": part of another word.
        // "re-election" is an election all the same.
        var reDone = cue.Start >= 3 && text.AsSpan(cue.Start - 3, 3) is "re-" or "Re-" && (cue.Start == 3 || !char.IsLetter(text[cue.Start - 4]));
        if ((cue.Start > 0 && text[cue.Start - 1] == '-' && !reDone) || (cue.End < text.Length && text[cue.End] == '-')) return true;
        // "the Free and Equal Elections Foundation": a capitalised noun followed by another is part of a name.
        // "the Abdou Diouf International Conference Centre": so is an event's name that ends in its kind word and is followed by one.
        if (!cue.IsVerb && (cue.Name is null || cue.Name == cue.Head && KindWordEnd().IsMatch(cue.Head)) && char.IsUpper(cue.Head[0]) && cue.Start > 0 && after.Length > 1 && char.IsUpper(after[0])
            && !EventPhrase.IsCalendarWord(after) && !after.StartsWith("I", StringComparison.Ordinal)) return true;
        // "the Court of Session", "the Council of Ministers": a capitalised noun after "<Name> of" ends a name.
        return !cue.IsVerb && cue.Name is null && char.IsUpper(cue.Head[0]) && before is ["of"]
            && EventPhrase.WordsBefore(text, cue.Start, 2) is [var owner, _] && char.IsUpper(owner[0]);
    }

    public static bool IsAnaphor(string text, int npStart, string modifiers)
    {
        var before = EventPhrase.WordsBefore(text, npStart, 1);
        var det = before.Length == 1 ? before[0] : "";
        var mods = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (mods.Length == 1 && IsWeekday(mods[0])) return true;
        // "the Tuesday summit": a weekday (which ends the modifiers) after "the" points back like "the summit" does.
        if (mods.Length == 0 && IsWeekday(det) && EventPhrase.WordsBefore(text, npStart, 2) is ["the" or "The" or "this" or "This", _]) return true;
        // "the same summit" points back by saying so.
        if (mods is ["same"] && det is "the" or "The" or "that" || mods is ["the" or "The", "same"]) return true;
        return mods.Length == 0 && det is "the" or "The" or "this" or "This" or "that";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:video[ -]?conference|teleconference|video link|videolink)$")]
    private static partial System.Text.RegularExpressions.Regex Means();

    /// <summary>"a meeting of 32 defense ministers' meetings": a cue inside another cue's "of ..." phrase is part of it.</summary>
    public static List<EventCue> DropNested(string text, List<EventCue> cues)
    {
        var kept = new List<EventCue>();
        foreach (var c in cues)
        {
            if (kept.Count > 0 && kept[^1] is var prev && !prev.IsVerb && prev.Kind == c.Kind && c.Start - prev.End < 40)
            {
                var between = text[prev.End..c.Start];
                if (between.TrimStart().StartsWith("of ", StringComparison.Ordinal) && between.IndexOfAny([',', ';', '.']) < 0) continue;
            }
            // "The hearing took place by video conference": the means a gathering told just before was held by is no event of its own.
            if (!c.IsVerb && c.Kind == "meeting" && Means().IsMatch(c.Head) && c.Start >= 3 && text.AsSpan(0, c.Start).EndsWith("by ", StringComparison.Ordinal)
                && kept.LastOrDefault(k => !k.IsVerb && k.Kind is "meeting" or "talks" or "summit" or "trial") is { } gathering && c.Start - gathering.End < 40
                && text.AsSpan(gathering.End, c.Start - gathering.End).IndexOfAny(",;.") < 0)
                continue;
            kept.Add(c);
        }
        return kept;
    }
}
