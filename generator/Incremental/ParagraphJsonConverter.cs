using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Incremental;

/// <summary>
/// Writes a paragraph to the article cache once: <c>[index, text, isHeading, start, length, start, length, ...]</c>, each
/// sentence as its offsets into the paragraph's text. A sentence whose text, index or id is not what those offsets and its
/// position give (never the case for <see cref="MarkdownRenderer.ReadDocument"/>) is written in full as a nested
/// <c>[index, start, length, text, id]</c>, so reading always gives back the same paragraph.
/// </summary>
internal sealed class ParagraphJsonConverter : JsonConverter<DocParagraph>
{
    public override void Write(Utf8JsonWriter writer, DocParagraph value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Index);
        writer.WriteStringValue(value.Text);
        writer.WriteBooleanValue(value.IsHeading);
        for (var k = 0; k < value.Sentences.Length; k++)
        {
            var s = value.Sentences[k];
            if (s.IsUsualIn(value, k))
            {
                writer.WriteNumberValue(s.Start);
                writer.WriteNumberValue(s.Length);
                continue;
            }
            writer.WriteStartArray();
            writer.WriteNumberValue(s.Index);
            writer.WriteNumberValue(s.Start);
            writer.WriteNumberValue(s.Length);
            writer.WriteStringValue(s.Text);
            writer.WriteStringValue(s.Id);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    public override DocParagraph Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        var index = NextInt(ref reader);
        Next(ref reader);
        var text = reader.GetString() ?? throw new JsonException("paragraph text is null");
        Next(ref reader);
        var isHeading = reader.GetBoolean();
        var sentences = ImmutableArray.CreateBuilder<DocSentence>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var i = NextInt(ref reader);
                var start = NextInt(ref reader);
                var length = NextInt(ref reader);
                Next(ref reader);
                var sText = reader.GetString() ?? throw new JsonException("sentence text is null");
                Next(ref reader);
                var id = reader.GetString() ?? throw new JsonException("sentence id is null");
                Next(ref reader);
                Expect(reader.TokenType == JsonTokenType.EndArray);
                sentences.Add(new DocSentence(i, start, length, sText, id));
                continue;
            }
            var k = sentences.Count;
            var s0 = reader.GetInt32();
            var len = NextInt(ref reader);
            if (s0 < 0 || len < 0 || s0 + len > text.Length) throw new JsonException("sentence outside its paragraph");
            sentences.Add(DocSentence.Of(index, text, k, s0, len));
        }
        return new DocParagraph(index, text, sentences.ToImmutable(), isHeading);
    }

    private static int NextInt(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.GetInt32();
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("cache entry ends inside a paragraph");
    }

    private static void Expect(bool condition)
    {
        if (!condition) throw new JsonException("unexpected token in a cached paragraph");
    }
}
