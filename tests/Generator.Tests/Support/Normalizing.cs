using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Tests.Support;

/// <summary>Runs front-matter reading and normalization on an in-memory article, without a disk.</summary>
public static class Normalizing
{
    public static (Article Article, IReadOnlyList<BriefingSite.Diagnostics.Diagnostic> Diagnostics) Text(string text, string path = "content/articles/a.txt")
    {
        var file = new ContentFile(path, path, text.Replace("\r\n", "\n"), "hash");
        var (raw, diags) = FrontMatterReader.Read(file, ContentReader.FormatOf(path));
        raw.ShouldNotBeNull(string.Join("\n", diags));
        var result = ArticleNormalizer.Run(raw);
        return (result.Value, diags.Concat(result.Diagnostics).ToList());
    }
}
