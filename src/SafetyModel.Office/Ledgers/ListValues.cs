using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Work;

namespace SafetyModel.Office;

/// <summary>Reads a list member's cell: a code, or a Chinese name or alias of the core's lists (检查类型 by its names, 已整改 / 未整改 for a hazard's status).</summary>
internal static class ListValues
{
    private static readonly Dictionary<string, Func<string, string?>> OpenLists = new(StringComparer.Ordinal)
    {
        ["InspectionType"] = text => InspectionType.TryFromName(text, out var v) && v.IsKnown ? v.Code : KnownCode(InspectionType.KnownValues.Select(k => k.Code), text),
        ["Sector"] = text => Sector.TryFromName(text, out var v) && v.IsKnown ? v.Code : null,
        ["PublicityKind"] = text => PublicityKind.TryFromName(text, out var v) && v.IsKnown ? v.Code : null,
        ["CampaignKind"] = text => CampaignKind.TryFromName(text, out var v) && v.IsKnown ? v.Code : null,
        ["Indicator"] = text => Indicator.TryFromName(text, out var v) && v.IsKnown ? v.Code : null,
    };

    /// <summary>Chinese words for the values of closed lists. 未整改 (not rectified) is the status before rectification starts: found.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> ClosedNames = new(StringComparer.Ordinal)
    {
        ["HazardStatus"] = new(StringComparer.Ordinal)
        {
            ["已发现"] = "found", ["未整改"] = "found", ["待整改"] = "found", ["整改中"] = "rectifying", ["正在整改"] = "rectifying",
            ["已整改"] = "rectified", ["整改完成"] = "rectified", ["已完成整改"] = "rectified", ["已验收"] = "verified", ["已销号"] = "verified",
        },
        ["HazardLevel"] = new(StringComparer.Ordinal)
        {
            ["一般"] = "general", ["一般隐患"] = "general", ["一般事故隐患"] = "general", ["重大"] = "major", ["重大隐患"] = "major", ["重大事故隐患"] = "major",
        },
    };

    /// <summary>The Chinese name a list's code is written as in a 台账 (read back by <see cref="Open"/> / <see cref="Closed"/>), or the code itself.</summary>
    public static string Name(MemberShape shape, string code)
    {
        if (shape.Kind == MemberShape.ShapeKind.OpenList)
        {
            var name = shape.List switch
            {
                "InspectionType" => InspectionType.FromCode(code) is { IsKnown: true } t ? t.ChineseName : null,
                "Sector" => Sector.FromCode(code) is { IsKnown: true } s ? s.ChineseName : null,
                "PublicityKind" => PublicityKind.FromCode(code) is { IsKnown: true } p ? p.ChineseName : null,
                "CampaignKind" => CampaignKind.FromCode(code) is { IsKnown: true } c ? c.ChineseName : null,
                "Indicator" => Indicator.FromCode(code) is { IsKnown: true } i ? i.ChineseName : null,
                _ => null,
            };
            return name is not null && Open(shape.List!, name) == code ? name : code;
        }

        return shape.List is { } list && ClosedNames.TryGetValue(list, out var names) && names.FirstOrDefault(n => n.Value == code).Key is { } chinese ? chinese : code;
    }

    /// <summary>The code of an open list's value, or null when it is not a known one (it is then kept as given).</summary>
    public static string? Open(string list, string text) =>
        OpenLists.TryGetValue(list, out var resolve) ? resolve(text) : null;

    /// <summary>The code of a closed list's value, or null when it is none of them.</summary>
    public static string? Closed(MemberShape shape, string text)
    {
        var code = KnownCode(shape.Values, text);
        if (code is not null)
        {
            return code;
        }

        return shape.List is { } list && ClosedNames.TryGetValue(list, out var names) && names.TryGetValue(text, out var named) ? named : null;
    }

    private static string? KnownCode(IEnumerable<string> codes, string text) =>
        codes.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
}
