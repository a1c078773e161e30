using System.Reflection;
using System.Text.RegularExpressions;
using BriefingSite.Extraction;
using BriefingSite.Extraction.Events;
using Shouldly;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// <see cref="PatternStarts"/> only skips work: on any text it must give exactly the matches (place, length, every
/// group) the regex itself gives. Checked on every generated pattern of the program, so a pattern changed later is
/// checked too, on handwritten edge cases and on seeded word soups made of the patterns' own words.
/// </summary>
public class PatternStartsTests
{
    /// <summary>Every generated pattern of the program, and those it builds from the event words of its data.</summary>
    private static IEnumerable<(string Name, Regex Regex)> ProgramPatterns() =>
        typeof(PatternStarts).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
                .Select(m => ($"{t.Name}.{m.Name}", (Regex)m.Invoke(null, null)!)))
            .Concat(EventVocabulary.Shipped.Patterns.Select((p, i) => ($"events.yml #{i}", p.Pattern)));

    /// <summary>Each match with every group of the pattern, read by name (a match may come from the pattern cut to the alternatives that can begin where it does).</summary>
    private static string Describe(IEnumerable<Match> matches, Regex regex) =>
        string.Join(" | ", matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join(",", regex.GetGroupNames().Select(n => m.Groups[n]).Select(g => g.Success ? $"{g.Name}={g.Index}+{g.Length}" : "-"))));

    private static void SameAsRegex(PatternStarts starts, Regex regex, string text, string name) =>
        Describe(starts.Matches(text), regex).ShouldBe(Describe(regex.Matches(text), regex), $"{name} on \"{text}\"");

    private static readonly string[] EdgeCases =
    [
        "",
        "meeting",
        "The meeting on Monday was followed by talks.",
        "Toward an award, the software recall was called off; calls, on Friday, continued.",
        "MEETINGS and Summit and SANCTIONS were discussed, as was the U.S. strike on the base.",
        "A \u212Aelvin-sign k and a long \u017F and dotted \u0130 and dotless \u0131 in the text of a visit.",
        "He met with Ruto, hosted Tinubu, and will meet again in Nairobi on 3 March 2024.",
        "The ceasefire deal, the peace accord and a cease-fire agreement were signed after the war-damaged city voted.",
        "In early March, since 2019, by Tuesday's vote, the following day, two days later, a week ago.",
        "’s meeting’s visit's talks' trip — “summit” (deal) [war] {trial}",
        "call with, call between, calls, on Monday; phone call; video conversation; tour of the region",
    ];

    [Fact]
    public void Every_program_pattern_gives_its_own_matches_on_edge_cases()
    {
        foreach (var (name, regex) in ProgramPatterns())
        {
            var starts = new PatternStarts(regex);
            foreach (var text in EdgeCases) SameAsRegex(starts, regex, text, name);
        }
    }

    [Fact]
    public void Every_program_pattern_gives_its_own_matches_on_seeded_word_soups()
    {
        var random = new Random(20261122);
        string[] glue = [" ", " ", " ", ", ", ". ", "-", "'s ", "’s ", " (", ") ", "\n", " “", "” ", ""];
        string[] common = ["the", "The", "a", "on", "in", "of", "with", "said", "Monday", "March", "2024", "12", "President", "Ruto", "U.S.", "US", "NATO", "was", "will", "to"];
        foreach (var (name, regex) in ProgramPatterns())
        {
            var starts = new PatternStarts(regex);
            // The pattern's own words, cut and recombined, are what can almost match it.
            var words = Regex.Matches(regex.ToString(), @"[A-Za-z][A-Za-z’'-]*").Select(m => m.Value).Concat(common).Distinct().ToArray();
            for (var n = 0; n < 300; n++)
            {
                var parts = new List<string>();
                for (var w = random.Next(1, 14); w > 0; w--)
                {
                    var word = words[random.Next(words.Length)];
                    word = random.Next(6) switch { 0 => word.ToUpperInvariant(), 1 => char.ToUpperInvariant(word[0]) + word[1..], 2 => word[..random.Next(1, word.Length + 1)], _ => word };
                    parts.Add(word);
                    parts.Add(glue[random.Next(glue.Length)]);
                }
                SameAsRegex(starts, regex, string.Concat(parts), name);
            }
        }
    }

    [Fact]
    public void The_event_cue_patterns_are_read_and_filtered()
    {
        // The two long patterns are why this exists: if their beginnings stop being readable, the speed-up is lost silently.
        var cues = ProgramPatterns().Where(p => p.Name is "EventCueFinder.Nouns" or "EventCueFinder.Verbs").ToList();
        cues.Count.ShouldBe(2);
        foreach (var (name, regex) in cues) new PatternStarts(regex).Filters.ShouldBeTrue(name);
    }

    /// <summary>The searches the program holds, as it made them (the event cues', the acts', the vocabulary's).</summary>
    private static IEnumerable<(string Name, PatternStarts Starts)> ProgramStarts() =>
        typeof(PatternStarts).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(PatternStarts))
                .Select(f => ($"{t.Name}.{f.Name}", (PatternStarts)f.GetValue(null)!)))
            .Concat(EventVocabulary.Shipped.Patterns.Select((p, i) => ($"events.yml #{i}", p)));

    [Fact]
    public void The_program_searches_give_their_patterns_matches()
    {
        var all = ProgramStarts().ToList();
        var random = new Random(20261125);
        string[] glue = [" ", " ", ", ", ". ", "-", "'s ", "’s ", " (", "\n", " “", "” ", ""];
        foreach (var (name, starts) in all)
        {
            var regex = starts.Pattern;
            foreach (var text in EdgeCases) SameAsRegex(starts, regex, text, name);
            var words = Regex.Matches(regex.ToString(), @"[A-Za-z][A-Za-z’'-]*").Select(m => m.Value).Distinct().ToArray();
            for (var n = 0; n < 300; n++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => words[random.Next(words.Length)] + glue[random.Next(glue.Length)]));
                SameAsRegex(starts, regex, random.Next(3) == 0 ? text.ToUpperInvariant() : text, name);
            }
        }
    }

    [Fact]
    public void A_lookbehind_no_word_character_may_stand_in_starts_words()
    {
        // As the vocabulary of events.yml is built: places inside a word are passed over as after \b.
        foreach (var (name, vocabulary) in EventVocabulary.Shipped.Patterns.Select((p, i) => ($"events.yml #{i}", p))) vocabulary.StartsWords.ShouldBeTrue(name);
        var regex = new Regex(@"(?<![\w’'-])(?:funeral|peace talks)(?![\w’'-])", RegexOptions.IgnoreCase);
        var starts = new PatternStarts(regex);
        starts.StartsWords.ShouldBeTrue();
        starts.Matches("the funeral, prefuneral, _funeral, 2funeral, éfuneral, -funeral and PEACE TALKS").Select(m => m.Index)
            .ShouldBe(regex.Matches("the funeral, prefuneral, _funeral, 2funeral, éfuneral, -funeral and PEACE TALKS").Select(m => m.Index));
        // Not when the class may be negated or holds no \w.
        new PatternStarts(new Regex(@"(?<![’'-])(?:funeral|peace talks)")).StartsWords.ShouldBeFalse();
        new PatternStarts(new Regex(@"(?<=[\w ])(?:funeral|peace talks)")).StartsWords.ShouldBeFalse();
    }

    [Fact]
    public void Beginnings_are_read_through_groups_options_and_lookarounds()
    {
        var read = new PatternStarts(new Regex(@"\b(?:(?<m>meetings?|(?:phone|video) call)|(?<=the )strike(?= on)|talks?)\b", RegexOptions.IgnoreCase));
        read.Filters.ShouldBeTrue();
        read.Matches("Phone call, then the strike on the base and TALKS.").Select(m => m.Value).ShouldBe(["Phone call", "strike", "TALKS"]);
        read.Matches("No such words here at all.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(@"[A-Z]\w+ said")]      // starts with a class: no letters to look for
    [InlineData(@"(?<w>ab)\k<w>|x")]     // a one-letter beginning
    [InlineData(@"(?x) meeting")]        // syntax the reader does not know
    public void Patterns_without_readable_beginnings_are_searched_everywhere(string pattern)
    {
        var regex = new Regex(pattern);
        var starts = new PatternStarts(regex);
        starts.Filters.ShouldBeFalse();
        Describe(starts.Matches("abab said x meeting Hello"), regex).ShouldBe(Describe(regex.Matches("abab said x meeting Hello"), regex));
    }
}
