using System;
using System.Collections.Generic;
using NodaTime;

namespace SafetyModel.Work;

/// <summary>
/// The life of a hidden hazard as the 隐患排查治理 systems run it — 上报 → 交办 → 整改 → 复查 → 销号, with 延期, 挂牌督办 and
/// 约谈 beside them — as a state machine (<see cref="Transitions"/>), and what a history says on any day
/// (<see cref="StandingOn"/>).
/// </summary>
/// <remarks>
/// <para>
/// Sources: 安监总局令第16号 (安全生产事故隐患排查治理暂行规定, 2007) — 第十五条: a 重大 hazard is treated under a
/// treatment plan; after treatment the authority checks it before it is closed and production resumes. The steps
/// 交办 / 销号, 挂牌督办 by county, prefecture or province, 约谈 and 延期 are provincial practice (e.g. the Hubei rules
/// on listing major hazards, 第十条: the body that issued the listing notice organises the on-site acceptance and
/// decides the 核销; Qingdao's 3+X rules: a listed hazard is closed (摘牌销号) after acceptance, and an extension is
/// applied for before the deadline). See docs/hazards.md.
/// </para>
/// <para>
/// The table: the first event is 上报. From 已上报: 交办, 开始整改, or 整改完成 (a 一般 hazard rectified at once). From 已交办:
/// 交办 again (re-assigned), 开始整改, 整改完成. From 整改中: 整改完成. From 待复查: 复查 — passed to 复查合格, failed back to
/// 整改中. From 复查合格: 销号. 延期 is allowed while 已交办 or 整改中; 挂牌督办 in any state before 复查合格; 约谈 in any state
/// before 已销号; neither moves the hazard. Nothing follows 销号.
/// </para>
/// </remarks>
public static class HazardLifecycle
{
    private static readonly HazardState[] BeforePass = { HazardState.Reported, HazardState.Assigned, HazardState.Rectifying, HazardState.AwaitingRecheck };

    /// <summary>Gets every allowed transition, the state machine's table (see the remarks of <see cref="HazardLifecycle"/>).</summary>
    public static IReadOnlyList<HazardTransition> Transitions { get; } = BuildTable();

    /// <summary>Returns the state a hazard in <paramref name="state"/> moves to on an event, or <see langword="null"/> when the event cannot happen then.</summary>
    /// <param name="state">The state before, or <see langword="null"/> before the first event.</param>
    /// <param name="kind">The event's kind.</param>
    /// <param name="outcome">For a re-check, its outcome.</param>
    /// <returns>The state after, or <see langword="null"/> when <see cref="Transitions"/> has no such row.</returns>
    public static HazardState? Next(HazardState? state, HazardEventKind kind, RecheckOutcome? outcome = null)
    {
        foreach (var row in Transitions)
        {
            if (row.From == state && row.Event == kind && row.Outcome == outcome)
            {
                return row.To;
            }
        }

        return null;
    }

    /// <summary>Returns whether an event of a kind may happen in a state, whatever a re-check's outcome.</summary>
    /// <param name="state">The state, or <see langword="null"/> before the first event.</param>
    /// <param name="kind">The event's kind.</param>
    /// <returns>Whether <see cref="Transitions"/> has a row for it.</returns>
    public static bool Allows(HazardState? state, HazardEventKind kind)
    {
        foreach (var row in Transitions)
        {
            if (row.From == state && row.Event == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns where a hazard stands on a day. With a history, its events dated on or before the day are replayed in
    /// list order; an event the table does not allow is skipped (validation reports it, <c>SM4020</c>). Without a
    /// history, the register's columns say it: 已销号 from <c>verifiedOn</c>, 待复查 from <c>rectifiedOn</c> (or from a
    /// rectified status without a date), else 已交办 when a deadline is set, else 已上报 from <c>foundOn</c>.
    /// </summary>
    /// <param name="hazard">The hazard.</param>
    /// <param name="on">The day to judge on.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hazard"/> is <see langword="null"/>.</exception>
    public static HazardStanding StandingOn(Hazard hazard, LocalDate on)
    {
        if (hazard is null)
        {
            throw new ArgumentNullException(nameof(hazard));
        }

        HazardState? state = null;
        LocalDate? deadline = null;
        LocalDate? closedOn = null;
        SupervisionLevel? listing = null;
        if (hazard.Events.Count == 0)
        {
            if (on >= hazard.FoundOn)
            {
                deadline = hazard.RectificationDeadline;
                state = hazard.VerifiedOn is { } verified && verified <= on ? HazardState.Closed
                    : hazard.RectifiedOn is { } rectified ? (rectified <= on ? HazardState.AwaitingRecheck : Open(deadline))
                    : hazard.IsRectified ? HazardState.AwaitingRecheck
                    : Open(deadline);
                closedOn = state == HazardState.Closed ? hazard.VerifiedOn : null;
            }
        }
        else
        {
            foreach (var e in hazard.Events)
            {
                if (e is null || e.Date > on)
                {
                    continue;
                }

                var next = Next(state, e.Kind, e.Kind == HazardEventKind.Rechecked ? e.Outcome : null);
                if (next is null)
                {
                    continue;
                }

                state = next;
                switch (e.Kind)
                {
                    case HazardEventKind.Assigned or HazardEventKind.DeadlineExtended when e.Deadline is { } d:
                        deadline = d;
                        break;
                    case HazardEventKind.Escalated when e.Level is { } level && (listing is null || level > listing):
                        listing = level;
                        break;
                    case HazardEventKind.Closed:
                        closedOn = e.Date;
                        break;
                }
            }
        }

        var found = state is not null && on >= hazard.FoundOn;
        var end = closedOn is { } closed && closed < on ? closed : on;
        var daysOpen = found && end >= hazard.FoundOn ? Period.Between(hazard.FoundOn, end, PeriodUnits.Days).Days : 0;
        var overdue = state is not null && state < HazardState.AwaitingRecheck && deadline is { } due && on > due;
        var daysOverdue = overdue ? Period.Between(deadline!.Value, on, PeriodUnits.Days).Days : 0;
        return new HazardStanding(on, state, deadline, overdue, daysOpen, daysOverdue, listing, closedOn);

        static HazardState Open(LocalDate? deadline) => deadline is null ? HazardState.Reported : HazardState.Assigned;
    }

    /// <summary>Returns the register's status (<see cref="HazardStatus"/>) that a state reads as: 已上报 and 已交办 are found, 整改中 rectifying, 待复查 and 复查合格 rectified, 已销号 verified.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The status.</returns>
    public static HazardStatus StatusOf(HazardState state) => state switch
    {
        HazardState.Rectifying => HazardStatus.Rectifying,
        HazardState.AwaitingRecheck or HazardState.RecheckPassed => HazardStatus.Rectified,
        HazardState.Closed => HazardStatus.Verified,
        _ => HazardStatus.Found,
    };

    /// <summary>Returns the Chinese name of an event's kind (上报, 交办, 开始整改, 整改完成, 复查, 销号, 延期, 挂牌督办, 约谈).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string ChineseName(HazardEventKind kind) => kind switch
    {
        HazardEventKind.Reported => "上报",
        HazardEventKind.Assigned => "交办",
        HazardEventKind.RectificationStarted => "开始整改",
        HazardEventKind.RectificationReported => "整改完成",
        HazardEventKind.Rechecked => "复查",
        HazardEventKind.Closed => "销号",
        HazardEventKind.DeadlineExtended => "延期",
        HazardEventKind.Escalated => "挂牌督办",
        HazardEventKind.Interviewed => "约谈",
        _ => kind.ToString(),
    };

    /// <summary>Returns the Chinese name of a state (已上报, 已交办, 整改中, 待复查, 复查合格, 已销号).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name.</returns>
    public static string ChineseName(HazardState state) => state switch
    {
        HazardState.Reported => "已上报",
        HazardState.Assigned => "已交办",
        HazardState.Rectifying => "整改中",
        HazardState.AwaitingRecheck => "待复查",
        HazardState.RecheckPassed => "复查合格",
        HazardState.Closed => "已销号",
        _ => state.ToString(),
    };

    /// <summary>Returns the Chinese name of a listing level (县级, 市级, 省级).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public static string ChineseName(SupervisionLevel level) => level switch
    {
        SupervisionLevel.County => "县级",
        SupervisionLevel.Prefecture => "市级",
        SupervisionLevel.Province => "省级",
        _ => level.ToString(),
    };

    private static HazardTransition[] BuildTable()
    {
        var rows = new List<HazardTransition>
        {
            new(null, HazardEventKind.Reported, null, HazardState.Reported),
            new(HazardState.Reported, HazardEventKind.Assigned, null, HazardState.Assigned),
            new(HazardState.Reported, HazardEventKind.RectificationStarted, null, HazardState.Rectifying),
            new(HazardState.Reported, HazardEventKind.RectificationReported, null, HazardState.AwaitingRecheck),
            new(HazardState.Assigned, HazardEventKind.Assigned, null, HazardState.Assigned),
            new(HazardState.Assigned, HazardEventKind.RectificationStarted, null, HazardState.Rectifying),
            new(HazardState.Assigned, HazardEventKind.RectificationReported, null, HazardState.AwaitingRecheck),
            new(HazardState.Rectifying, HazardEventKind.RectificationReported, null, HazardState.AwaitingRecheck),
            new(HazardState.AwaitingRecheck, HazardEventKind.Rechecked, RecheckOutcome.Passed, HazardState.RecheckPassed),
            new(HazardState.AwaitingRecheck, HazardEventKind.Rechecked, RecheckOutcome.Failed, HazardState.Rectifying),
            new(HazardState.RecheckPassed, HazardEventKind.Closed, null, HazardState.Closed),
            new(HazardState.Assigned, HazardEventKind.DeadlineExtended, null, HazardState.Assigned),
            new(HazardState.Rectifying, HazardEventKind.DeadlineExtended, null, HazardState.Rectifying),
        };
        foreach (var state in BeforePass)
        {
            rows.Add(new HazardTransition(state, HazardEventKind.Escalated, null, state));
        }

        foreach (var state in BeforePass)
        {
            rows.Add(new HazardTransition(state, HazardEventKind.Interviewed, null, state));
        }

        rows.Add(new HazardTransition(HazardState.RecheckPassed, HazardEventKind.Interviewed, null, HazardState.RecheckPassed));
        return rows.ToArray();
    }
}
