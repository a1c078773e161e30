using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BriefingSite.Rendering;

/// <summary>Output text is UTF-8 without a byte-order mark, with '\n' line endings.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Encoding = new(false);
    public static byte[] Bytes(string text) => Encoding.GetBytes(text);

    /// <summary>
    /// <paramref name="value"/> as JSON and a final newline, serialized straight to UTF-8 in pooled chunks and copied once
    /// into the file's bytes: an API list of a large site is tens of megabytes, and every large array a build makes counts
    /// towards the collections that stop all threads. Chunks of one size, not one buffer doubled: each doubling rented an
    /// array of a size the pool did not have yet (measured on the 10,000-article site after adding one article: 86 MB of new
    /// arrays for two files of 17 and 16 MB).
    /// </summary>
    public static byte[] JsonLine<T>(T value, JsonSerializerOptions options) =>
        JsonLine(value, options, (json, v) => JsonSerializer.Serialize(json, v, options));

    /// <summary>The same, with the serializer made at compile time (see <see cref="ActorApiFiles"/>): the same bytes, without reflection.</summary>
    public static byte[] JsonLine<T>(T value, JsonTypeInfo<T> info) =>
        JsonLine(value, info.Options, (json, v) => JsonSerializer.Serialize(json, v, info));

    /// <summary>
    /// The same, written by <paramref name="write"/> through a writer set up as the serializer would set it up from
    /// <paramref name="options"/>: the bytes the serializer would give for the values written, without the reflection that
    /// serializing an anonymous or an object-typed value costs the first time (its metadata and the code it emits).
    /// </summary>
    public static byte[] JsonLine(JsonSerializerOptions options, Action<Utf8JsonWriter> write) =>
        JsonLine(write, options, static (json, w) => w(json));

    /// <summary>Writes <paramref name="value"/> as the serializer writes a string or null.</summary>
    public static void StringOrNull(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }

    /// <summary>Writes the strings as the serializer writes an array of strings.</summary>
    public static void Strings(Utf8JsonWriter json, IEnumerable<string?> values)
    {
        json.WriteStartArray();
        foreach (var v in values) StringOrNull(json, v);
        json.WriteEndArray();
    }

    private static byte[] JsonLine<T>(T value, JsonSerializerOptions options, Action<Utf8JsonWriter, T> serialize)
    {
        var buffer = new ChunkedWriter();
        try
        {
            // The writer options the serializer itself would derive from these options.
            var writerOptions = new JsonWriterOptions
            {
                Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize, NewLine = options.NewLine, MaxDepth = options.MaxDepth,
            };
            using (var json = new Utf8JsonWriter(buffer, writerOptions))
                serialize(json, value);
            var bytes = GC.AllocateUninitializedArray<byte>(buffer.Length + 1);
            buffer.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Chunks rented from the shared pool, filled one after another (also what <see cref="Utf8PageWriter"/> encodes into).</summary>
    internal sealed class ChunkedWriter : IBufferWriter<byte>
    {
        private const int ChunkSize = 256 * 1024;
        private readonly List<(byte[] Chunk, int Used)> full = [];
        private byte[] current = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int used;

        public int Length { get; private set; }

        public void Advance(int count)
        {
            used += count;
            Length += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return current.AsMemory(used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return current.AsSpan(used);
        }

        private void Ensure(int sizeHint)
        {
            if (current.Length - used >= Math.Max(sizeHint, 1)) return;
            full.Add((current, used));
            current = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkSize, sizeHint));
            used = 0;
        }

        public void CopyTo(Span<byte> target)
        {
            var at = 0;
            foreach (var (chunk, n) in full)
            {
                chunk.AsSpan(0, n).CopyTo(target[at..]);
                at += n;
            }
            current.AsSpan(0, used).CopyTo(target[at..]);
        }

        /// <summary>Empties the writer for reuse: every chunk but the one it writes into goes back to the pool.</summary>
        public void Clear()
        {
            foreach (var (chunk, _) in full) ArrayPool<byte>.Shared.Return(chunk);
            full.Clear();
            used = 0;
            Length = 0;
        }

        public void Return()
        {
            Clear();
            ArrayPool<byte>.Shared.Return(current);
        }
    }
}

