namespace BriefingSite.Model;

/// <summary>Planned until any covering article reports that the event took place.</summary>
public enum EventStatus { Planned, Happened }
