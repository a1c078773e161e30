namespace BriefingSite.Benchmarks.Corpus;

/// <summary>
/// One generated article, before it is written in either site's format. <see cref="Paragraphs"/> are plain prose;
/// <see cref="Actors"/> and <see cref="Events"/> are what the text names (the taxonomy terms of the Hugo site).
/// </summary>
public sealed record GeneratedArticle(
    int Index,
    string FileStem,
    bool Markdown,
    string Title,
    DateOnly Date,
    string Agency,
    string Place,
    IReadOnlyList<string> Paragraphs,
    int SubheadingBefore,
    string Subheading,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Events);
