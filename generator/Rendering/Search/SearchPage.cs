namespace BriefingSite.Rendering.Search;

/// <summary>The search page: where the index and the script live.</summary>
public sealed record SearchPage : PageModel
{
    public required string IndexUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required bool HasActors { get; init; }
    public required bool HasEvents { get; init; }
}
