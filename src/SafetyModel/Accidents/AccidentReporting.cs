using NodaTime;

namespace SafetyModel.Accidents;

/// <summary>
/// The reporting deadlines of 国务院令第493号: the unit head reports within 1 hour to the county-level authority
/// (第九条); each further level within 2 hours (第十条); casualty changes within 30 days are re-reported, 7 days for
/// road-traffic and fire accidents (第十三条); the investigation report is due within 60 days (第二十九条).
/// </summary>
public static class AccidentReporting
{
    /// <summary>Gets the time the unit head has to report to the county-level authority: 1 hour (第九条).</summary>
    public static Duration UnitReportLimit { get; } = Duration.FromHours(1);

    /// <summary>Gets the time each level has to report to the next: 2 hours (第十条).</summary>
    public static Duration PerLevelReportLimit { get; } = Duration.FromHours(2);

    /// <summary>Gets the days within which casualty changes are re-reported: 30 (第十三条).</summary>
    public static int CasualtyRevisionDays => 30;

    /// <summary>Gets the days for road-traffic and fire accidents: 7 (第十三条).</summary>
    public static int RoadTrafficAndFireRevisionDays => 7;

    /// <summary>Gets the days within which the investigation report is due: 60 (第二十九条; extendable by up to 60).</summary>
    public static int InvestigationReportDays => 60;

    /// <summary>Gets the deadline of the unit's report: an hour after the unit head learns of the accident.</summary>
    /// <param name="unitHeadInformedAt">When the unit head learned of it.</param>
    /// <returns>The deadline.</returns>
    public static LocalDateTime UnitReportDeadline(LocalDateTime unitHeadInformedAt) => unitHeadInformedAt.PlusHours(1);

    /// <summary>Gets the deadline of one level's report to the next: two hours after it received the report.</summary>
    /// <param name="receivedAt">When the level received the report.</param>
    /// <returns>The deadline.</returns>
    public static LocalDateTime NextLevelReportDeadline(LocalDateTime receivedAt) => receivedAt.PlusHours(2);
}
