namespace BriefingSite.Model;

/// <summary>One file read from the content folder, decoded to text. <see cref="DisplayPath"/> is what diagnostics print.</summary>
public sealed record ContentFile(string RelativePath, string DisplayPath, string Text, string ContentHash);
