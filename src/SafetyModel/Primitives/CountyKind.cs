namespace SafetyModel.Primitives;

/// <summary>The kind of a county-level division, from its two digits (GB/T 2260).</summary>
public enum CountyKind
{
    /// <summary>01–20 — 市辖区, a district of a city.</summary>
    District = 0,

    /// <summary>21–80 — 县 or 旗 (banner), and 自治县 / 自治旗.</summary>
    CountyOrBanner = 1,

    /// <summary>81–99 — 县级市, a county-level city.</summary>
    CountyLevelCity = 2,
}
