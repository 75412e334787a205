namespace MbcBot.Search.Analysis;

/// <summary>
/// The classic Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980),
/// written from the published steps 1a–5b. Words of one or two characters are left alone, as in Porter's own
/// reference implementation and Lucene's PorterStemmer. Step 2 uses the paper's ABLI→ABLE (not the later
/// BLI→BLE / LOGI→LOG departures). Works in place on lower-case text; never lengthens a word.
/// Notation below: m = number of vowel–consonant sequences in the stem ([C](VC)^m[V]); *v* = stem has a vowel;
/// *d = ends in a double consonant; *o = ends consonant-vowel-consonant where the last is not w, x or y.
/// </summary>
internal ref struct PorterStemmer
{
    private readonly Span<char> _b;
    private int _k; // index of the last character of the word
    private int _j; // end of the stem when a suffix matched

    private PorterStemmer(Span<char> word)
    {
        _b = word;
        _k = word.Length - 1;
    }

    /// <summary>Stems <paramref name="word"/> in place and returns its new length.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2)
        {
            return word.Length;
        }

        var stemmer = new PorterStemmer(word);
        stemmer.Step1Ab();
        if (stemmer._k > 0)
        {
            stemmer.Step1C();
            stemmer.Step2();
            stemmer.Step3();
            stemmer.Step4();
            stemmer.Step5();
        }

        return stemmer._k + 1;
    }

    private readonly bool IsConsonant(int i) => _b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };

    /// <summary>m for the stem b[0.._j].</summary>
    private readonly int Measure()
    {
        var n = 0;
        var i = 0;
        while (i <= _j && IsConsonant(i)) i++;
        while (i <= _j)
        {
            while (i <= _j && !IsConsonant(i)) i++;
            if (i > _j) break;
            n++;
            while (i <= _j && IsConsonant(i)) i++;
        }

        return n;
    }

    private readonly bool VowelInStem()
    {
        for (var i = 0; i <= _j; i++)
        {
            if (!IsConsonant(i)) return true;
        }

        return false;
    }

    private readonly bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

    private readonly bool Cvc(int i) =>
        i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

    /// <summary>True if b[0.._k] ends with <paramref name="suffix"/>; then sets _j to the end of the stem.</summary>
    private bool Ends(string suffix)
    {
        var length = suffix.Length;
        if (length > _k + 1 || !_b.Slice(_k - length + 1, length).SequenceEqual(suffix))
        {
            return false;
        }

        _j = _k - length;
        return true;
    }

    /// <summary>Replaces b[_j+1.._k] with <paramref name="replacement"/>.</summary>
    private void SetTo(string replacement)
    {
        replacement.AsSpan().CopyTo(_b[(_j + 1)..]);
        _k = _j + replacement.Length;
    }

    /// <summary>SetTo when m &gt; 0 (the condition of steps 2 and 3).</summary>
    private void ReplaceIfMeasured(string replacement)
    {
        if (Measure() > 0) SetTo(replacement);
    }

    // Step 1a: SSES→SS, IES→I, SS→SS, S→"". Step 1b: (m>0) EED→EE; (*v*) ED→"", (*v*) ING→"", then
    // AT→ATE, BL→BLE, IZ→IZE, (*d and not *L/*S/*Z)→single letter, (m=1 and *o)→E.
    private void Step1Ab()
    {
        if (_b[_k] == 's')
        {
            if (Ends("sses")) _k -= 2;
            else if (Ends("ies")) SetTo("i");
            else if (_b[_k - 1] != 's') _k--;
        }

        if (Ends("eed"))
        {
            if (Measure() > 0) _k--;
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            _k = _j;
            if (Ends("at")) SetTo("ate");
            else if (Ends("bl")) SetTo("ble");
            else if (Ends("iz")) SetTo("ize");
            else if (DoubleConsonant(_k))
            {
                if (_b[_k] is not ('l' or 's' or 'z')) _k--;
            }
            else
            {
                _j = _k;
                if (Measure() == 1 && Cvc(_k)) SetTo("e");
            }
        }
    }

    // Step 1c: (*v*) Y→I.
    private void Step1C()
    {
        if (Ends("y") && VowelInStem()) _b[_k] = 'i';
    }

    // Step 2 (m>0): double suffixes to single ones; the longest matching suffix decides.
    private void Step2()
    {
        switch (_b[_k - 1])
        {
            case 'a': if (Ends("ational")) ReplaceIfMeasured("ate"); else if (Ends("tional")) ReplaceIfMeasured("tion"); break;
            case 'c': if (Ends("enci")) ReplaceIfMeasured("ence"); else if (Ends("anci")) ReplaceIfMeasured("ance"); break;
            case 'e': if (Ends("izer")) ReplaceIfMeasured("ize"); break;
            case 'l':
                if (Ends("abli")) ReplaceIfMeasured("able");
                else if (Ends("alli")) ReplaceIfMeasured("al");
                else if (Ends("entli")) ReplaceIfMeasured("ent");
                else if (Ends("eli")) ReplaceIfMeasured("e");
                else if (Ends("ousli")) ReplaceIfMeasured("ous");
                break;
            case 'o':
                if (Ends("ization")) ReplaceIfMeasured("ize");
                else if (Ends("ation")) ReplaceIfMeasured("ate");
                else if (Ends("ator")) ReplaceIfMeasured("ate");
                break;
            case 's':
                if (Ends("alism")) ReplaceIfMeasured("al");
                else if (Ends("iveness")) ReplaceIfMeasured("ive");
                else if (Ends("fulness")) ReplaceIfMeasured("ful");
                else if (Ends("ousness")) ReplaceIfMeasured("ous");
                break;
            case 't':
                if (Ends("aliti")) ReplaceIfMeasured("al");
                else if (Ends("iviti")) ReplaceIfMeasured("ive");
                else if (Ends("biliti")) ReplaceIfMeasured("ble");
                break;
        }
    }

    // Step 3 (m>0): ICATE→IC, ATIVE→"", ALIZE→AL, ICITI→IC, ICAL→IC, FUL→"", NESS→"".
    private void Step3()
    {
        switch (_b[_k])
        {
            case 'e':
                if (Ends("icate")) ReplaceIfMeasured("ic");
                else if (Ends("ative")) ReplaceIfMeasured(string.Empty);
                else if (Ends("alize")) ReplaceIfMeasured("al");
                break;
            case 'i': if (Ends("iciti")) ReplaceIfMeasured("ic"); break;
            case 'l': if (Ends("ical")) ReplaceIfMeasured("ic"); else if (Ends("ful")) ReplaceIfMeasured(string.Empty); break;
            case 's': if (Ends("ness")) ReplaceIfMeasured(string.Empty); break;
        }
    }

    // Step 4 (m>1): remove AL, ANCE, ENCE, ER, IC, ABLE, IBLE, ANT, EMENT, MENT, ENT, (*S or *T)ION, OU, ISM,
    // ATE, ITI, OUS, IVE, IZE.
    private void Step4()
    {
        var matched = _b[_k - 1] switch
        {
            'a' => Ends("al"),
            'c' => Ends("ance") || Ends("ence"),
            'e' => Ends("er"),
            'i' => Ends("ic"),
            'l' => Ends("able") || Ends("ible"),
            'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
            'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
            's' => Ends("ism"),
            't' => Ends("ate") || Ends("iti"),
            'u' => Ends("ous"),
            'v' => Ends("ive"),
            'z' => Ends("ize"),
            _ => false,
        };
        if (matched && Measure() > 1) _k = _j;
    }

    // Step 5a: (m>1) E→""; (m=1 and not *o) E→"". Step 5b: (m>1 and *d and *L) → single letter.
    private void Step5()
    {
        _j = _k;
        if (_b[_k] == 'e')
        {
            var m = Measure();
            if (m > 1 || (m == 1 && !Cvc(_k - 1))) _k--;
        }

        if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
    }
}
