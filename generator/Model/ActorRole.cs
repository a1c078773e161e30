namespace BriefingSite.Model;

/// <summary>A role an actor was given in an article ("U.S. Defense Secretary"), with where and when it was seen.</summary>
public sealed record ActorRole(string Title, string ArticleSlug, PartialDate? Date);
