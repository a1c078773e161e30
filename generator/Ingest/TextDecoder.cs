using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Ingest;

/// <summary>Turns file bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, never guessed.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The text, or why there is none and the 1-based line where the problem is (0 when the whole file is meant).</summary>
    public sealed record Decoded(string? Text, string? Error, int Line = 0);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return FromUtf16(bytes[2..], new UnicodeEncoding(false, false, true));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return FromUtf16(bytes[2..], new UnicodeEncoding(true, false, true));
        // Offsets in messages count from the start of the file, byte-order mark included, as a hex editor shows them.
        var skipped = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) { bytes = bytes[3..]; skipped = 3; }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) return new(null, string.Create(CultureInfo.InvariantCulture, $"binary content (NUL byte at offset {nul + skipped}); articles must be text"), LineAt(bytes, nul));
        var offset = FirstInvalidUtf8Offset(bytes);
        if (offset >= 0)
            return new(null, string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset + skipped}); save the file as UTF-8"), LineAt(bytes, offset));
        return new(Normalize(StrictUtf8.GetString(bytes)), null);
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    private static Decoded FromUtf16(ReadOnlySpan<byte> bytes, Encoding enc)
    {
        try
        {
            var text = enc.GetString(bytes);
            var nul = text.IndexOf('\0');
            return nul >= 0
                ? new(null, string.Create(CultureInfo.InvariantCulture, $"binary content (NUL character at offset {2 + 2 * nul}); articles must be text"), text.AsSpan(0, nul).Count('\n') + 1)
                : new(Normalize(text), null);
        }
        catch (DecoderFallbackException)
        {
            return new(null, "not valid UTF-16 although the file starts with a UTF-16 byte-order mark");
        }
    }

    /// <summary>Line endings become '\n' so that every later stage, and every hash, sees one form.</summary>
    private static string Normalize(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }
}
