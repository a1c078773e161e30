using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingSite.Model;

namespace BriefingSite.Incremental;

/// <summary>Writes a <see cref="PartialDate"/> to the article cache as <c>[year, month, day]</c> (not its derived properties).</summary>
internal sealed class DateJsonConverter : JsonConverter<PartialDate>
{
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Year);
        writer.WriteNumberValue(value.Month);
        writer.WriteNumberValue(value.Day);
        writer.WriteEndArray();
    }

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a cached date is an array");
        var parts = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (!reader.Read()) throw new JsonException("cache entry ends inside a date");
            parts[i] = reader.GetInt32();
        }
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a cached date has three parts");
        return new PartialDate(parts[0], parts[1], parts[2]);
    }
}
