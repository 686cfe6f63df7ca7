namespace SafetyModel.Primitives;

/// <summary>
/// The honest answer to a comparison of figures that may be approximate: no, possibly, or definitely.
/// </summary>
public enum Certainty
{
    /// <summary>否 — false for every value the figures allow.</summary>
    No = 0,

    /// <summary>可能 — true for some values the figures allow and false for others.</summary>
    Possibly = 1,

    /// <summary>肯定 — true for every value the figures allow.</summary>
    Definitely = 2,
}
