namespace BriefingSite.Diagnostics;

public enum Severity { Info, Warning, Error }
