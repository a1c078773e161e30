using System.Collections.Immutable;

namespace BriefingSite.Ingest;

/// <summary>A YAML value with the 1-based line it starts on. Mappings keep key order and reject duplicate keys at read time.</summary>
public abstract record YamlNode(int Line);

public sealed record YamlScalar(string Value, int Line, bool Quoted) : YamlNode(Line)
{
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, int Line) : YamlNode(Line);

public sealed record YamlMapping(ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line) : YamlNode(Line)
{
    public YamlNode? this[string key] =>
        Entries.FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal)).Value;
}
