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

    /// <summary>Whether the arrest at <paramref name="cue"/> is of a counted group: "arrested 33 Russian individuals", "40 people were detained".</summary>
    public static bool Arrested(string text, EventCue cue) =>
        cue.Kind == "arrest" && (cue.Head.StartsWith("were ", StringComparison.Ordinal)
            ? CountedSubject().IsMatch(text[Math.Max(0, cue.Start - 60)..cue.Start])
            : cue.Head.StartsWith("arrested", StringComparison.Ordinal) && CountedObject().IsMatch(text[cue.End..]));
}
