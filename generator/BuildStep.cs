namespace BriefingSite;

/// <summary>Which stage a running build has reached, for a progress display: step <see cref="Number"/> of <see cref="Total"/>.</summary>
public sealed record BuildStep(int Number, string Name)
{
    public const int Total = 6;
}
