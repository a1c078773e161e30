namespace BriefingSite.Extraction;

/// <summary>What a piece of a capitalized run is: a known name, a title word, a connector ("of the"), or a plain word.</summary>
public enum ChainUnitKind { Known, Role, Honorific, Connector, Word, Particle, Hyphen, Other }

/// <summary>One piece of a capitalized run: tokens [First, First+Count) of the paragraph.</summary>
public readonly record struct ChainUnit(ChainUnitKind Kind, int First, int Count, KnownName? Known = null)
{
    public int Last => First + Count - 1;
}
