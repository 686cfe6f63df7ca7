namespace SafetyModel.Text;

/// <summary>The characters of written numbers: Arabic (half- and full-width), Chinese, and financial capitals.</summary>
internal static class NumeralCharacters
{
    /// <summary>0–9 for an ASCII or full-width (０-９) digit; −1 otherwise.</summary>
    public static int ArabicDigit(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    /// <summary>Whether <paramref name="c"/> is a full-width digit (０-９).</summary>
    public static bool IsFullWidthDigit(char c) => c >= '０' && c <= '９';

    /// <summary>0–9 for a Chinese digit (〇 零 一 二 两 三 …, and the financial capitals 壹 贰 …); −1 otherwise.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' or '○' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' or '貳' or '兩' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>10, 100 or 1000 for 十/拾, 百/佰, 千/仟; 0 otherwise.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>Whether <paramref name="c"/> is 万 (萬).</summary>
    public static bool IsTenThousand(char c) => c is '万' or '萬';

    /// <summary>Whether <paramref name="c"/> is 亿 (億).</summary>
    public static bool IsHundredMillion(char c) => c is '亿' or '億';

    /// <summary>Whether <paramref name="c"/> is a decimal point (ASCII or full-width).</summary>
    public static bool IsDecimalPoint(char c) => c is '.' or '．';

    /// <summary>Whether <paramref name="c"/> can be part of a written number.</summary>
    public static bool IsNumeral(char c) =>
        ArabicDigit(c) >= 0 || ChineseDigit(c) >= 0 || SmallUnit(c) != 0 || IsTenThousand(c) || IsHundredMillion(c);

    /// <summary>Whether <paramref name="c"/> is white space of any width (including the ideographic space U+3000).</summary>
    public static bool IsSpace(char c) => c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0';
}
