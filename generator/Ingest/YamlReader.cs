using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Ingest;

/// <summary>Reads one YAML document into <see cref="YamlNode"/>s, reporting problems with their line instead of throwing.</summary>
public static class YamlReader
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="firstLine"/> is the file line the text starts on.</summary>
    public static (YamlNode? Node, string? Error, int ErrorLine) Read(string text, int firstLine = 1)
    {
        var tabLine = FindIndentingTab(text);
        if (tabLine > 0) return (null, "tab characters are not allowed for indentation in YAML; use spaces", tabLine + firstLine - 1);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return (null, null, 0);
            parser.Consume<DocumentStart>();
            var node = ReadNode(parser, firstLine, 0);
            return (node, null, 0);
        }
        catch (DuplicateKeyException e)
        {
            return (null, e.Message, e.Line);
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            var msg = e.InnerException?.Message ?? e.Message;
            var paren = msg.IndexOf("): ", StringComparison.Ordinal);
            if (msg.StartsWith("(Line", StringComparison.Ordinal) && paren > 0) msg = msg[(paren + 3)..];
            return (null, "malformed YAML: " + msg, Math.Max(line, firstLine));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The YAML library's own checks on input it cannot represent: still a content problem, not a crash.
            return (null, "malformed YAML: " + e.Message, firstLine);
        }
    }

    private static int FindIndentingTab(string text)
    {
        var line = 1;
        var atLineStart = true;
        foreach (var ch in text)
        {
            if (ch == '\n') { line++; atLineStart = true; continue; }
            if (atLineStart && ch == '\t') return line;
            if (ch != ' ') atLineStart = false;
        }
        return 0;
    }

    /// <summary>No settings file needs deep nesting; the limit keeps hostile input from exhausting the stack.</summary>
    public const int MaxDepth = 32;

    private static YamlNode ReadNode(IParser parser, int firstLine, int depth)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of YAML");
        if (depth > MaxDepth) throw new YamlException(ev.Start, ev.End, $"nested more than {MaxDepth} levels deep");
        var line = (int)ev.Start.Line + firstLine - 1;
        switch (ev)
        {
            case Scalar s:
                parser.MoveNext();
                return new YamlScalar(s.Value, line, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, firstLine, depth + 1));
                return new YamlSequence(items.ToImmutable(), line);
            }
            case MappingStart:
            {
                parser.MoveNext();
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, firstLine, depth + 1);
                    if (keyNode is not YamlScalar key) throw new YamlException(ev.Start, ev.End, "mapping keys must be plain text");
                    if (!seen.Add(key.Value)) throw new DuplicateKeyException(key.Value, key.Line);
                    entries.Add(new(key, ReadNode(parser, firstLine, depth + 1)));
                }
                return new YamlMapping(entries.ToImmutable(), line);
            }
            case AnchorAlias:
                throw new YamlException(ev.Start, ev.End, "YAML aliases are not supported");
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private sealed class DuplicateKeyException(string key, int line) : Exception($"duplicate key '{key}'")
    {
        public int Line { get; } = line;
    }
}
