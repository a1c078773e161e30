using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace BriefingSite.Rendering;

/// <summary>
/// A hash of whole values (as JSON, with their runtime type so every property counts), for inputs that have no shorter key:
/// the site settings, and an article or its facts outside a build (see <see cref="ArticleKeys"/>, which pages are
/// fingerprinted with). Theme and program are not part of it: <see cref="IRenderedPages"/> keys records on them.
/// </summary>
public static class PageFingerprint
{
    public static string Of(params object?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The JSON streams into the hash: a large value is never held as one byte array.
        var sink = new HashingWriter(hash);
        using (var json = new Utf8JsonWriter(sink))
            foreach (var part in parts)
            {
                if (part is null) json.WriteNullValue();
                else JsonSerializer.Serialize(json, part, part.GetType());
                json.Flush();
                json.Reset(); // each part is a JSON document of its own
                hash.AppendData("\u001F"u8);
            }
        sink.Return();
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>Hands the JSON writer a pooled buffer and feeds every written chunk to the hash.</summary>
    private sealed class HashingWriter(IncrementalHash hash) : IBufferWriter<byte>
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

        public void Advance(int count) => hash.AppendData(buffer, 0, count);

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).Span;

        private Memory<byte> Ensure(int sizeHint)
        {
            if (sizeHint > buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
            return buffer;
        }

        public void Return() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
