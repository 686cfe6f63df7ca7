using System;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>How the names of organs (机关名称) end, for telling a 发文机关标志, a 署名 or a 主送机关 line from prose.</summary>
internal static class OrganNames
{
    /// <summary>The endings of organs' names (机关名称), longest first: what a 发文机关标志 or 署名 line ends with.</summary>
    private static readonly string[] OrganEndings =
    {
        "人民代表大会常务委员会", "常务委员会", "委员会", "办公厅", "办公室", "人民政府", "政府", "行政公署", "公署", "管理局", "管委会",
        "办事处", "部", "厅", "局", "委", "院", "署", "办", "会", "中心", "处", "所", "站", "队",
    };

    /// <summary>
    /// Whether the line is an organ's name alone: at most 40 characters, no punctuation, no 关于, not a title, and ending
    /// like an organ (人民政府, 办公室, 委员会, 部, 厅, 局 …).
    /// </summary>
    public static bool IsOrganName(string line)
    {
        if (line.Length is < 2 or > 40 || line.IndexOfAny(Punctuation) >= 0 || line.IndexOf("关于", StringComparison.Ordinal) >= 0 ||
            line.IndexOf("關於", StringComparison.Ordinal) >= 0 || line.IndexOf("关於", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var ending in OrganEndings)
        {
            WorkMeter.Step();
            if (line.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The endings of a 主送机关 list beyond organs' names (<c>市直有关部门</c>, <c>各成员单位</c>, <c>吴传平委员</c>).</summary>
    private static readonly string[] RecipientEndings = { "部门", "部門", "单位", "單位", "机构", "機構", "企业", "企業", "委员", "委員", "代表", "同志" };

    /// <summary>
    /// Whether <paramref name="names"/> (the text before a colon) reads as a 主送机关 list: at most 150 characters, no
    /// sentence end, and ending like an organ or a recipient (<c>各县、区人民政府，市政府各部门</c>).
    /// </summary>
    public static bool IsRecipientList(string names)
    {
        if (names.Length is < 2 or > 150 || names.IndexOf('。') >= 0 || names.StartsWith("关于", StringComparison.Ordinal) ||
            names.StartsWith("關於", StringComparison.Ordinal) || names.StartsWith("关於", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var ending in RecipientEndings)
        {
            WorkMeter.Step();
            if (names.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var ending in OrganEndings)
        {
            WorkMeter.Step();
            if (names.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Punctuation =
    {
        '，', ',', '。', '：', ':', '；', ';', '《', '》', '“', '”', '"', '（', '(', '）', ')', '〔', '〕', '[', ']', '！', '？', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    };
}
