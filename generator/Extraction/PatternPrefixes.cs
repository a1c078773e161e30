using System.Text.RegularExpressions;

namespace BriefingSite.Extraction;

/// <summary>
/// Reads from a regular expression the literal beginnings its matches must have: <c>\b(?:meetings?|(?:phone|video) call)</c>
/// gives "meeting", "phone ", "video ". Lookarounds and <c>\b</c> take no characters and are passed over; a character
/// class, a dot or anything not understood ends a beginning where it stands. Null when the pattern holds syntax this
/// reader does not know: the caller then searches everywhere.
/// </summary>
internal static class PatternPrefixes
{
    /// <summary>Beginnings longer than this are cut: a few letters already tell almost every word apart.</summary>
    private const int Longest = 6;

    public static (IReadOnlyCollection<string> Prefixes, bool OpensWithBoundary)? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0) return null;
        try
        {
            var at = 0;
            var (branches, opensWithBoundary) = Alternation(pattern, ref at);
            if (at != pattern.Length) return null;
            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, _) in branches) result.Add(text);
            return (result, opensWithBoundary);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A beginning, and whether it is all of what was matched so far (so what follows extends it).</summary>
    private readonly record struct Start(string Text, bool Open);

    private static readonly Start[] Empty = [new("", true)];
    private static readonly Start[] Stop = [new("", false)];

    /// <summary>Branches separated by '|', up to the closing parenthesis or the end.</summary>
    private static (List<Start> Starts, bool OpensWithBoundary) Alternation(string p, ref int at)
    {
        var all = new List<Start>();
        var branches = 0;
        var boundary = false;
        while (true)
        {
            var (starts, opens) = Sequence(p, ref at);
            boundary = branches == 0 && opens;
            branches++;
            all.AddRange(starts);
            if (at < p.Length && p[at] == '|') { at++; continue; }
            return (Distinct(all), boundary && branches == 1);
        }
    }

    private static (List<Start> Starts, bool OpensWithBoundary) Sequence(string p, ref int at)
    {
        List<Start> current = [.. Empty];
        var first = true;
        var opensWithBoundary = false;
        while (at < p.Length && p[at] is not ('|' or ')'))
        {
            var atomStart = at;
            var atom = Atom(p, ref at);
            if (first) opensWithBoundary = OpensWord(p.AsSpan(atomStart, at - atomStart));
            first = false;
            atom = Quantified(p, ref at, atom);
            current = Then(current, atom);
        }
        return (current, opensWithBoundary);
    }

    /// <summary>
    /// An atom after which a match cannot go on from a word's letter, digit or underscore: <c>\b</c> (before a word
    /// character) or a lookbehind that no word character may stand in (<c>(?&lt;![\w’'-])</c>).
    /// </summary>
    private static bool OpensWord(ReadOnlySpan<char> atom) =>
        atom is @"\b" || atom.StartsWith(@"(?<![\w") && atom.EndsWith("])") && atom[5..^2].IndexOfAny('[', ']') < 0;

    private static List<Start> Then(List<Start> before, IReadOnlyList<Start> next)
    {
        var result = new List<Start>();
        foreach (var b in before)
        {
            if (!b.Open) { result.Add(b); continue; }
            foreach (var n in next)
            {
                var text = b.Text + n.Text;
                result.Add(text.Length >= Longest ? new Start(text[..Longest], false) : new Start(text, n.Open));
            }
        }
        return Distinct(result);
    }

    private static List<Start> Distinct(List<Start> starts)
    {
        if (starts.Count > 5000) throw new NotSupportedException("too many beginnings");
        return starts.Distinct().ToList();
    }

    private static IReadOnlyList<Start> Quantified(string p, ref int at, IReadOnlyList<Start> atom)
    {
        if (at >= p.Length) return atom;
        int min, max;
        switch (p[at])
        {
            case '?': min = 0; max = 1; at++; break;
            case '*': min = 0; max = int.MaxValue; at++; break;
            case '+': min = 1; max = int.MaxValue; at++; break;
            case '{' when Braces(p, at) is var (lo, hi, end) && end > at:
                min = lo; max = hi; at = end; break;
            default: return atom;
        }
        if (at < p.Length && p[at] == '?') at++;
        // One repetition then possibly more: the beginning stops after the first.
        var once = max == 1 ? atom : atom.Select(s => s with { Open = false }).ToList();
        return min == 0 ? [.. Empty, .. once] : min == 1 ? once : atom.Select(s => s with { Open = false }).ToList();
    }

    private static (int Min, int Max, int End) Braces(string p, int at)
    {
        var close = p.IndexOf('}', at);
        if (close < 0) return (0, 0, -1);
        var body = p[(at + 1)..close].Split(',');
        if (body.Length is < 1 or > 2 || !int.TryParse(body[0], out var lo)) return (0, 0, -1);
        var hi = body.Length == 1 ? lo : body[1] == "" ? int.MaxValue : int.TryParse(body[1], out var h) ? h : -1;
        return hi < 0 ? (0, 0, -1) : (lo, hi, close + 1);
    }

    private static IReadOnlyList<Start> Atom(string p, ref int at)
    {
        var c = p[at];
        switch (c)
        {
            case '(':
                return Group(p, ref at);
            case '[':
                SkipClass(p, ref at);
                return Stop;
            case '.':
                at++;
                return Stop;
            case '^' or '$':
                at++;
                return Empty;
            case '\\':
                return Escape(p, ref at);
            case '*' or '+' or '?' or ')' or '|':
                throw new NotSupportedException($"unexpected '{c}'");
            default:
                at++;
                return [new Start(c.ToString(), true)];
        }
    }

    private static IReadOnlyList<Start> Escape(string p, ref int at)
    {
        if (at + 1 >= p.Length) throw new NotSupportedException("trailing backslash");
        var e = p[at + 1];
        at += 2;
        switch (e)
        {
            case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z':
                return Empty;
            case 'w' or 'W' or 'd' or 'D' or 's' or 'S':
                return Stop;
            case 'p' or 'P':
                var close = p.IndexOf('}', at);
                if (close < 0) throw new NotSupportedException("unclosed \\p");
                at = close + 1;
                return Stop;
            case 't': return [new Start("\t", true)];
            case 'n': return [new Start("\n", true)];
            case 'r': return [new Start("\r", true)];
            default:
                // An escaped punctuation mark stands for itself; anything else (\k, \1, \u0041, ...) is not read.
                if (char.IsLetterOrDigit(e)) throw new NotSupportedException($"escape \\{e}");
                return [new Start(e.ToString(), true)];
        }
    }

    private static IReadOnlyList<Start> Group(string p, ref int at)
    {
        at++; // (
        var zeroWidth = false;
        if (at < p.Length && p[at] == '?')
        {
            var rest = p.AsSpan(at);
            if (rest.StartsWith("?:") || rest.StartsWith("?>")) at += 2;
            else if (rest.StartsWith("?=") || rest.StartsWith("?!")) { at += 2; zeroWidth = true; }
            else if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) { at += 3; zeroWidth = true; }
            else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
            {
                var close = p.IndexOfAny(['>', '\''], at + 2);
                if (close < 0 || p.AsSpan(at + 2, close - at - 2).ContainsAny('-', '(')) throw new NotSupportedException("group name");
                at = close + 1;
            }
            else
            {
                // Inline options: "(?i)" changes case only, which the caller ignores anyway; "(?x)" changes the syntax.
                var end = at + 1;
                while (end < p.Length && p[end] is 'i' or 'm' or 'n' or 's' or '-') end++;
                if (end >= p.Length || p[end] is not (')' or ':')) throw new NotSupportedException("group kind");
                var isOptionsOnly = p[end] == ')';
                at = end + 1;
                if (isOptionsOnly) return Empty;
            }
        }
        var (inner, _) = Alternation(p, ref at);
        if (at >= p.Length || p[at] != ')') throw new NotSupportedException("unclosed group");
        at++;
        return zeroWidth ? Empty : inner;
    }

    /// <summary>Moves <paramref name="at"/> from a class's '[' to just past its closing ']'.</summary>
    internal static void SkipClass(string p, ref int at)
    {
        at++; // [
        if (at < p.Length && p[at] == '^') at++;
        if (at < p.Length && p[at] == ']') at++;
        while (at < p.Length && p[at] != ']')
        {
            if (p[at] == '\\') at++;
            else if (p[at] == '[') throw new NotSupportedException("class subtraction");
            at++;
        }
        if (at >= p.Length) throw new NotSupportedException("unclosed class");
        at++;
    }
}
