namespace BriefingSite.Model;

/// <summary>An article file split into front matter and body, before normalization. <see cref="BodyLine"/> is the 1-based file line the body starts on.</summary>
public sealed record RawArticle(ContentFile File, ArticleFormat Format, FrontMatter Meta, string Body, int BodyLine);
