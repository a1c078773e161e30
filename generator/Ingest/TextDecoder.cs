using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Ingest;

/// <summary>Turns file bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, never guessed.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public sealed record Decoded(string? Text, string? Error);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return FromUtf16(bytes[2..], new UnicodeEncoding(false, false, true));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return FromUtf16(bytes[2..], new UnicodeEncoding(true, false, true));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) return new(null, $"binary content (NUL byte at offset {nul}); articles must be text");
        try
        {
            return new(Normalize(StrictUtf8.GetString(bytes)), null);
        }
        catch (DecoderFallbackException e)
        {
            var offset = FirstInvalidUtf8Offset(bytes);
            return new(null, $"not valid UTF-8 (byte 0x{(offset >= 0 ? bytes[offset] : e.BytesUnknown?.FirstOrDefault() ?? 0):X2} at offset {offset}); save the file as UTF-8");
        }
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    private static Decoded FromUtf16(ReadOnlySpan<byte> bytes, Encoding enc)
    {
        try
        {
            var text = enc.GetString(bytes);
            return text.Contains('\0') ? new(null, "binary content (NUL character); articles must be text") : new(Normalize(text), null);
        }
        catch (DecoderFallbackException)
        {
            return new(null, "not valid UTF-16 although the file starts with a UTF-16 byte-order mark");
        }
    }

    /// <summary>Line endings become '\n' so that every later stage, and every hash, sees one form.</summary>
    private static string Normalize(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }
}
