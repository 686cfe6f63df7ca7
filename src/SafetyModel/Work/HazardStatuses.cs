namespace SafetyModel.Work;

/// <summary>The Chinese names of <see cref="HazardStatus"/> values, for messages and display.</summary>
internal static class HazardStatuses
{
    /// <summary>已发现, 整改中, 已整改, 已验收; a value that is not a member, its number.</summary>
    public static string ChineseName(HazardStatus status) => status switch
    {
        HazardStatus.Found => "已发现",
        HazardStatus.Rectifying => "整改中",
        HazardStatus.Rectified => "已整改",
        HazardStatus.Verified => "已验收",
        _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
