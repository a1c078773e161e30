using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BriefingSite.Extraction;

/// <summary>
/// Cuts a pattern of many alternatives down to those that can begin with one character: tried where the text has an
/// 'm', <c>\b(?:(?&lt;meeting&gt;meetings?|gathering)|(?&lt;summit&gt;summit)|talks)\b</c> becomes
/// <c>\b(?:(?&lt;meeting&gt;meetings?))\b</c>. An alternative is left out only when all its beginnings are read (see
/// <see cref="PatternPrefixes"/>) and none starts with that character in any case; one that may match nothing, or whose
/// beginning cannot be read, is kept. So at a place where the text has that character, the cut pattern matches exactly
/// what the whole one does, in the same order of preference: the alternatives left out could not have matched there.
/// Only alternatives at the head of the match are cut: those of the pattern itself and, through zero-width atoms
/// (<c>\b</c>, lookarounds), of a group it opens with, group within group. Groups keep their names, not their numbers.
/// </summary>
internal static partial class PatternBranches
{
    [GeneratedRegex(@"\(\?[imnsx-]+\)")]
    private static partial Regex InlineOptions();

    /// <summary>The pattern cut to the alternatives that can begin with <paramref name="first"/>; null when none can.</summary>
    public static string? Restrict(string pattern, RegexOptions options, char first)
    {
        // Syntax where an alternative's text does not stand alone: whitespace ignored, or options set for the rest ("(?i)").
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0 || InlineOptions().IsMatch(pattern)) return pattern;
        try
        {
            return Alternation(pattern, options, char.ToLowerInvariant(first));
        }
        catch (NotSupportedException)
        {
            return pattern;
        }
    }

    private static string? Alternation(string p, RegexOptions options, char first)
    {
        var kept = new List<string>();
        foreach (var branch in Branches(p))
            if (Branch(branch, options, first) is { } cut) kept.Add(cut);
        return kept.Count == 0 ? null : string.Join('|', kept);
    }

    private static string? Branch(string branch, RegexOptions options, char first)
    {
        var at = 0;
        while (ZeroWidth(branch, at) is var end and > 0) at = end;
        // The first atom that takes characters: a plain group, not repeated, is cut within.
        if (at < branch.Length && branch[at] == '(' && Opener(branch, at) is { } opener)
        {
            var close = Close(branch, at);
            var repeated = close + 1 < branch.Length && branch[close + 1] is '?' or '*' or '+' or '{';
            if (!repeated)
            {
                var inner = Alternation(branch[(at + opener.Length)..close], options, first);
                return inner is null ? null : string.Concat(branch.AsSpan(0, at + opener.Length), inner, branch.AsSpan(close));
            }
        }
        return CanBegin(branch, options, first) ? branch : null;
    }

    private static bool CanBegin(string branch, RegexOptions options, char first) =>
        FirstLetters.GetOrAdd((branch, options), static b => PatternPrefixes.Of(b.Pattern, b.Options) is not { } read || read.Prefixes.Any(p => p.Length == 0)
            ? null
            : string.Concat(read.Prefixes.Select(p => char.ToLowerInvariant(p[0])).Distinct().Order())) is not { } letters
        || letters.Contains(first);

    /// <summary>
    /// The first characters (in lower case) an alternative can begin with, or null when it may begin with any; read once
    /// per alternative, not once per character a pattern is cut for.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), string?> FirstLetters = new();

    /// <summary>The opening of a group that takes characters ("(", "(?:", "(?&lt;name&gt;"), or null for a lookaround, an atomic or an options group.</summary>
    private static string? Opener(string p, int at)
    {
        if (at + 1 >= p.Length || p[at + 1] != '?') return "(";
        if (string.CompareOrdinal(p, at, "(?:", 0, 3) == 0) return "(?:";
        if (at + 2 < p.Length && p[at + 2] is '<' or '\'' && at + 3 < p.Length && p[at + 3] is not ('=' or '!'))
        {
            var end = p.IndexOf(p[at + 2] == '<' ? '>' : '\'', at + 3);
            return end < 0 ? throw new NotSupportedException("group name") : p[at..(end + 1)];
        }
        return null;
    }

    /// <summary>Where a zero-width atom starting at <paramref name="at"/> ends (<c>\b</c>, <c>^</c>, a lookaround), or 0 when none starts there.</summary>
    private static int ZeroWidth(string p, int at)
    {
        if (at >= p.Length) return 0;
        if (p[at] == '^') return at + 1;
        if (p[at] == '\\' && at + 1 < p.Length && p[at + 1] is 'b' or 'B' or 'G' or 'A') return at + 2;
        var rest = p.AsSpan(at);
        if (rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!"))
        {
            var close = Close(p, at);
            // A lookaround may be repeated in syntax only; such a pattern is not cut.
            return close + 1 < p.Length && p[close + 1] is '?' or '*' or '+' or '{' ? throw new NotSupportedException("repeated lookaround") : close + 1;
        }
        return 0;
    }

    /// <summary>The top-level alternatives of <paramref name="p"/>, split at '|' outside groups and classes.</summary>
    private static List<string> Branches(string p)
    {
        var result = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\': i++; break;
                case '[': i = ClassEnd(p, i); break;
                case '(': depth++; break;
                case ')': depth--; break;
                case '|' when depth == 0:
                    result.Add(p[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (depth != 0) throw new NotSupportedException("unbalanced");
        result.Add(p[start..]);
        return result;
    }

    /// <summary>The index of the ')' closing the group opened at <paramref name="open"/>.</summary>
    private static int Close(string p, int open)
    {
        var depth = 0;
        for (var i = open; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\': i++; break;
                case '[': i = ClassEnd(p, i); break;
                case '(': depth++; break;
                case ')' when --depth == 0: return i;
            }
        }
        throw new NotSupportedException("unclosed group");
    }

    /// <summary>The index of the ']' closing the class opened at <paramref name="open"/> (read as <see cref="PatternPrefixes"/> reads it).</summary>
    private static int ClassEnd(string p, int open)
    {
        var at = open;
        PatternPrefixes.SkipClass(p, ref at);
        return at - 1;
    }
}
