using System;
using System.Collections.Generic;
using System.Linq;

namespace SafetyModel.Office;

/// <summary>
/// The column headings a 台账 uses for each member of the built-in record kinds, in Chinese and English: one table, so
/// that import and export agree. A heading is matched after white space, line breaks and brackets' contents such as
/// units (<c>发现隐患（处）</c>) are dropped; the member's contract name (<c>hazardsFound</c>) always matches too, so a
/// town's own kind is imported by its contract names or a column map.
/// </summary>
public static class LedgerColumns
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inspection"] = new(StringComparer.Ordinal)
        {
            ["id"] = new[] { "编号", "检查编号", "记录编号", "ID" },
            ["division"] = new[] { "区划代码", "行政区划代码", "区划" },
            ["start"] = new[] { "检查日期", "检查时间", "日期", "开始日期", "date", "start date" },
            ["end"] = new[] { "结束日期", "end date" },
            ["types"] = new[] { "检查类型", "类别", "检查类别", "类型", "type", "inspection type" },
            ["inspectingBody"] = new[] { "检查单位", "检查组", "检查机关", "inspected by" },
            ["inspected"] = new[] { "被检查单位", "检查对象", "被检查场所", "检查单位及场所" },
            ["campaignId"] = new[] { "专项行动编号", "专项行动" },
            ["hazardsFound"] = new[] { "发现隐患", "隐患数", "发现隐患数", "隐患数量", "发现问题", "hazards found" },
        },
        ["hazard"] = new(StringComparer.Ordinal)
        {
            ["id"] = new[] { "编号", "隐患编号", "ID" },
            ["division"] = new[] { "区划代码", "行政区划代码" },
            ["level"] = new[] { "隐患等级", "等级", "级别" },
            ["description"] = new[] { "隐患描述", "隐患内容", "存在问题", "隐患", "description" },
            ["place"] = new[] { "隐患地点", "所在单位", "地点", "单位名称", "place" },
            ["sector"] = new[] { "行业领域", "行业", "领域", "sector" },
            ["inspectionId"] = new[] { "检查编号" },
            ["foundOn"] = new[] { "发现日期", "排查日期", "检查日期", "日期", "found on" },
            ["rectificationDeadline"] = new[] { "整改期限", "整改时限", "deadline" },
            ["status"] = new[] { "整改情况", "是否整改", "整改状态", "状态", "status" },
            ["rectifiedOn"] = new[] { "整改日期", "整改完成日期", "rectified on" },
            ["verifiedOn"] = new[] { "验收日期", "销号日期", "verified on" },
        },
        ["meeting"] = new(StringComparer.Ordinal)
        {
            ["id"] = new[] { "编号", "ID" },
            ["date"] = new[] { "会议日期", "日期", "时间", "date" },
            ["kind"] = new[] { "会议类型", "类型", "kind" },
            ["attendance"] = new[] { "参会人数", "人数", "attendance" },
            ["topics"] = new[] { "会议内容", "议题", "内容", "topics" },
        },
        ["publicity"] = new(StringComparer.Ordinal)
        {
            ["id"] = new[] { "编号", "ID" },
            ["date"] = new[] { "日期", "宣传日期", "时间", "date" },
            ["kinds"] = new[] { "宣传形式", "形式", "类型", "kinds" },
            ["description"] = new[] { "活动内容", "内容", "description" },
            ["campaignId"] = new[] { "专项行动编号", "专项行动" },
            ["materials"] = new[] { "宣传材料", "发放材料", "材料数量", "发放宣传单", "materials" },
            ["peopleReached"] = new[] { "受众人数", "覆盖人数", "参与人数", "people reached" },
        },
    };

    /// <summary>Gets the headings of a kind's member, in the order they are tried (the first is the one written on export).</summary>
    /// <param name="kind">The record kind's code, such as <c>inspection</c>.</param>
    /// <param name="member">The member's contract name, such as <c>start</c>.</param>
    /// <returns>The headings; empty for a member or kind the table does not know.</returns>
    public static IReadOnlyList<string> Aliases(string kind, string member) =>
        kind is not null && member is not null && Table.TryGetValue(kind, out var members) && members.TryGetValue(member, out var aliases)
            ? aliases
            : Array.Empty<string>();

    /// <summary>Normalises a heading for matching: no white space, no bracketed note, ASCII case folded.</summary>
    internal static string Normalise(string heading)
    {
        var text = new string(heading.Where(c => !char.IsWhiteSpace(c)).ToArray());
        foreach (var (open, close) in new[] { ('（', '）'), ('(', ')') })
        {
            var at = text.IndexOf(open);
            var end = at >= 0 ? text.IndexOf(close, at) : -1;
            if (at > 0 && end > at)
            {
                text = text.Remove(at, end - at + 1);
            }
        }

        return text.ToUpperInvariant();
    }

    /// <summary>Finds the member a heading names: its contract name, or one of its aliases.</summary>
    internal static string? MemberFor(string kind, string heading, IEnumerable<string> members)
    {
        var normal = Normalise(heading);
        if (normal.Length == 0)
        {
            return null;
        }

        var list = members.ToList();
        var byName = list.FirstOrDefault(m => Normalise(m) == normal);
        if (byName is not null)
        {
            return byName;
        }

        return list.FirstOrDefault(m => Aliases(kind, m).Any(a => Normalise(a) == normal));
    }
}
