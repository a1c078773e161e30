using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Incremental;

/// <summary>
/// Writes <see cref="SnapshotEntry"/> records in the snapshot's binary layout, read back by <see cref="SnapshotReader"/>.
/// Short strings that repeat (keys, names, words, paths) go through a table: written in full the first time, then as a
/// number. Texts are written in full. Every string is UTF-8 unless it holds a surrogate (a lone one would not survive
/// UTF-8), then UTF-16. Arrays carry their length plus one, zero standing for a default (uninitialized) array.
/// </summary>
internal sealed class SnapshotWriter(BinaryWriter w)
{
    private readonly Dictionary<string, int> table = new(StringComparer.Ordinal);

    public void Entry(SnapshotEntry e)
    {
        Word(e.Stamp.Path);
        w.Write(e.Stamp.Size);
        w.Write(e.Stamp.ModifiedTicks);
        Array(e.Diagnostics, Diagnostic);
        Article(e.Article);
        Text(e.FactsSlug);
        Word(e.FactsKnowledge);
        w.Write(e.Facts is not null);
        if (e.Facts is { } f) Facts(f);
    }

    private void Article(Article a)
    {
        Text(a.Slug);
        Text(a.Title);
        w.Write(a.TitleDerived);
        Date(a.Date);
        Word(a.Source);
        Text(a.Url);
        Word(a.Author);
        Text(a.Summary);
        Word(a.Place);
        Word(a.Agency);
        w.Write(a.Draft);
        w.Write(a.ExplicitSlug);
        Text(a.Markdown);
        Array(a.RemovedLines, Word);
        Int(a.WordCount);
        Span(a.Origin);
        Text(a.ContentHash);
    }

    private void Facts(ArticleFacts f)
    {
        Text(f.ArticleSlug);
        Array(f.Paragraphs, Paragraph);
        Array(f.Mentions, m =>
        {
            Word(m.Key); Word(m.Name); Int((int)m.Kind); Int(m.Paragraph); Int(m.Start); Int(m.Length); Word(m.Role);
        });
        Array(f.Quotes, q =>
        {
            Word(q.Speaker); Word(q.SpeakerKey); Text(q.Text); Int(q.Paragraph); Int(q.Sentence);
        });
        Array(f.Events, Event);
    }

    private void Event(EventMention e)
    {
        Word(e.Kind);
        Word(e.Title);
        Date(e.Date);
        w.Write(e.Planned);
        Word(e.Place);
        Array(e.ActorKeys, Word);
        Int(e.Paragraph);
        Int(e.Sentence);
        Array(e.References, r => { Int(r.Paragraph); Int(r.Sentence); Int(r.Start); Int(r.Length); });
        Word(e.Name);
        Word(e.Body);
        Array(e.Words, Word);
        Word(e.DateText);
        Array(e.Hosts, Word);
        Array(e.Topics, Word);
        Array(e.Agents, Word);
        w.Write(e.CalledOff);
    }

    /// <summary>A sentence is its offsets when its text, index and id follow from them (as ReadDocument makes them), else written in full.</summary>
    private void Paragraph(DocParagraph p)
    {
        Int(p.Index);
        Text(p.Text);
        w.Write(p.IsHeading);
        Int(p.Sentences.IsDefault ? 0 : p.Sentences.Length + 1);
        if (p.Sentences.IsDefault) return;
        for (var k = 0; k < p.Sentences.Length; k++)
        {
            var s = p.Sentences[k];
            var derivable = s.IsUsualIn(p, k);
            w.Write(!derivable);
            Int(s.Start);
            Int(s.Length);
            if (derivable) continue;
            Int(s.Index);
            Text(s.Text);
            Text(s.Id);
        }
    }

    private void Diagnostic(Diagnostic d)
    {
        Int((int)d.Severity);
        Word(d.Code);
        Text(d.Message);
        w.Write(d.At is not null);
        if (d.At is { } at) Span(at);
    }

    private void Span(SourceSpan s)
    {
        Word(s.Path);
        Int(s.Line);
    }

    private void Date(PartialDate? d)
    {
        w.Write(d.HasValue);
        if (d is not { } v) return;
        Int(v.Year);
        Int(v.Month);
        Int(v.Day);
    }

    private void Array<T>(ImmutableArray<T> items, Action<T> write)
    {
        Int(items.IsDefault ? 0 : items.Length + 1);
        if (items.IsDefault) return;
        foreach (var item in items) write(item);
    }

    private void Int(int value) => w.Write7BitEncodedInt(value);

    /// <summary>0: null; 1: UTF-8 string; 2: UTF-16 string.</summary>
    private void Text(string? s)
    {
        if (s is null) { Int(0); return; }
        var utf16 = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        Int(utf16 ? 2 : 1);
        String(s, utf16);
    }

    /// <summary>0: null; 1 or 2: a new string (UTF-8, UTF-16), next in the table; n &gt; 2: table entry n - 3.</summary>
    private void Word(string? s)
    {
        if (s is null) { Int(0); return; }
        if (table.TryGetValue(s, out var index)) { Int(index + 3); return; }
        table.Add(s, table.Count);
        Text(s);
    }

    private void String(string s, bool utf16)
    {
        if (!utf16) { w.Write(s); return; }
        Int(s.Length);
        foreach (var c in s) w.Write((ushort)c);
    }
}
