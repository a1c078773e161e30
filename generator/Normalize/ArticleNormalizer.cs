using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Normalize;

/// <summary>
/// The Normalize stage for one article: text as found in the wild becomes metadata plus a clean Markdown body.
/// Pure: the same raw article always gives the same result, so results can be cached by content hash.
/// </summary>
public static partial class ArticleNormalizer
{
    /// <summary>Bumped whenever normalization output changes, so cached results are not reused.</summary>
    public const int Version = 4;

    private const int HeadlineMaxWords = 20;
    private const int SubheadingMaxWords = 12;
    private const int MaxHeadingLength = 1000;
    private const int MaxLeadLength = 4000;

    [GeneratedRegex(@"^by\s+(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|der|al|bin))*(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)*)(?:\s*[,|–—-]\s*(?<org>[\p{Lu}][\w .&-]{1,40}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>A file name opening with a day written as YYYY-MM-DD, then a separator or nothing more.</summary>
    [GeneratedRegex(@"^(?<d>\d{4}-\d{2}-\d{2})(?:[_\-. ]|$)")]
    private static partial Regex DatedFileName();

    /// <summary>The day a file name opens with ("2019-01-04_story.txt"), or null when it opens with none or no real day.</summary>
    public static PartialDate? FileNameDate(string relativePath) =>
        DatedFileName().Match(Path.GetFileName(relativePath)) is { Success: true } m && PartialDate.TryParseIso(m.Groups["d"].Value) is { Precision: DatePrecision.Day } day ? day : null;

    [GeneratedRegex(@"^#{1,2}\s+(?<t>.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    public static StageResult<Article> Run(RawArticle raw)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var at = new SourceSpan(raw.File.DisplayPath);
        var meta = raw.Meta;
        var markdown = raw.Format == ArticleFormat.Markdown;
        var paras = markdown ? ParagraphSplitter.SplitBlocks(raw.Body, raw.BodyLine) : ParagraphSplitter.Split(raw.Body, raw.BodyLine);

        // Boilerplate first: a trailing "Latest News" list must not feed the headline, summary or extraction.
        var removed = ImmutableArray.CreateBuilder<string>();
        paras = RemoveBoilerplate(paras, at, diags, removed);

        string? title = meta.Title, author = meta.Author, summary = meta.Summary, place = null, agency = null;
        var date = meta.Date;
        var titleDerived = false;
        var letterhead = false;
        var i = 0;

        if (markdown) paras = FlattenDeepNesting(paras, at, diags);

        if (markdown && paras.Count > 0 && paras[0].Text.Length <= MaxHeadingLength && MarkdownHeading().Match(paras[0].Text) is { Success: true } h1)
        {
            title ??= StripMarkdown(h1.Groups["t"].Value);
            i = 1;
        }
        else if (paras.Count > 1 && TextShape.IsHeadingLike(paras[0].Text, HeadlineMaxWords) && !IsDatelineOnly(paras[0].Text))
        {
            title ??= paras[0].Text;
            // A letterhead ("Ministry of Foreign Affairs of Japan") names the publisher: it stays in the text, to be read.
            letterhead = Letterheads.Is(paras[0].Text);
            i = 1;
        }
        else if (title is not null && paras.Count > 1 && string.Equals(paras[0].Text.Trim(), title, StringComparison.OrdinalIgnoreCase))
            i = 1;

        // Preamble: byline and a date line may precede the body in either order.
        for (var guard = 0; guard < 3 && i < paras.Count - 1; guard++)
        {
            var p = paras[i].Text;
            if (p.Length < 90 && Byline().Match(p) is { Success: true } by)
            {
                author ??= by.Groups["name"].Value.Trim();
                i++;
            }
            else if (DateLineParser.Parse(p) is { } lineDate)
            {
                date ??= lineDate;
                i++;
            }
            else break;
        }

        // "2019-01-04_some-story.txt", "2024-05-01-title.md": with no date of its own, an article is dated by its file name.
        date ??= FileNameDate(raw.File.RelativePath);

        var body = paras.Skip(i).ToList();
        // "By Helen Marsh in Berlin and ..." below a kicker, headline and standfirst: a byline the preamble did not reach is furniture too.
        var lateByline = RemoveLateBylines(body, at, diags, removed);
        author ??= lateByline;
        // What follows a letterhead kept in the text is where the lead, a standfirst and a dateline are looked for.
        if (letterhead && body.Count > 0) body.Insert(0, paras[0]);
        var from = letterhead && body.Count > 1 ? 1 : 0;
        if (body.Count > from + 1 && IsRepeatedStandfirst(body[from].Text, body[from + 1].Text))
        {
            summary ??= body[from].Text;
            body.RemoveAt(from);
        }
        if (body.Count > from && !markdown && Dateline.Parse(body[from].Text) is { } dl)
        {
            place = dl.Place;
            agency = dl.Agency;
            body[from] = body[from] with { Text = dl.Rest };
        }

        if (body.Count == 0)
        {
            // A single line, or only a headline: the text itself is the body.
            body = paras.Count > 0 ? [paras[^1]] : [new TextParagraph(raw.Body.Trim(), raw.BodyLine)];
        }
        // Title and summary use only the lead's opening; cutting it keeps the regular expressions below linear.
        var lead = TextShape.Cut(markdown ? body.Skip(from).FirstOrDefault(b => !b.Text.StartsWith('#'))?.Text ?? body[0].Text : body[Math.Min(from, body.Count - 1)].Text, MaxLeadLength);
        if (markdown) lead = StripMarkdown(lead);
        if (title is null)
        {
            title = DeriveTitle(summary ?? lead);
            titleDerived = true;
        }
        summary ??= Summarize(lead);

        var md = markdown ? string.Join("\n\n", body.Select(b => b.Text)) : ToMarkdown(body);
        var words = body.Sum(b => TextShape.WordCount(b.Text));
        var slug = meta.Slug is { } s ? Slugger.Slugify(s) : Slugger.Slugify(title);
        if (meta.Slug is { } given && slug != given)
            diags.Add(Messages.SlugCleaned(at with { Line = meta.Line }, given, slug));

        var article = new Article(slug, title, titleDerived, date, meta.Source, meta.Url, author, summary, place, agency,
            meta.Draft, meta.Slug is not null, md, removed.ToImmutable(), words, at, raw.File.ContentHash);
        return new StageResult<Article>(article, diags.ToImmutable());
    }

    /// <summary>
    /// Markdig gives up on very deep nesting and our renderer walks the tree recursively, so a paragraph nested deeper
    /// than the renderer allows is kept as literal text instead (nothing is lost; the reader sees the raw markers).
    /// </summary>
    private static List<TextParagraph> FlattenDeepNesting(List<TextParagraph> paras, SourceSpan at, ImmutableArray<Diagnostic>.Builder diags)
    {
        var result = new List<TextParagraph>(paras.Count);
        foreach (var p in paras)
        {
            if (p.Text.Length > Rendering.MarkdownRenderer.MaxNesting && Rendering.MarkdownRenderer.NestsTooDeep(p.Text))
            {
                diags.Add(Messages.MarkdownTooDeep(at with { Line = p.Line }, Rendering.MarkdownRenderer.MaxNesting));
                result.Add(p with { Text = MarkdownText.Literal(p.Text) });
            }
            else result.Add(p);
        }
        return result;
    }

    private static List<TextParagraph> RemoveBoilerplate(List<TextParagraph> paras, SourceSpan at,
        ImmutableArray<Diagnostic>.Builder diags, ImmutableArray<string>.Builder removed)
    {
        var kept = new List<TextParagraph>(paras.Count);
        for (var k = 0; k < paras.Count; k++)
        {
            var p = paras[k];
            // A section marker only counts after some article text; at the top it is more likely a kicker.
            if (k >= 2 && kept.Count >= 2 && BoilerplateFilter.IsSectionMarker(p.Text) && !BoilerplateFilter.ReportsNews(paras.Skip(k + 1).Select(r => r.Text)))
            {
                var rest = paras.Skip(k).ToList();
                removed.AddRange(rest.Select(r => r.Text));
                diags.Add(Messages.BoilerplateRemoved(at with { Line = p.Line }, rest.Count, p.Text));
                break;
            }
            if (BoilerplateFilter.IsFurniture(p.Text))
            {
                removed.Add(p.Text);
                diags.Add(Messages.BoilerplateRemoved(at with { Line = p.Line }, 1, p.Text));
                continue;
            }
            kept.Add(p);
        }
        return kept;
    }

    /// <summary>Removes byline paragraphs among the body's first six; the first one's names.</summary>
    private static string? RemoveLateBylines(List<TextParagraph> paras, SourceSpan at, ImmutableArray<Diagnostic>.Builder diags, ImmutableArray<string>.Builder removed)
    {
        string? names = null;
        for (var k = 0; k < Math.Min(6, paras.Count - 1); k++)
        {
            var p = paras[k].Text;
            if (BoilerplateFilter.BylineNames(p) is not { } found) continue;
            names ??= found;
            removed.Add(p);
            diags.Add(Messages.BoilerplateRemoved(at with { Line = paras[k].Line }, 1, p));
            paras.RemoveAt(k--);
        }
        return names;
    }

    private static bool IsDatelineOnly(string s) => DateLineParser.Parse(s) is not null;

    /// <summary>A standfirst the body repeats: most of its words open the next paragraph too.</summary>
    private static bool IsRepeatedStandfirst(string first, string second)
    {
        var a = Words(first);
        if (a.Count < 6) return false;
        var b = Words(second);
        var window = b.Take((int)(a.Count * 1.5) + 2).ToHashSet(StringComparer.Ordinal);
        var shared = a.Distinct(StringComparer.Ordinal).Count(w => window.Contains(w));
        return shared >= 0.6 * a.Distinct(StringComparer.Ordinal).Count();
    }

    private static List<string> Words(string s) =>
        WordPattern().Matches(s.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>A title from the lead: its first sentence, cut at a clause boundary or a word when long.</summary>
    public static string DeriveTitle(string lead)
    {
        var sentences = SentenceSplitter.SplitText(lead);
        var first = (sentences.Count > 0 ? sentences[0] : lead).Trim().TrimEnd('.', ' ');
        if (first.Length == 0) return "Untitled";  // a lead of only dots
        if (first.Length <= 150) return first;
        foreach (var sep in new[] { ", ", " – ", " — ", "; " })
        {
            var cut = first.IndexOf(sep, 40, StringComparison.Ordinal);
            if (cut is > 0 and <= 120) return first[..cut];
        }
        var space = first.LastIndexOf(' ', 100);
        return (space > 40 ? first[..space] : TextShape.Cut(first, 100)).TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>The first sentences of the lead, up to about 300 characters.</summary>
    public static string Summarize(string lead)
    {
        var sb = new StringBuilder();
        foreach (var s in SentenceSplitter.SplitText(lead))
        {
            if (sb.Length > 0 && sb.Length + s.Length > 300) break;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(s);
        }
        var text = sb.ToString();
        if (text.Length <= 400) return text;
        var space = text.LastIndexOf(' ', 380);
        return (space > 200 ? text[..space] : TextShape.Cut(text, 380)) + "…";
    }

    private static string ToMarkdown(List<TextParagraph> body)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < body.Count; k++)
        {
            var text = body[k].Text;
            if (sb.Length > 0) sb.Append("\n\n");
            if (IsSubheading(body, k)) sb.Append("## ").Append(MarkdownText.Escape(text));
            else sb.Append(MarkdownText.Escape(text));
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>A short unpunctuated line between two paragraphs of prose; several in a row are a list, not headings.</summary>
    private static bool IsSubheading(List<TextParagraph> body, int k)
    {
        if (k == 0 || k == body.Count - 1) return false;
        if (!TextShape.IsHeadingLike(body[k].Text, SubheadingMaxWords)) return false;
        bool Prose(int j) => j >= 0 && j < body.Count && !TextShape.IsHeadingLike(body[j].Text, SubheadingMaxWords);
        return Prose(k - 1) && Prose(k + 1);
    }

    private static string StripMarkdown(string s) =>
        MarkdownInline().Replace(s, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Replace("\\", "", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"[*_`]+([^*_`]+)[*_`]+|\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownInline();
}
