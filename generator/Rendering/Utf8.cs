using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BriefingSite.Rendering;

/// <summary>Output text is UTF-8 without a byte-order mark, with '\n' line endings.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Encoding = new(false);
    public static byte[] Bytes(string text) => Encoding.GetBytes(text);

    /// <summary>
    /// <paramref name="value"/> as JSON and a final newline, serialized straight to UTF-8 in pooled buffers and copied once
    /// into the file's bytes: an API list of a large site is tens of megabytes, and every large array a build makes counts
    /// towards the collections that stop all threads.
    /// </summary>
    public static byte[] JsonLine<T>(T value, JsonSerializerOptions options)
    {
        var buffer = new PooledWriter();
        try
        {
            // The writer options the serializer itself would derive from these options.
            var writerOptions = new JsonWriterOptions
            {
                Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize, NewLine = options.NewLine, MaxDepth = options.MaxDepth,
            };
            using (var json = new Utf8JsonWriter(buffer, writerOptions))
                JsonSerializer.Serialize(json, value, options);
            var bytes = GC.AllocateUninitializedArray<byte>(buffer.Written.Length + 1);
            buffer.Written.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>A growing buffer rented from the shared pool.</summary>
    private sealed class PooledWriter : IBufferWriter<byte>
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int used;

        public ReadOnlySpan<byte> Written => buffer.AsSpan(0, used);

        public void Advance(int count) => used += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return buffer.AsMemory(used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return buffer.AsSpan(used);
        }

        private void Ensure(int sizeHint)
        {
            if (buffer.Length - used < Math.Max(sizeHint, 1))
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, used + sizeHint));
                buffer.AsSpan(0, used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        public void Return() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
