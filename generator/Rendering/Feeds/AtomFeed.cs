using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using BriefingSite.Model;

namespace BriefingSite.Rendering.Feeds;

/// <summary>
/// Writes an Atom 1.0 document (RFC 4287) for a list of articles. Deterministic: <c>updated</c> comes from the newest
/// article's date, never from the clock. Links are absolute when the site knows its host; otherwise they are
/// root-relative and <c>xml:base</c> is left out, which Atom allows for links but not for ids, so ids then fall back
/// to <c>tag:</c> URIs.
/// </summary>
public static class AtomFeed
{
    /// <summary>Most recent entries per feed: feed readers only need what is new, and the file stays small.</summary>
    public const int MaxEntries = 50;

    /// <summary>Used for <c>updated</c> when no article has a date: a fixed instant, so builds stay byte-identical.</summary>
    private const string NoDate = "2000-01-01T00:00:00Z";

    /// <param name="entryTexts">
    /// Each dated article's entry as written once (as UTF-8, after its line break), by slug, for a set of feeds rendered together: an article is an entry in the
    /// feed of each of its actors and events (a large site writes hundreds of thousands of entries for ten thousand articles).
    /// </param>
    public static byte[] Render(RenderContext ctx, string title, string subtitle, string selfUrl, string pageUrl, IEnumerable<Article> articles,
        ConcurrentDictionary<string, byte[]>? entryTexts = null)
    {
        var entries = articles.Take(MaxEntries).ToList();
        var updated = entries.Where(a => a.Date is not null).Select(a => a.Date!.Value).DefaultIfEmpty().Max();
        var feedUpdated = entries.Any(a => a.Date is not null) ? Timestamp(updated) : NoDate;
        // An entry's text does not depend on its feed unless it is undated (it is then given the feed's time) or a line break in
        // its text would be indented with it.
        var spliced = entryTexts is not null && entries.All(a => a.Date is not null && !HasLineBreak(a));

        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, Settings(ConformanceLevel.Document)))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("xml", "lang", null, ctx.Site.Settings.Language);
            w.WriteElementString("title", title);
            w.WriteElementString("subtitle", subtitle);
            w.WriteElementString("id", Id(ctx, pageUrl));
            w.WriteElementString("updated", feedUpdated);
            Link(w, "self", ctx.Urls.Absolute(selfUrl), "application/atom+xml");
            Link(w, "alternate", ctx.Urls.Absolute(pageUrl), "text/html");
            w.WriteStartElement("author");
            w.WriteElementString("name", ctx.Site.Settings.Author ?? ctx.Site.Settings.Title);
            w.WriteEndElement();
            w.WriteStartElement("generator");
            w.WriteString("BriefingSite");
            w.WriteEndElement();
            if (!spliced)
                foreach (var a in entries) Entry(w, ctx, a, feedUpdated);
            w.WriteEndElement();
        }
        var shell = sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        if (!spliced || entries.Count == 0) return Utf8.Bytes(shell + "\n");
        // The entries go where the writer would have put them: each on a line of its own, one level in, before the end tag.
        const string Tail = "\n</feed>\n";
        var end = shell.Length - (Tail.Length - 1);
        if (!shell.AsSpan(end).SequenceEqual(Tail.AsSpan(0, Tail.Length - 1))) throw new InvalidOperationException("the feed's writer did not end the feed on a line of its own");
        var texts = entries.Select(a => entryTexts!.GetOrAdd(a.Slug, _ => Utf8.Bytes("\n" + EntryText(ctx, a)))).ToList();
        var head = shell.AsSpan(0, end);
        var bytes = new byte[Encoding.UTF8.GetByteCount(head) + texts.Sum(t => t.Length) + Tail.Length];
        var at = Encoding.UTF8.GetBytes(head, bytes);
        foreach (var text in texts)
        {
            text.CopyTo(bytes, at);
            at += text.Length;
        }
        Encoding.UTF8.GetBytes(Tail, bytes.AsSpan(at));
        return bytes;
    }

    private static XmlWriterSettings Settings(ConformanceLevel level) => new()
    {
        Indent = true, OmitXmlDeclaration = level == ConformanceLevel.Fragment, NewLineChars = "\n", Encoding = Encoding.UTF8, ConformanceLevel = level,
    };

    /// <summary>A dated article's entry as the feed's writer writes it, one level in.</summary>
    private static string EntryText(RenderContext ctx, Article a)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, Settings(ConformanceLevel.Fragment)))
            Entry(w, ctx, a, NoDate);
        return "  " + sb.ToString().Replace("\n", "\n  ", StringComparison.Ordinal);
    }

    private static bool HasLineBreak(Article a) =>
        a.Title.AsSpan().IndexOfAny('\n', '\r') >= 0 || a.Author.AsSpan().IndexOfAny('\n', '\r') >= 0
        || a.Summary.AsSpan().IndexOfAny('\n', '\r') >= 0 || a.SourceLabel.AsSpan().IndexOfAny('\n', '\r') >= 0;

    private static void Entry(XmlWriter w, RenderContext ctx, Article a, string fallbackUpdated)
    {
        var url = ctx.Urls.Article(a.Slug);
        w.WriteStartElement("entry");
        w.WriteElementString("title", a.Title);
        Link(w, "alternate", ctx.Urls.Absolute(url), "text/html");
        w.WriteElementString("id", Id(ctx, url));
        var stamp = a.Date is { } d ? Timestamp(d) : fallbackUpdated;
        if (a.Date is not null) w.WriteElementString("published", stamp);
        w.WriteElementString("updated", stamp);
        if (a.Author is { Length: > 0 } author)
        {
            w.WriteStartElement("author");
            w.WriteElementString("name", author);
            w.WriteEndElement();
        }
        if (a.Summary is { Length: > 0 } summary)
        {
            w.WriteStartElement("summary");
            w.WriteAttributeString("type", "text");
            w.WriteString(summary);
            w.WriteEndElement();
        }
        if (a.SourceLabel is { } source)
        {
            // The original publisher: Atom's <source> is for copied entries with their own feed, so the credit goes in <rights>.
            w.WriteElementString("rights", "Source: " + source);
        }
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>The page's absolute URL when the host is known, else a tag: URI (RFC 4151) that is still a valid, stable IRI.</summary>
    private static string Id(RenderContext ctx, string url) =>
        ctx.Urls.HasHost ? ctx.Urls.Absolute(url) : "tag:briefing.invalid,2000:" + url;

    /// <summary>Start of the known period in UTC: a month-precision date becomes its first day.</summary>
    public static string Timestamp(PartialDate d) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.Year:D4}-{Math.Max(d.Month, 1):D2}-{Math.Max(d.Day, 1):D2}T00:00:00Z");
}
