using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>One parsed HTML page of a built site. <see cref="Path"/> is relative to the output folder ("articles/x/index.html").</summary>
public sealed class BuiltPage(string path, string displayPath, IHtmlDocument document)
{
    private HashSet<string>? _ids;

    public string Path { get; } = path;
    public IHtmlDocument Document { get; } = document;

    /// <summary>Every id (and legacy a[name]) on the page: the anchors links may point to.</summary>
    public HashSet<string> Anchors => _ids ??= Document.QuerySelectorAll("[id]").Select(e => e.Id!)
        .Concat(Document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Where an element sits, for a <c>path:line: problem</c> report.</summary>
    public SourceSpan At(IElement? element) => new(displayPath, element?.SourceReference?.Position.Line ?? 0);
}
