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

        return k > i + 1 && k < text.Length && text[k] == ')' ? k + 1 - i : 0;
    }
}
