using System.Text;

namespace SafetyModel.Text;

/// <summary>
/// A text as the readers read it: traditional characters simplified (<see cref="TraditionalCharacters"/>) and the pinyin
/// residue of web mirrors removed (<see cref="PinyinResidue"/>), with a map from each position back to the text as
/// written, so that every span a reader reports still points into — and quotes — what the user gave.
/// </summary>
internal sealed class ReadingText
{
    private readonly int[]? _map;

    private ReadingText(string original, string text, int[]? map, int traditional, int pinyin)
    {
        Original = original;
        Text = text;
        _map = map;
        TraditionalCount = traditional;
        PinyinCount = pinyin;
    }

    /// <summary>Gets the text as written.</summary>
    public string Original { get; }

    /// <summary>Gets the text as read; the same instance as <see cref="Original"/> when nothing was changed.</summary>
    public string Text { get; }

    /// <summary>Gets how many traditional characters were simplified.</summary>
    public int TraditionalCount { get; }

    /// <summary>Gets how many pieces of pinyin residue were removed.</summary>
    public int PinyinCount { get; }

    /// <summary>Gets whether the text as read differs from the text as written.</summary>
    public bool Changed => TraditionalCount > 0 || PinyinCount > 0;

    /// <summary>Reads <paramref name="original"/>.</summary>
    public static ReadingText Of(string original)
    {
        var simplified = TraditionalCharacters.ToSimplified(original, out var traditional);
        if (simplified.IndexOf('(') < 0)
        {
            return new ReadingText(original, simplified, null, traditional, 0);
        }

        StringBuilder? builder = null;
        int[]? map = null;
        var pinyin = 0;
        for (var k = 0; k < simplified.Length; k++)
        {
            WorkMeter.Step();
            if (PinyinResidue.Length(simplified, k) is > 0 and var length)
            {
                if (builder is null)
                {
                    builder = new StringBuilder(simplified.Length);
                    builder.Append(simplified, 0, k);
                    map = new int[simplified.Length + 1];
                    for (var m = 0; m < k; m++)
                    {
                        map[m] = m;
                    }
                }

                pinyin++;
                k += length - 1;
                continue;
            }

            if (builder is not null)
            {
                map![builder.Length] = k;
                builder.Append(simplified[k]);
            }
        }

        if (builder is null)
        {
            return new ReadingText(original, simplified, null, traditional, 0);
        }

        map![builder.Length] = simplified.Length;
        return new ReadingText(original, builder.ToString(), map, traditional, pinyin);
    }

    /// <summary>The position in the text as written of <paramref name="position"/> in the text as read (its end included).</summary>
    public int ToOriginal(int position) => _map is null ? position : _map[position];

    /// <summary>The text as written between two positions of the text as read.</summary>
    public string OriginalBetween(int start, int end)
    {
        var from = ToOriginal(start);
        return Original.Substring(from, ToOriginal(end) - from);
    }
}
