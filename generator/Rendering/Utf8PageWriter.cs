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
    /// <summary>The most bytes one character can be encoded to, with what a split surrogate pair left in the encoder.</summary>
    private const int Reserve = 8;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic] private static Utf8PageWriter? cached;

    /// <summary>This thread's second writer, for the layout around a page being written in the first.</summary>
    [ThreadStatic] private static Utf8PageWriter? cachedFrame;

    private readonly Encoder encoder = Utf8NoBom.GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly Utf8.ChunkedWriter bytes = new();
    private int charCount;

    private Utf8PageWriter() : base(CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Utf8NoBom;

    /// <summary>This thread's writer, empty.</summary>
    public static Utf8PageWriter Rent()
    {
        var writer = cached ??= new Utf8PageWriter();
        writer.Reset();
        return writer;
    }

    /// <summary>This thread's writer for a page's layout, empty; apart from the one <see cref="Rent"/> gives.</summary>
    public static Utf8PageWriter RentFrame()
    {
        var writer = cachedFrame ??= new Utf8PageWriter();
        writer.Reset();
        return writer;
    }

    public override void Write(char value)
    {
        if (charCount == chars.Length) Flush(final: false);
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
        Flush(final: false);
        if (buffer.Length <= chars.Length)
        {
            buffer.CopyTo(chars);
            charCount = buffer.Length;
        }
        else Encode(buffer, flush: false);
    }

    /// <summary>What was written, as one array of UTF-8 bytes; the writer is left empty.</summary>
    public byte[] ToArray() => ToArray([], []);

    /// <summary><paramref name="head"/>, what was written, then <paramref name="tail"/>, as one array of bytes; the writer is left empty.</summary>
    public byte[] ToArray(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        Flush(final: true);
        var result = GC.AllocateUninitializedArray<byte>(head.Length + bytes.Length + tail.Length);
        head.CopyTo(result);
        bytes.CopyTo(result.AsSpan(head.Length));
        tail.CopyTo(result.AsSpan(head.Length + bytes.Length));
        Reset();
        return result;
    }

    /// <summary>True when nothing was written since the writer was rented.</summary>
    public bool IsEmpty => charCount == 0 && bytes.Length == 0;

    private void Flush(bool final)
    {
        Encode(chars.AsSpan(0, charCount), flush: final);
        charCount = 0;
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        while (true)
        {
            // The chunk has room for a character at least, so every conversion makes progress.
            encoder.Convert(text, bytes.GetSpan(Reserve), flush, out var charsUsed, out var bytesUsed, out var completed);
            bytes.Advance(bytesUsed);
            text = text[charsUsed..];
            // Without a flush, the encoder may keep the first half of a surrogate pair for the next text.
            if (text.IsEmpty && (completed || !flush)) return;
        }
    }

    /// <summary>Empties the writer; its chunks but the one it writes into go back to the pool.</summary>
    private void Reset()
    {
        encoder.Reset();
        charCount = 0;
        bytes.Clear();
    }
}
