using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefingSite.Rendering;

/// <summary>
/// A writer that encodes what a template writes to UTF-8 as it comes, into chunks rented from the shared pool, so that a
/// page becomes one array of bytes of its exact size and nothing else of its size. Rendering a template to a string made
/// the page several times over (the string builder's blocks, the string, the layout's string around it, then the bytes): a
/// large page's copies are each a large-object array, fresh memory the system must zero and map, and every such array counts
/// towards the collections that stop all threads. One writer per thread is reused; it is not safe to share.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The most bytes one character can be encoded to, with what a split surrogate pair left in the encoder.</summary>
    private const int Reserve = 8;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic] private static Utf8PageWriter? cached;

    private readonly Encoder encoder = Utf8.GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly List<(byte[] Chunk, int Used)> full = [];
    private int charCount;
    private byte[] current = [];
    private int used;
    private int fullLength;

    private Utf8PageWriter() : base(CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Utf8;

    /// <summary>This thread's writer, empty.</summary>
    public static Utf8PageWriter Rent()
    {
        var writer = cached ??= new Utf8PageWriter();
        writer.Reset();
        return writer;
    }

    public override void Write(char value)
    {
        if (charCount == chars.Length) EncodeBuffered();
        chars[charCount++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length <= chars.Length - charCount)
        {
            buffer.CopyTo(chars.AsSpan(charCount));
            charCount += buffer.Length;
            return;
        }
        EncodeBuffered();
        if (buffer.Length <= chars.Length)
        {
            buffer.CopyTo(chars);
            charCount = buffer.Length;
        }
        else Encode(buffer, flush: false);
    }

    /// <summary>
    /// <paramref name="head"/>, what was written, then <paramref name="tail"/>, as one array of UTF-8 bytes; the writer is
    /// left empty. A surrogate pair split between them is encoded as two replacement characters, as each string alone would be.
    /// </summary>
    public byte[] ToArray(string head = "", string tail = "")
    {
        Flush(final: true);
        var length = Utf8.GetByteCount(head) + fullLength + used + Utf8.GetByteCount(tail);
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var at = Utf8.GetBytes(head, bytes);
        foreach (var (chunk, filled) in full)
        {
            chunk.AsSpan(0, filled).CopyTo(bytes.AsSpan(at));
            at += filled;
        }
        current.AsSpan(0, used).CopyTo(bytes.AsSpan(at));
        at += used;
        Utf8.GetBytes(tail, bytes.AsSpan(at));
        Reset();
        return bytes;
    }

    /// <summary>True when nothing was written since the writer was rented.</summary>
    public bool IsEmpty => charCount == 0 && used == 0 && fullLength == 0;

    private void EncodeBuffered()
    {
        Encode(chars.AsSpan(0, charCount), flush: false);
        charCount = 0;
    }

    private void Flush(bool final)
    {
        Encode(chars.AsSpan(0, charCount), flush: final);
        charCount = 0;
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        while (true)
        {
            if (current.Length - used < Reserve) NextChunk();
            encoder.Convert(text, current.AsSpan(used), flush, out var charsUsed, out var bytesUsed, out var completed);
            used += bytesUsed;
            text = text[charsUsed..];
            // Without a flush, the encoder may keep the first half of a surrogate pair for the next text.
            if (text.IsEmpty && (completed || !flush)) return;
            NextChunk();
        }
    }

    private void NextChunk()
    {
        if (used > 0)
        {
            full.Add((current, used));
            fullLength += used;
            used = 0;
            current = ArrayPool<byte>.Shared.Rent(ChunkSize);
        }
        else if (current.Length < Reserve) current = ArrayPool<byte>.Shared.Rent(ChunkSize);
    }

    /// <summary>Empties the writer; every chunk but the one it writes into goes back to the pool.</summary>
    private void Reset()
    {
        encoder.Reset();
        charCount = 0;
        used = 0;
        foreach (var (chunk, _) in full) ArrayPool<byte>.Shared.Return(chunk);
        full.Clear();
        fullLength = 0;
    }
}
