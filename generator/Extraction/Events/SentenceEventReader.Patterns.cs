namespace BriefingSite.Extraction.Events;

/// <summary>The patterns of wording <see cref="SentenceEventReader"/> reads a cue's clause with.</summary>
public static partial class SentenceEventReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:that|which) )?(?:ended|ended up|culminated|concluded|resulted) (?:with|in) (?:a|an|the)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex EndedWith();

    /// <summary>What lies between two verbs of one subject: "met in Busan for their annual joint committee and" (no clause of its own, no new subject).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:,“""()]{0,80}\band\s*$")]
    private static partial System.Text.RegularExpressions.Regex CoordinatedVerb();

    /// <summary>"the vote to remove him also failed": the clause says another event of the kind happened too.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:,]{0,60}?\balso (?:failed|collapsed|ended|broke down|took place|(?:was|were) held)\b")]
    private static partial System.Text.RegularExpressions.Regex AlsoOccurred();

    /// <summary>"Sanders endorsed Biden", "Warren's endorsement": an act that is one actor's own is held by that actor, whoever else it names.</summary>
    private static bool OneActorsAct(string kind) => kind == "endorsement";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:after|before|while|since) [a-z]+ing\b")]
    private static partial System.Text.RegularExpressions.Regex GerundClause();

    /// <summary>
    /// "the Ruritanian Liberal Party held primary elections in three provinces": the body that held a vote is who holds it,
    /// as "the Liberal Party's primary" says in its modifiers (another party's primary that day is another vote).
    /// </summary>
    private static bool HeldBy(EventCue cue, bool doneBy, Participant p, int heldFrom, int heldAt) =>
        doneBy && cue.Kind is "election" or "primary" && heldAt > heldFrom && p.Start >= heldFrom && p.Start < heldAt;

    /// <summary>A past verb of doing before an event noun: "imposed", "levied", "launched", "held", "filed" or "tendered" (a resignation) (not "has", "will hold").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:imposed|levied|launched|conducted|held|began|ordered|declared|proclaimed|filed|submitted|tendered)\b")]
    private static partial System.Text.RegularExpressions.Regex PastDeed();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:approved|approves|adopted|adopts|passed|vetoed|vetoes|confirmed|was |were )")]
    private static partial System.Text.RegularExpressions.Regex BodyVote();


    /// <summary>"announced that ...", "declared it ...": what follows is what was said, not a decision announced.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:that|it|on|in|to|at|he|she|they|we|his|her|their)\b")]
    private static partial System.Text.RegularExpressions.Regex ClauseFollows();

    /// <summary>"announced new restrictions", "announced its withdrawal": a decision made known (not "announced the tests found ...").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:new|a|an|its|their|plans|his|her)\b")]
    private static partial System.Text.RegularExpressions.Regex DecisionFollows();


    /// <summary>What follows "announced" when it is a decision: an intention ("they were to form", "it planned to join", "she would run") or a measure counted out ("three days of mourning").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:(?:yesterday|today|on \w+)\s+)?(?:(?:(?:[A-Z][\w’'.-]*|the|its|their|his|her|it|they|he|she|we)\s+){1,4}(?:was to|were to|is to|are to|would|will|planned to|plans to|intended to|intends to|was going to|were going to|had decided to)\s|(?:(?:[A-Z][\w’'.-]*|it|they|he|she|we)\s+){1,3}(?:was|were|is|are)\s+(?!being\b|going\b)[a-z]+ing\s|(?:two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?|months?)\s+of\s|(?:its|their|his|her)\s+own\s|that\s+(?:an?|the)\s+[a-z]+\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'.-]*){0,6}\s+(?:would|will)\s+(?!be\b|have\b|not\b)[a-z][a-z-]+\s|that\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w’'-]+\s+){0,4}(?:would|will)\s+(?:be\s+(?:re)?(?:activated|reactivated|closed|reopened|suspended|lifted|imposed|deployed|withdrawn|extended|postponed|cancell?ed|expelled|recalled|sent|cut|shut|sold)|(?:hand over|withdraw|close|reopen|suspend|lift|impose|deploy|expel|recall|send)\s))")]
    private static partial System.Text.RegularExpressions.Regex AnnouncedDecision();

    /// <summary>After an event noun, its clause says it happened ("took effect", "was held", "collapsed"), however far its own phrase runs.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:(?!\b(?:after|before|when|while|as|because|since|but|if|until|unless|said|says|told)\b)[^.;:!?]){0,60}?\s)?(?:(?:took|take|takes|taken) (?:effect|place)|(?:came|come|comes) into (?:force|effect)|went into effect|entered into force|(?:was|were|has been|have been|had been) (?:held|signed|postponed|cancell?ed|called off|concluded|imposed|convened)|collapsed|collapses|collapse|broke down|breaks down|ended|began|failed|opened)\b")]
    private static partial System.Text.RegularExpressions.Regex Occurred();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?: (?:in|at) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)?(?: (?:is|are)|,) (?:also )?(?:expected|due|scheduled) (?:in|on|at|before|by|next|later|this|early|late|within)\b")]
    private static partial System.Text.RegularExpressions.Regex ExpectedAhead();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OrdinalWord();
}
