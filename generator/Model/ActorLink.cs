namespace BriefingSite.Model;

/// <summary>An outside link on an actor's page (official site, encyclopedia entry), from a curated file.</summary>
public sealed record ActorLink(string Label, string Url);
