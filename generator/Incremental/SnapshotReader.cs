using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Incremental;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, in the same order (as <see cref="BinaryReader"/> would read them, only
/// faster for long strings), from a stream through a pooled buffer: a large site's snapshot is tens of megabytes, never held
/// whole. The bytes read are hashed on the way (<see cref="FinishHash"/>). Input that does not fit the layout (reading past the end, an array
/// longer than what is left, a table number never defined, an unknown tag) throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class SnapshotReader(Stream stream, long size, NonCryptographicHashAlgorithm? hash = null) : IDisposable
{
    private readonly List<string> table = [];
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int position;   // in buffer
    private int filled;     // bytes of buffer holding data
    private long taken;     // bytes of the stream read into buffer

    /// <summary>How many bytes are left to read of the <c>size</c> this reader was given.</summary>
    private long Left => size - taken + (filled - position);

    public bool AtEnd => Left == 0;

    /// <summary>The hash of every byte read so far; call once <see cref="AtEnd"/>.</summary>
    public byte[] FinishHash() => hash?.GetHashAndReset() ?? throw new InvalidOperationException("this reader does not hash");

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    public SnapshotEntry Entry()
    {
        var stamp = new FileStamp(Word() ?? throw Bad(), Long(), Long());
        var diagnostics = Array(Diagnostic);
        var article = Article();
        var factsSlug = Text();
        var factsKnowledge = Word();
        var facts = Bool() ? Facts() : null;
        return new SnapshotEntry(stamp, diagnostics, article, factsSlug, factsKnowledge, facts);
    }

    private Article Article() => new(
        Slug: Text() ?? throw Bad(),
        Title: Text() ?? throw Bad(),
        TitleDerived: Bool(),
        Date: Date(),
        Source: Word(),
        Url: Text(),
        Author: Word(),
        Summary: Text(),
        Place: Word(),
        Agency: Word(),
        Draft: Bool(),
        ExplicitSlug: Bool(),
        Markdown: Text() ?? throw Bad(),
        RemovedLines: Array(() => Word() ?? throw Bad()),
        WordCount: Int(),
        Origin: Span(),
        ContentHash: Text() ?? throw Bad());

    private ArticleFacts Facts() => new(
        ArticleSlug: Text() ?? throw Bad(),
        Paragraphs: Array(Paragraph),
        Mentions: Array(() => new ActorMention(Word() ?? throw Bad(), Word() ?? throw Bad(), Enum<ActorKind>(), Int(), Int(), Int(), Word())),
        Quotes: Array(() => new QuoteFact(Word() ?? throw Bad(), Word(), Text() ?? throw Bad(), Int(), Int())),
        Events: Array(Event));

    private EventMention Event() => new(
        Kind: Word() ?? throw Bad(),
        Title: Word() ?? throw Bad(),
        Date: Date(),
        Planned: Bool(),
        Place: Word(),
        ActorKeys: Words(),
        Paragraph: Int(),
        Sentence: Int())
    {
        References = Array(() => new EventSpan(Int(), Int(), Int(), Int())),
        Name = Word(),
        Body = Word(),
        Words = Words(),
        DateText = Word(),
        Hosts = Words(),
        Topics = Words(),
        Agents = Words(),
        CalledOff = Bool(),
    };

    private DocParagraph Paragraph()
    {
        var index = Int();
        var text = Text() ?? throw Bad();
        var isHeading = Bool();
        var sentences = Array(k =>
        {
            var full = Bool();
            var start = Int();
            var length = Int();
            if (full) return new DocSentence(Int(), start, length, Text() ?? throw Bad(), Text() ?? throw Bad());
            if (start < 0 || length < 0 || start > text.Length - length) throw Bad();
            return DocSentence.Of(index, text, k, start, length);
        });
        return new DocParagraph(index, text, sentences, isHeading);
    }

    private Diagnostic Diagnostic() =>
        new(Enum<Severity>(), Word() ?? throw Bad(), Text() ?? throw Bad(), Bool() ? Span() : null);

    private SourceSpan Span() => new(Word() ?? throw Bad(), Int());

    private PartialDate? Date() => Bool() ? new PartialDate(Int(), Int(), Int()) : null;

    private ImmutableArray<string> Words() => Array(() => Word() ?? throw Bad());

    private ImmutableArray<T> Array<T>(Func<T> read) => Array(_ => read());

    private ImmutableArray<T> Array<T>(Func<int, T> read)
    {
        var count = Int() - 1;
        if (count < 0) return count == -1 ? default : throw Bad();
        if (count > Left) throw Bad();
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(i));
        return items.MoveToImmutable();
    }

    private T Enum<T>() where T : struct, Enum
    {
        var value = Int();
        var e = (T)(object)value;
        return System.Enum.IsDefined(e) ? e : throw Bad();
    }

    /// <summary>A 7-bit encoded int, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    public int Int()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
        throw Bad();
    }

    /// <summary>The next <paramref name="count"/> bytes, as they are, in an array of the shared pool the caller returns.</summary>
    public byte[] RentBytes(int count)
    {
        if (count < 0) throw Bad();
        var bytes = ArrayPool<byte>.Shared.Rent(count);
        Take(count).CopyTo(bytes);
        return bytes;
    }

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public bool Bool() => Take(1)[0] switch { 0 => false, 1 => true, _ => throw Bad() };

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, then its bytes.</summary>
    public string Utf8()
    {
        var length = Int();
        if (length < 0) throw Bad();
        return Encoding.UTF8.GetString(Take(length));
    }

    private string? Text() => Int() switch
    {
        0 => null,
        1 => Utf8(),
        2 => Utf16(),
        _ => throw Bad(),
    };

    private string? Word()
    {
        var tag = Int();
        if (tag is 0 or 1 or 2)
        {
            var s = tag switch { 0 => null, 1 => Utf8(), _ => Utf16() };
            if (s is not null) table.Add(s);
            return s;
        }
        var index = tag - 3;
        return index >= 0 && index < table.Count ? table[index] : throw Bad();
    }

    private string Utf16()
    {
        var length = Int();
        if (length < 0 || length > Left / 2) throw Bad();
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
        return new string(chars);
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > Left) throw Bad();
        if (filled - position < count) Fill(count);
        var span = buffer.AsSpan(position, count);
        position += count;
        return span;
    }

    /// <summary>Makes the next <paramref name="count"/> bytes (no more than are left) lie in the buffer from <see cref="position"/>.</summary>
    private void Fill(int count)
    {
        var kept = filled - position;
        if (count > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(count);
            buffer.AsSpan(position, kept).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else buffer.AsSpan(position, kept).CopyTo(buffer);
        (position, filled) = (0, kept);
        while (filled < count)
        {
            var read = stream.Read(buffer, filled, (int)Math.Min(buffer.Length - filled, size - taken));
            if (read == 0) throw Bad();
            hash?.Append(buffer.AsSpan(filled, read));
            filled += read;
            taken += read;
        }
    }

    private static InvalidDataException Bad() => new("the article snapshot does not fit its layout");
}
