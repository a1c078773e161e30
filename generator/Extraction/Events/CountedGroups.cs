using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// People named by their number, not by name: "police arrested 12 protesters", "at least 40 people were detained". An
/// arrest of a counted group is news as the arrest of a named person is.
/// </summary>
public static partial class CountedGroups
{
    /// <summary>Words that count people (for the verb patterns: "arrested dozens of ...").</summary>
    public const string NumberWords = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several|at least|more than|some|about|nearly|over)";

    /// <summary>After the verb: an optional "at least", a number, up to two modifiers and a plural noun ("33 Russian individuals", "dozens of students", "three men", "12 people").</summary>
    [GeneratedRegex(@"^\s(?:(?:at least|more than|some|about|nearly|over|around|up to)\s)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several)\s(?:of\s)?(?:[\w’'-]+\s){0,2}(?:[a-z][\w-]*s|[a-z]*men|people|children)\b")]
    private static partial Regex CountedObject();

    /// <summary>Before a passive: a number and up to three words ending the subject ("at least 71 people", "12 Greenpeace activists").</summary>
    [GeneratedRegex(@"(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several)(?:\s(?:of\s)?[\w’'-]+){1,3}\s$")]
    private static partial Regex CountedSubject();

    /// <summary>
    /// Whether the death at <paramref name="cue"/> is of a counted group told as the clause's subject: "nine French
    /// peacekeepers were killed", "two small children died". Not a toll given by someone ("Khartoum said 14 soldiers were
    /// killed"), one counted so far ("three patients have died"), nor one of a whole war or epidemic ("300,000 people were
    /// killed in the conflict").
    /// </summary>
    public static bool Died(string text, EventCue cue) =>
        cue.Kind == "death" && cue.Head is "died" or "were killed" && !Reported().IsMatch(text.AsSpan()[..cue.Start])
            && DeadSubject().IsMatch(text.AsSpan()[Math.Max(0, cue.Start - 70)..cue.Start]) && !WholeToll().IsMatch(text.AsSpan()[cue.End..]);

    /// <summary>The counted group a death at <paramref name="cue"/> is told of ("nine French peacekeepers"), or null.</summary>
    public static string? Dead(string text, EventCue cue) =>
        Died(text, cue) && DeadSubject().Match(text[Math.Max(0, cue.Start - 70)..cue.Start]) is { Success: true } m ? char.ToLowerInvariant(m.Value.Trim()[0]) + m.Value.Trim()[1..] : null;

    /// <summary>"Khartoum said 14 soldiers were killed": a toll one side gives tells of the attack already spoken of, no event of its own.</summary>
    [GeneratedRegex(@"\b(?:said|says|say|told|reported|claimed|claims|according to|estimated|estimates)\b")]
    private static partial Regex Reported();

    /// <summary>Before the verb: a number, up to two modifiers and a plural noun of people, and where they were from ("at least three people from Fife").</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:(?:[Aa]t least|[Mm]ore than|[Ss]ome|[Aa]bout|[Nn]early|[Oo]ver|[Aa]round)\s)?(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens|[Ss]everal)(?:\s(?!(?:has|have|had|and|or|of)\b)[\w’'-]+){0,2}?\s(?:[a-z][\w-]*s|[a-z]*men|people|children)(?:\s(?:from|in|of|on)\s(?:the\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)?\s$")]
    private static partial Regex DeadSubject();

    [GeneratedRegex(@"^ (?:in|during|from|of) (?:the |a )?(?:[\w-]+ )?(?:conflict|war|fighting|violence|unrest|genocide|pandemic|epidemic|outbreak|coronavirus|virus|disease)\b")]
    private static partial Regex WholeToll();

    /// <summary>Whether the arrest at <paramref name="cue"/> is of a counted group: "arrested 33 Russian individuals", "40 people were detained".</summary>
    public static bool Arrested(string text, EventCue cue) =>
        cue.Kind == "arrest" && (cue.Head.StartsWith("were ", StringComparison.Ordinal)
            ? CountedSubject().IsMatch(text.AsSpan()[Math.Max(0, cue.Start - 60)..cue.Start])
            : cue.Head.StartsWith("arrested", StringComparison.Ordinal) && CountedObject().IsMatch(text.AsSpan()[cue.End..]));
}
