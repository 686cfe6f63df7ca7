using System;
using System.Linq;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>
/// The lines a web page puts around a document's header when its text is copied (<c>发布时间:2021-12-22 17:45 浏览次数:</c>,
/// <c>视力保护色:</c>, <c>【字号 】【我要打印】【关闭】</c>, <c>索引号:…</c>): not part of the document, never its title or recipients.
/// </summary>
internal static class PageChrome
{
    /// <summary>The labels that start a chrome line, before a colon (the one place this word list lives).</summary>
    private static readonly string[] Labels =
    {
        "来源", "信息来源", "本文来源", "文章来源", "稿件来源", "时间", "发布时间", "发表时间", "发布日期", "更新时间", "信息时间",
        "浏览次数", "浏览量", "阅读次数", "访问次数", "点击数", "点击次数", "视力保护色", "字号", "字体", "分享到", "索引号",
        "作者", "编辑", "责任编辑", "打印",
        "來源", "信息來源", "本文來源", "時間", "發布時間", "發表時間", "發佈時間", "發布日期", "瀏覽次數", "閱讀次數", "訪問次數", "點擊數",
        "字號", "字體", "分享", "責任編輯",
    };

    /// <summary>Whether the line is web page chrome.</summary>
    public static bool IsChrome(string line)
    {
        var text = PinyinResidue.Remove(line).TrimStart('【', '[', ' ', '\u3000');
        foreach (var label in Labels)
        {
            WorkMeter.Step();
            if (text.Length > label.Length && text.StartsWith(label, StringComparison.Ordinal) &&
                text[label.Length] is ':' or '：' or ' ' or '\u3000' or '】' or ']')
            {
                return true;
            }
        }

        return HasTimeOfDay(line) || IsShareButtons(line);
    }

    /// <summary>The share buttons of a page: <c>微博 qq 空间</c>, <c>分享到 微信</c>.</summary>
    private static readonly string[] ShareWords = { "微信", "微博", "qq", "QQ", "空间", "QQ空间", "朋友圈", "复制链接", "分享到" };

    private static readonly char[] WordSeparators = { ' ', '\u3000', ':', '：' };

    private static bool IsShareButtons(string line)
    {
        var words = line.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => Array.IndexOf(ShareWords, w) >= 0);
    }

    /// <summary>Whether the line holds a date with a time of day (<c>2015-11-10 01:51:51</c>, <c>01.06.2015 21:28</c>), which no header line of a 公文 has.</summary>
    private static bool HasTimeOfDay(string line)
    {
        for (var k = 1; k + 2 < line.Length; k++)
        {
            WorkMeter.Step();
            if (line[k] != ':' || !Digit(line[k - 1]) || !Digit(line[k + 1]) || !Digit(line[k + 2]))
            {
                continue;
            }

            // hh:mm right after a date written with separators: eight digits or more and a separator in the 20 characters before
            var from = Math.Max(0, k - 20);
            var digits = 0;
            var separator = false;
            for (var m = from; m < k; m++)
            {
                WorkMeter.Step();
                digits += Digit(line[m]) ? 1 : 0;
                separator |= line[m] is '-' or '.' or '/' && m > 0 && Digit(line[m - 1]);
            }

            if (separator && digits >= 8)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Digit(char c) => c is >= '0' and <= '9';
}
