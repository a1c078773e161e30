using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Finds the words that signal events in a sentence: nouns ("meeting", "phone call", "ceasefire deal"), a few verbs
/// ("met with", "hosted", "visited") and proper names of events ("Minsk II", "the Paris Agreement").
/// Whether a cue becomes an event is decided later (it needs an anchor: a date, place, name or participants).
/// </summary>
public static partial class EventCueFinder
{
    [GeneratedRegex(@"\b(?<!\b(?:vice|anti|post|pre|non|inter)-)(?:(?<meeting>ministerial|meetings?|gathering|session|conference|hearings?)|(?<summit>summit)|(?<talks>talks|negotiations|peace conference|consultations)|(?<call>(?:phone|telephone|video) (?:calls?|conversations?)|call (?=with|between)|calls (?=between)|calls?(?=,? on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)))|(?<visit>state visit|(?<!\b(?:became|was) the first (?:[\w’'-]+ ){1,10}?to )visits?|trips?|tour (?=of))|(?<agreement>(?:ceasefire|cease-fire|peace) (?:deal|agreement|accord)|agreements?|contract(?! (?:worker|staff|killer|law)s?\b)|accords?|deal|ceasefire|cease-fire|truce|treaty|armistice|memorandum(?: of understanding)?|protocol(?! (?:officers?|chief|department|rules|violations?|breach)))|(?<invasion>full-scale invasion|invasion|annexation|incursion)|(?<war>war|battle)|(?<press>news conference|press conference|press briefing|news briefing|briefing)|(?<announcement>announcement)|(?<attack>(?:drone|missile|rocket|air|military) (?:strikes?|attacks?)|airstrikes?|(?<=(?:a|an|the|U\.S\.|US) )strike(?= (?:on|against) )|shelling|bombings?|shootings?|explosions?|coup|(?:military )?offensive|attacks?|fighting(?= (?:flared|began|broke out|erupted))|clashes|crackdown(?= (?:on|against)\b))|(?<sanctions>sanctions|(?:arms |trade |oil )?embargo(?:es)?)|(?<resignation>resignation|dismissal|ouster)|(?<withdrawal>withdrawal)|(?<deployment>deployment|mission)|(?<incident>crash|collision|downing|sabotage|damage(?= to)|seizure(?= of))|(?<exercise>(?:joint |military |naval )?exercises?|drills)|(?<election>elections?|referend(?:um|ums|a)|vote|ratification)|(?<speech>speech|address(?= to))|(?<death>death|assassination(?! (?:plots?|attempts?))|killing)|(?<decision>ruling|verdict|decision(?= to (?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]{2,})|judg(?:e)?ment(?! (?:call|day))|prorogation|suspension(?= of (?:the )?(?:[A-Z]|parliament)))|(?<appointment>appointment|nomination|inauguration)|(?<arrest>arrest(?= (?:of|in|on|last|by)\b))|(?<protest>protests?|demonstrations?|rally|rallies|(?<=-(?:day|week|hour|month) )strikes?)|(?<trial>(?:impeachment )?trial|lawsuit|impeachment(?! (?:inquiry|investigation|proceedings|managers|articles))|raid(?= on))|(?<announcement>declaration|statement(?= on| that))|(?<independence>independence))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nouns();

    /// <summary>Natural hazards, any case: what "struck" in "an earthquake struck" is an incident, not an attack.</summary>
    private const string Hazards = "(?i:earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|lightning|waves?|blizzards?|avalanches?|landslides?|mudslides?|wildfires?|droughts?|disasters?)";

    /// <summary>What may stand between a hazard and "struck": "the storm, which later struck".</summary>
    private const string HazardLead = "(?:,? (?:which|that|and))?(?: (?:later|also|then|first|again))? ";

    [GeneratedRegex(@"\b(?:(?<meeting>(?:met|meets|meet|meeting) with|(?<=\b(?:ministers|leaders|counterparts|officials|delegates|delegations|envoys|presidents|negotiators|representatives|respectively,) )(?:gathered|convened) (?=in|at)|(?<!\b(?:been|be|being|was|were|is|are|not|never|had|have|has|were|expectations|demands|concerns|needs|targets|conditions) )met(?=[,.;])|hosted|will host|met(?= (?:then[ -])?[A-Z])|met(?= (?:in|at) [A-Z])|will meet|(?:is|are|was|were) (?:already |also |now )?(?:due|set|scheduled|expected) to (?:meet|discuss|vote on|consider)|met(?= (?:on|last|this|yesterday|earlier|later) )|met(?= (?:here|there|again|briefly|privately|informally|overnight)\b)|met(?= (?:the|his|her|their) (?:[A-Z]|[\w-]+ (?:counterparts?|delegations?)\b))|(?:(?:was|were)(?: also| then| later| first)?|will(?: also| then| later| first)? be|had been|has been|is to be|are to be) received by(?= (?:the )?[A-Z])|(?:will receive|received|receives)(?= (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:counterparts?|delegations?|envoys?|ambassadors?|ministers?|presidents?)\b)|summoned(?= (?:the )?(?:[A-Z]|[\w-]+ (?:ambassador|envoy)))|(?:is|are|was|were) to meet|would (?:then |also )?meet(?= (?:the |his |her |their )?[A-Z]| with\b)|meets?(?= (?:separately|again|in|at|on|next|later|today|tomorrow|tonight|this)\b))|(?<visit>(?:became|was) the first (?:[\w’'-]+ ){1,10}?to visit(?= (?:the )?[A-Z])|visited|will visit|will (?:travel|fly) to(?= [A-Z])|(?:is|are) (?:travell?ing|flying|going|heading) to(?= [A-Z][a-z])|(?<=[A-Z][\w’'-]+, )visiting(?= [A-Z]\w+(?: [A-Z]\w+)?,)|(?<=\b(?:he|she|He|She) )(?:was|is) in(?= [A-Z]\w+ (?:earlier|last|this|on|yesterday)\b)|travell?ed to|arrived in|(?:came|flew) to(?= [A-Z])|(?:is|are) due in(?= [A-Z]))|(?<call>(?:spoke|talked|speaks) with(?= (?:[A-Z]|his |her |their ))|(?<=\b(?:[Tt]he two|[Bb]oth)(?: [a-z]+)? (?:(?:last|also|briefly|again) )?)spoke(?= (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d)|yesterday|last (?:week|month)|earlier (?:this|in)))|(?:spoke|talked) to(?= [A-Z])|spoke (?:by|on the) (?:tele)?phone|phoned|telephoned|(?<!\b(?:said|says|say|added|adds|told (?:[A-Z][\w’'-]+|reporters|journalists|us|him|her|them)) )by (?:tele)?phone(?= with| on| to|,|\.| and| last| this))|(?<invasion>invaded|annexed)|(?<announcement>announced|announcing(?= that\b)|unveiled|pledged(?= to [a-z]+)|proposed(?= (?:a|an|the|to|its|their|his|her|new)\b)|acknowledged|(?:is|was) declared the winner|declared|issued a statement|(?:is|are|was|were) expected to announce|launch(?:ed|es|ing)(?= (?:a|an|the|its|their) (?:[\w-]+ ){0,4}(?:tender|inquiry|investigation|initiative|programme|program|campaign|review|probe|Team|Mission|Force|Fund|Initiative|Group)\b))|(?<press>told the press|address(?:ed|ing) the press|told a news conference)|(?<incident>(?<=\b(?<hazard>" + Hazards + ")" + HazardLead + @")struck)|(?<attack>shelled|bombed|attacked|(?<!\b" + Hazards + HazardLead + @")struck(?! (?:a|an|the) (?:[\w-]+ ){0,2}?(?:deal|agreement|tone|note|balance|chord|compromise|bargain)s?\b)|launched (?:missiles|rockets|strikes|airstrikes|drones|an attack|a (?:military )?offensive)|began a (?:military )?offensive|shot down|opened fire(?= on)|rammed(?= (?:and sank )?(?:a|an|the|two|\d)))|(?<sanctions>banned|sanctioned|imposed sanctions|imposed (?:its |an |a |the |new )?(?:arms |trade |oil )?(?:ban|embargo)|lift(?:ed|s)? (?:the|its|an|a) (?:arms |trade |oil )?(?:ban|embargo|sanctions)|designated(?= (?:the )?[A-Z]))|(?<election>confirmed(?= (?:him|her|them|his|their)\b)|(?:approved|approves|backed|adopted|adopts|rejected|rejects|vetoed|vetoes|passed)(?= (?:on |in |the |a |an |it |its |his |her |their |this |that |[A-Z]|\d|by \d))|(?:was|were) (?:defeated|approved|adopted|rejected|passed)(?= (?:on |in |by \d|last |this |yesterday)))|(?<arrest>was arrested|were arrested|arrested(?= (?:[A-Z]|the |\d|" + CountedGroups.NumberWords + @" ))|was detained|were detained|detained(?= [A-Z]))|(?<resignation>resigned|resigns|ousted|stepped down|steps down|was fired|was dismissed|(?:(?:is|are|was|were) to|will|would) (?:resign|step down|leave office)|left office|leaves office)|(?<appointment>will be naming|(?:takes|took|will take|to take|is to take) over the (?:rotating )?presidency|began serving as|(?:is|are|was|were|will be|has been|have been) (?:(?:set|expected|due) to be )?replaced by|(?:was|were) inaugurated|will name|(?:is|are) to name|was appointed|were appointed|appointed|was elected|were elected|was re-elected|was sworn in|took office|nominated)|(?<death>died|(?:was|were|has been|have been|had been) killed|killed(?= (?:[A-Z]|(?:the )?(?:general|commander|leader) [A-Z]))|assassinated(?= [A-Z])|was assassinated|was shot dead|passed away)|(?<speech>delivered a speech|gave a speech|addressed (?:the|a) (?:nation|parliament|conference|summit|assembly|rally|crowd|congress|UN|United Nations))|(?<withdrawal>withdrew|pulled out|withdraw(?:s|n)?(?= (?:a|the|its|his|her) (?:[\w-]+ ){0,2}(?:bill|law|legislation|proposal|nomination|candidacy)\b))|(?<deployment>deployed|began deploying)|(?<incident>(?:was|were) boarded(?= by)|boarded(?= (?:a|an|the) (?:[\w-]+ ){0,2}(?:vessel|ship|tanker|freighter|carrier|trawler|boat|ferry|yacht)s?\b| the [A-Z])|seized(?= (?:a|an|the|two|three|four|five|\d+) (?:[\w-]+ ){0,3}(?:boats?|vessels?|ships?|tankers?|trawlers?|ferry|ferries|aircraft|planes?)\b)|crashed|(?:gave|had given|has given) way(?! to\b)|was damaged|were damaged|(?:was|were) poisoned|fell (?:seriously |critically )?ill|(?<!\bto (?:have )?)(?:has |have |had )?tested positive|tests positive)|(?<evacuation>(?:was|were) (?:airlifted|evacuated|flown))|(?<protest>(?<=\b(?:[Pp]rotesters|[Dd]emonstrators|[Mm]archers)\b[^.;:!?“”""]{0,80}? )(?<!\b(?:was|were|been|be|being|is|are) )(?:gathered|rallied|marched|massed|converged)(?= (?:in|at|outside|around|near|on|through|along|in front of|to)\b)|(?<=\b(?:[Tt]housands|[Hh]undreds|[Mm]illions|(?:\d[\d,.]*|thousand|hundred|million) (?:people|[a-z]+(?:s|men)(?: and [a-z]+(?:s|men))?))\b[^.;:!?“”""]{0,40}? )(?<!\b(?:was|were|been|be|being|is|are) )(?:rallied|marched|demonstrated)(?= (?:in|at|outside|around|near|on|through|along|in front of|to)\b)|(?<=\b(?:[A-Z][a-z]+(?:ans|ese)|[Pp]rotesters|[Dd]emonstrators|[Ss]tudents|[Ww]orkers|[Tt]housands|[Hh]undreds|[Rr]esidents|[Ff]armers|[Mm]iners|[Dd]octors|[Nn]urses|[Tt]eachers) )protested\b(?! (?:that|to)\b)|(?:blocked|blocks|block) (?:(?:a|the|main|major|several) )?(?:[\w-]+ )?(?:roads?|highways?|streets?|bridges?|railways?|border crossings?)\b)|(?<independence>became independent|declared independence)|(?<trial>impeached|(?:heard|hears|will hear) (?:arguments|the case|an appeal|the appeal)|(?:voted|vote) to impeach)|(?<agreement>agreed (?:to|on) (?!(?:a|an|the|this|that|its|their|his|her|any|it|do|be)\b)(?=[a-z]{3,})|agreed (?:the|a) (?:final |draft |full )?(?:text|wording|terms) of\b)|(?<release>(?<=(?:crew|members|hostages?|prisoners?|detainees?|sailors|fishermen|captives|journalists?|[A-Z][\w-]+) )(?:were|was|have been|has been|had been) (?:released|freed))|(?<decision>extended the mandate|suspended (?:the )?[Pp]arliament|prorogued (?:the )?[Pp]arliament|(?<=\b(?:request|requested|plan|plans|decision|asked|advice|advised|intends|intention|wants)\b[^.;]{0,60}\bto )(?:suspend|prorogue) (?:the )?[Pp]arliament|ordered(?= (?:the )?[A-Z][\w’'-]* to )|ordered (?:his|her|their|the) (?:immediate )?release|issued (?:an|a|its) (?:opinion|ruling|judgment|judgement|verdict)|voted|ruled(?! out\b)|sentenced|convicted|acquitted|overturned|signed (?:into law|an executive order|a decree|the bill|a bill|the law)))\b")]
    private static partial Regex Verbs();

    // The three patterns of names below are searched only in a sentence holding one of NameWords: a kind word added to
    // them belongs there too.
    [GeneratedRegex(@"(?<![\w’'])(?<name>[A-Z][a-z]+ (?:I|II|III|IV))(?![\w’'])")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"(?<name>(?:(?:[A-Z][\w’'-]+|of|the|for) ){0,4}[A-Z][\w’'-]+ (?:Agreements?|Accords?|Treaty|Protocol|Summit|Declaration|Memorandum|Conference|Ceasefire|Charter|Pact))\b")]
    private static partial Regex TitledName();

    /// <summary>
    /// "the Agreement on the Use of Water and Energy Resources", "the Treaty of Versailles": a capitalised kind word named by
    /// what follows it, up to another such name ("the Convention on Reef Fisheries and the Pacific Convention on ..."), through
    /// a list of capitalised words closed by "and" ("the Treaty on Understanding, Cooperation and Good Neighbourliness").
    /// </summary>
    [GeneratedRegex(@"(?<![\w’'-])(?<name>(?:Agreement|Treaty|Convention|Protocol|Accord|Memorandum|Charter|Pact) (?:on|of|for|between) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+(?:(?: (?!and the )(?:(?:of|and|on|the|for|in) ){0,2}|, (?=[A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)* and [A-Z]))(?!(?:Agreement|Treaty|Convention|Protocol|Accord|Memorandum|Charter|Pact)\b)[A-Z][\w’'-]+){0,8})")]
    private static partial Regex NameAfterKind();

    /// <summary>"The first call, on March 20, ... The second, on Sunday, ...": an ordinal standing for the noun of a series already spoken of.</summary>
    [GeneratedRegex(@"(?<![\w’'])[Tt]he (?:second|third|fourth|fifth|latest)(?=,| on (?:[A-Z]|\d))")]
    private static partial Regex Ordinal();

    /// <summary>The two long patterns are searched only from the first word that can begin one of their matches (a third of extraction's time otherwise).</summary>
    private static readonly PatternStarts NounStarts = new(Nouns());
    private static readonly PatternStarts VerbStarts = new(Verbs());

    private static readonly string[] Kinds =
    [
        "meeting", "summit", "talks", "call", "visit", "agreement", "invasion", "war", "press", "announcement", "attack", "sanctions",
        "resignation", "withdrawal", "deployment", "incident", "exercise", "election", "independence", "decision", "speech", "death",
        "appointment", "protest", "trial", "arrest", "evacuation", "release",
    ];

    /// <summary>Whether the kind is one of the patterns built in here (not only of Data/events.yml).</summary>
    public static bool IsBuiltInKind(string kind) => Array.IndexOf(Kinds, kind) >= 0;

    /// <summary>Whether the word names a kind of event, built in here or of Data/events.yml ("summit", "debate").</summary>
    public static bool IsKind(string word) => IsBuiltInKind(word) || EventVocabulary.Shipped.KindNames.Contains(word);

    /// <summary>Kind of an ordinal cue until the article's gathering knows which series it continues.</summary>
    public const string SeriesKind = "series";

    public static List<EventCue> Find(string text)
    {
        var cues = new List<EventCue>();
        var vocabulary = EventVocabulary.Shipped.Cues(text).ToList();
        // "World War Two": a name the vocabulary knows comes before the words inside it ("War").
        foreach (var c in vocabulary) if (c.Name is not null) Add(cues, c);
        if (text.AsSpan().ContainsAny(NameWords)) AddNames(text, cues);
        foreach (var m in NounStarts.Matches(text)) Add(cues, FromGroups(m, isVerb: false));
        foreach (Match m in Ordinal().Matches(text)) Add(cues, new EventCue(SeriesKind, m.Index, m.Length, m.Value, false));
        foreach (var m in VerbStarts.Matches(text)) Add(cues, FromGroups(m, isVerb: true));
        foreach (var c in IntendedEvents.Find(text)) Add(cues, c);
        foreach (var c in MatchResults.Find(text)) Add(cues, c);
        foreach (var c in vocabulary) AddLonger(cues, c);
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return JoinAdjacent(text, cues);
    }

    /// <summary>
    /// A word each of the three patterns of names below needs (their kind words, and the space before a numeral "I"):
    /// most sentences have none, and are then not searched for names at all.
    /// </summary>
    private static readonly SearchValues<string> NameWords = SearchValues.Create(
        ["Agreement", "Accord", "Treaty", "Protocol", "Summit", "Declaration", "Memorandum", "Conference", "Ceasefire", "Charter", "Pact", "Convention", " I"],
        StringComparison.Ordinal);

    /// <summary>Names of events: "the Paris Agreement", "the Treaty of Versailles", "Minsk II".</summary>
    private static void AddNames(string text, List<EventCue> cues)
    {
        foreach (Match m in TitledName().Matches(text))
        {
            var name = TrimName(m.Groups["name"].Value);
            // "the National Conference of State Legislatures" is a body, not a conference.
            if (name.EndsWith("Conference", StringComparison.Ordinal) && text.AsSpan(m.Index + m.Length).StartsWith(" of ") && m.Index + m.Length + 4 < text.Length
                && char.IsUpper(text[m.Index + m.Length + 4])) continue;
            var start = m.Index + m.Value.IndexOf(name, StringComparison.Ordinal);
            cues.Add(new EventCue(KindOfName(name), start, name.Length, name, false, name));
        }
        foreach (Match m in NameAfterKind().Matches(text))
        {
            // "the European Convention on Human Rights", "the United Nations Convention on ...": the capitalized words right
            // before the kind word are part of the name, and tell two conventions on one subject apart.
            var start = QualifierStart(text, m.Index);
            var end = m.Index + m.Length;
            // "the Baltic Treaty on Coastal Waters": the name found as ending in its kind word ("Baltic Treaty") is the beginning of this one.
            cues.RemoveAll(c => c.Name is not null && c.Start == start && c.End == m.Index + m.Value.IndexOf(' ') && c.Kind == "agreement");
            Add(cues, new EventCue("agreement", start, end - start, text[start..end], false, text[start..end]));
        }
        foreach (Match m in NumberedName().Matches(text))
        {
            var before = text[..m.Index].TrimEnd();
            if (before.EndsWith("King", StringComparison.Ordinal) || before.EndsWith("Queen", StringComparison.Ordinal) || before.EndsWith("Pope", StringComparison.Ordinal)) continue;
            if (PronounI(text, m)) continue;
            Add(cues, new EventCue("named", m.Index, m.Length, m.Value, false, m.Value));
        }
    }

    /// <summary>"Yesterday I met", "in Baku I initialled", "Today I'm": the pronoun after a word, not the first of a numbered series.</summary>
    [GeneratedRegex(@"^(?:’|'| [a-z]+\b(?<! (?:in|on|at|and|or|of|for|with|to|from|by|between|that|which|was|is|has|had|will|would|remains|remained|agreements?|accords?|deal|talks|summit|protocol|treaty|ceasefire|war|process|format|round|conference|memorandum|era)))")]
    private static partial Regex AfterPronoun();

    private static bool PronounI(string text, Match m) =>
        m.Value.EndsWith(" I", StringComparison.Ordinal) && (AfterPronoun().IsMatch(text.AsSpan(m.Index + m.Length).ToString())
            || EventPhrase.IsCalendarWord(m.Value[..^2]) || m.Value[..^2] is "Yesterday" or "Today" or "Tomorrow" or "Tonight");

    private static void Add(List<EventCue> cues, EventCue cue)
    {
        if (cues.Any(c => cue.Start < c.End && c.Start < cue.End)) return;
        cues.Add(cue);
    }

    /// <summary>
    /// A noun phrase of the vocabulary that holds a shorter noun found before it ("primary election" holding "election",
    /// "telephone talks" holding "talks") is the cue: the longer phrase says more of what kind of event it is. A verb
    /// phrase does not displace a noun ("will vote on the ruling": the vote is still told by its noun).
    /// </summary>
    private static void AddLonger(List<EventCue> cues, EventCue cue)
    {
        var inside = cues.FindAll(c => cue.Start < c.End && c.Start < cue.End);
        if (!cue.IsVerb && inside.Count > 0 && inside.TrueForAll(c => c.Name is null && !c.IsVerb && c.Start >= cue.Start && c.End <= cue.End && c.Length < cue.Length))
            cues.RemoveAll(inside.Contains);
        Add(cues, cue);
    }

    private static EventCue FromGroups(Match m, bool isVerb)
    {
        foreach (var k in Kinds)
            if (m.Groups[k].Success)
                // "an earthquake struck": a natural hazard striking is an incident, told by what struck.
                return new EventCue(k, m.Index, m.Length, m.Value, isVerb) { Hazard = m.Groups["hazard"].Success ? m.Groups["hazard"].Value.ToLowerInvariant() : null };
        return new EventCue("meeting", m.Index, m.Length, m.Value, isVerb);
    }

    /// <summary>"ceasefire deal" found as two cues becomes one; a named event followed by its own kind noun ("Minsk II agreement") too.</summary>
    private static List<EventCue> JoinAdjacent(string text, List<EventCue> cues)
    {
        var result = new List<EventCue>();
        foreach (var c in cues)
        {
            if (result.Count > 0 && result[^1] is var prev && !prev.IsVerb && !c.IsVerb && c.Name is null
                && text.AsSpan(prev.End, c.Start - prev.End).IsWhiteSpace() && c.Start - prev.End <= 2)
            {
                var kind = prev.Name is not null && prev.Kind == "named" ? c.Kind : prev.Name is not null ? prev.Kind : c.Kind;
                result[^1] = new EventCue(kind, prev.Start, c.End - prev.Start, text[prev.Start..c.End], false, prev.Name);
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    /// <summary>
    /// Where a name that begins with its kind word ("Convention on ...") really begins: at up to three capitalized words right
    /// before it, not a possessive ("Britain's"), an article or a preposition ("The", "Under").
    /// </summary>
    private static int QualifierStart(string text, int kindStart)
    {
        var start = kindStart;
        for (var words = 0; words < 3 && start >= 2 && text[start - 1] == ' '; words++)
        {
            var end = start - 1;
            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '-' or '.')) begin--;
            if (begin == end || !char.IsUpper(text[begin])) break;
            var word = text[begin..end];
            if (word is "The" or "A" or "An" or "This" or "That" or "Its" or "Their" or "His" or "Her" or "Our" or "Under" or "In" or "On" or "At" or "By"
                or "For" or "With" or "From" or "To" or "Of" or "And" or "But" or "As" or "After" or "Before" or "Since" or "Despite") break;
            if (begin > 0 && text[begin - 1] is '’' or '\'') break;
            start = begin;
        }
        return start;
    }

    private static string TrimName(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && words[0] is "of" or "the" or "for" or "The") words.RemoveAt(0);
        // "Members of the G7 Summit": the people of an event are not part of its name.
        if (words.Count > 2 && words[0] is "Members" or "Leaders" or "Heads" or "Delegates" or "Participants" && words[1] == "of")
            return TrimName(string.Join(' ', words.Skip(2)));
        return string.Join(' ', words);
    }

    private static string KindOfName(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return last switch { "Summit" => "summit", "Conference" => "talks", _ => "agreement" };
    }
}
