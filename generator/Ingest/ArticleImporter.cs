using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads an article file from outside the content folder (for `add`): text, Markdown or a saved web page, in UTF-8 or a legacy encoding.</summary>
public static class ArticleImporter
{
    public sealed record Imported(RawArticle? Article, string? EncodingNote, ImmutableArray<Diagnostic> Diagnostics);

    public static Imported Read(string path)
    {
        var shown = path.Replace('\\', '/');
        var at = new SourceSpan(shown);
        if (!File.Exists(path)) return new(null, null, [Messages.AddFileMissing(at)]);
        var bytes = File.ReadAllBytes(path);
        var decoded = LegacyEncoding.Decode(bytes);
        if (decoded.Text is null) return new(null, null, [Messages.Undecodable(at, decoded.Error!)]);
        var format = ContentReader.FormatOf(path);
        if (format == ArticleFormat.PlainText && LooksLikeHtml(decoded.Text)) format = ArticleFormat.Html;
        var file = new ContentFile(Path.GetFileName(path), shown, decoded.Text, TextDecoder.Hash(bytes));
        var (raw, diags) = HtmlArticleReader.Apply(FrontMatterReader.Read(file, format));
        return new(raw, decoded.Note, diags);
    }

    /// <summary>A page saved without an .html extension still starts like one.</summary>
    private static bool LooksLikeHtml(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
