namespace SafetyModel.Primitives;

/// <summary>The level of a statistical division code: how many of its segments are set (2 + 2 + 2 + 3 + 3 digits).</summary>
public enum DivisionLevel
{
    /// <summary>省级 — province, autonomous region, municipality (digits 1–2: 内蒙古 15).</summary>
    Province = 1,

    /// <summary>地级 — prefecture, league, prefecture-level city (digits 3–4: 鄂尔多斯市 1506).</summary>
    Prefecture = 2,

    /// <summary>县级 — county, banner, district, county-level city (digits 5–6: 乌审旗 150626).</summary>
    County = 3,

    /// <summary>乡级 — town, township, sumu, sub-district (digits 7–9: 乌兰陶勒盖镇 150626103).</summary>
    Township = 4,

    /// <summary>村级 — village or residents' committee (digits 10–12).</summary>
    Village = 5,
}
