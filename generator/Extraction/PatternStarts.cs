using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BriefingSite.Extraction;

/// <summary>
/// Runs a pattern of many alternatives ("meeting|summit|talks|...") only from where it can match. The first letters
/// every match must begin with are read once from the pattern itself; a text in which none of them starts a word is
/// not searched at all, otherwise the search begins at the first place one does. The matches are exactly the
/// pattern's own (lookbehinds and <c>\b</c> still see the text before). A pattern whose beginnings cannot be read is
/// simply searched everywhere.
/// Where a search starts, only the alternatives that can begin with the character there are tried (see
/// <see cref="PatternBranches"/>): a few instead of a hundred. Groups of a match are then read by name, not by number.
/// </summary>
public sealed class PatternStarts
{
    /// <summary>Characters a case-insensitive pattern can take for an ASCII letter (Kelvin sign, long s, dotted and dotless i).</summary>
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    private readonly Regex regex;
    private readonly SearchValues<string>? starts;

    /// <summary>
    /// By the first character (in lower case) of where a search starts: the pattern cut to the alternatives that can begin
    /// with it, tried only there (<c>\G</c>); null when none can. Made when a text first needs it.
    /// </summary>
    private readonly ConcurrentDictionary<char, Regex?> anchored = new();

    /// <summary>The beginnings as a table of first letters, when they all begin with two ASCII characters (see <see cref="PrefixTable"/>).</summary>
    private readonly PrefixTable? table;

    /// <summary>
    /// Whether the pattern opens with <c>\b</c> before a word character, or with a lookbehind no word character may stand in
    /// (<c>(?&lt;![\w’'-])</c>): a match then starts a word.
    /// </summary>
    private readonly bool wordStart;

    public PatternStarts(Regex regex)
    {
        this.regex = regex;
        if (PatternPrefixes.Of(regex.ToString(), regex.Options) is not { } read) return;
        var (prefixes, boundary) = read;
        if (prefixes.Count == 0 || prefixes.Any(p => p.Length < 2)) return;
        // The general search of the beginnings is built only for those the table cannot hold: building it is start-up work.
        table = PrefixTable.Of(prefixes);
        if (table is null) starts = SearchValues.Create(prefixes.ToArray(), StringComparison.OrdinalIgnoreCase);
        wordStart = boundary && prefixes.All(p => char.IsLetterOrDigit(p[0]));
    }

    /// <summary>The pattern searched.</summary>
    internal Regex Pattern => regex;

    /// <summary>Places inside a word are passed over (see <see cref="wordStart"/>).</summary>
    internal bool StartsWords => wordStart;

    /// <summary>The pattern's first prefixes could be read: texts are searched only from where one of them starts.</summary>
    public bool Filters => table is not null || starts is not null;

    /// <summary>The same matches as <c>regex.Matches(text)</c>, in the same order.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (!Filters || text.AsSpan().IndexOfAny(FoldsToAscii) >= 0) return regex.Matches(text);
        return NextStart(text, 0) < 0 ? [] : Stepping(text);
    }

    /// <summary>
    /// As the regex's own scan: the leftmost match, then the next one from where it ended; positions where no
    /// beginning starts are skipped, where the scan would have found nothing.
    /// </summary>
    private IEnumerable<Match> Stepping(string text)
    {
        var at = 0;
        while (at <= text.Length && NextStart(text, at) is var start and >= 0)
        {
            var m = AnchoredAt(text[start])?.Match(text, start);
            if (m is not { Success: true }) { at = start + 1; continue; }
            yield return m;
            at = m.Length == 0 ? start + 1 : m.Index + m.Length;
        }
    }

    private Regex? AnchoredAt(char first) =>
        anchored.GetOrAdd(char.ToLowerInvariant(first), static (c, regex) =>
            PatternBranches.Restrict(regex.ToString(), regex.Options, c) is { } cut ? new Regex(@"\G(?:" + cut + ")", regex.Options, regex.MatchTimeout) : null, regex);

    /// <summary>Where the next possible match begins, or -1 when the rest of the text holds none of the beginnings.</summary>
    private int NextStart(string text, int at)
    {
        if (table is not null) return table.Next(text, at, wordStart);
        while (at < text.Length)
        {
            var i = text.AsSpan(at).IndexOfAny(starts!);
            if (i < 0) return -1;
            var pos = at + i;
            // A letter or digit before it is inside a word, where \b cannot hold.
            if (!wordStart || pos == 0 || !(char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] == '_')) return pos;
            at = pos + 1;
        }
        return -1;
    }
}
