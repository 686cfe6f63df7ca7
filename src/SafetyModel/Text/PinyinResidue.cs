namespace SafetyModel.Text;

/// <summary>
/// The pinyin that some web mirrors print in parentheses after a character (<c>發(fā)</c>, <c>區(qū)</c>, <c>直(zhi)</c>):
/// residue of a page's annotation, never part of the text.
/// </summary>
internal static class PinyinResidue
{
    private const string Vowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

    /// <summary>
    /// The length of the parenthesised run of Latin letters (with or without tone marks, at most six) that starts at
    /// <paramref name="i"/> right after a Chinese character, or 0.
    /// </summary>
    public static int Length(string text, int i)
    {
        if (i == 0 || text[i] != '(' || text[i - 1] < '\u4E00')
        {
            return 0;
        }

        var k = i + 1;
        while (k < text.Length && k - i <= 7 && (text[k] is >= 'a' and <= 'z' || Vowels.IndexOf(text[k]) >= 0))
        {
            WorkMeter.Step();
            k++;
        }

        var letters = k;
        while (k < text.Length && k - letters < 2 && text[k] == ' ')
        {
            k++; // 會(huì ): a space before the closing parenthesis
        }

        return letters > i + 1 && k < text.Length && text[k] == ')' ? k + 1 - i : 0;
    }

    /// <summary>The text without pinyin residue.</summary>
    public static string Remove(string text)
    {
        if (text.IndexOf('(') < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            WorkMeter.Step();
            if (Length(text, k) is > 0 and var length)
            {
                k += length - 1;
                continue;
            }

            builder.Append(text[k]);
        }

        return builder.ToString();
    }
}
