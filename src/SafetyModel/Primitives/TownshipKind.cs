namespace SafetyModel.Primitives;

/// <summary>
/// The kind of a township-level division, from the first of its three digits (GB/T 10114; NBS division-code rules).
/// </summary>
public enum TownshipKind
{
    /// <summary>0xx — 街道, sub-district.</summary>
    SubDistrict = 0,

    /// <summary>1xx — 镇, town.</summary>
    Town = 1,

    /// <summary>2xx–3xx — 乡, township; 苏木 and 民族乡 take these codes too.</summary>
    Township = 2,

    /// <summary>4xx–5xx — 政企合一 units such as farms and forestry centres under county administration.</summary>
    EnterpriseAdministered = 3,

    /// <summary>6xx–9xx — a first digit the rules do not assign.</summary>
    Unassigned = 4,
}
