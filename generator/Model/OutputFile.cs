namespace BriefingSite.Model;

/// <summary>One file of the built site, relative to the output folder with '/' separators.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content);
