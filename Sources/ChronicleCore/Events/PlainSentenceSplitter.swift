/// Sentences and words of a text for the event coder, without the full text layer.
///
/// The coder's examples corpus and hand-built inputs use it; documents coded end to end use
/// Chronicle's text layer when it is available. Offsets are Unicode scalar indices. Handles
/// abbreviations with inner periods (`U.S.`), titles (`Mr.`, `Gen.`), possessive `'s`, `n't`,
/// hyphenated words and quotes.
public enum PlainSentenceSplitter {
    /// Titles and abbreviations after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "prof",
        "capt", "adm", "maj", "sgt", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "pres", "amb",
    ]

    /// Splits `text` into sentences of tokens.
    ///
    /// - Returns: sentence views with no actors or times; the caller attaches them.
    public static func sentences(in text: String) -> [EventSentence] {
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenize(scalars)
        var result: [EventSentence] = []
        var current: [EventToken] = []
        var paragraph = 0
        var lastEnd = 0
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            let body = String(String.UnicodeScalarView(scalars[first.start..<last.end]))
            result.append(EventSentence(index: result.count, start: first.start, end: last.end,
                                        text: body, tokens: current, paragraph: paragraph))
            current = []
        }
        for (i, tok) in tokens.enumerated() {
            // A blank line (or a line break before an uppercase start) ends a sentence.
            let gap = scalars[lastEnd..<tok.start]
            let breaks = gap.filter { $0 == "\n" }.count
            if breaks >= 2 { flush(); paragraph += 1 } else if breaks == 1, !current.isEmpty,
                let prev = current.last, prev.form != ",", tok.isCapitalized || tok.isPunctuation {
                flush()
            }
            current.append(tok)
            lastEnd = tok.end
            if tok.form == "." || tok.form == "!" || tok.form == "?" {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                if next.map({ $0.form == "\"" || $0.form == "”" || $0.form == "’" }) ?? false { continue }
                flush()
            } else if tok.form == "\"" || tok.form == "”", let prev = current.dropLast().last,
                      [".", "!", "?"].contains(prev.form) {
                flush()
            }
        }
        flush()
        return result
    }

    /// Splits scalars into word and punctuation tokens.
    static func tokenize(_ s: [Unicode.Scalar]) -> [EventToken] {
        var tokens: [EventToken] = []
        var i = 0
        func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || ("0"..."9").contains(c)
        }
        func emit(_ a: Int, _ b: Int) {
            tokens.append(EventToken(form: String(String.UnicodeScalarView(s[a..<b])), start: a, end: b))
        }
        while i < s.count {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if isWordScalar(c) {
                var j = i
                while j < s.count {
                    if isWordScalar(s[j]) { j += 1; continue }
                    // Inner hyphen, period of an abbreviation (U.S.), or a decimal point.
                    if (s[j] == "-" || s[j] == "." || s[j] == ",") && j + 1 < s.count && isWordScalar(s[j + 1]) {
                        // "U.S.-Mexico", "United States-Afghanistan": two names, two tokens.
                        if s[j] == "-" && s[j + 1].properties.isUppercase && s[i].properties.isUppercase { break }
                        if s[j] == "," && !(("0"..."9").contains(s[j - 1]) && ("0"..."9").contains(s[j + 1])) { break }
                        if s[j] == "." && !(s[j + 1].properties.isUppercase || ("0"..."9").contains(s[j + 1])) { break }
                        j += 1
                        continue
                    }
                    break
                }
                // `n't` splits from its verb; `'s` splits off as a possessive.
                if j >= 3, j <= s.count, s[j - 1] == "n", j < s.count, s[j] == "'" || s[j] == "’",
                   j + 1 < s.count, s[j + 1] == "t", j - 1 > i {
                    emit(i, j - 1)
                    emit(j - 1, j + 2)
                    i = j + 2
                    continue
                }
                var end = j
                // Abbreviation period: U.S. / Mr. / a single capital initial.
                if j < s.count, s[j] == "." {
                    let word = String(String.UnicodeScalarView(s[i..<j])).lowercased()
                    if word.contains(".") || abbreviations.contains(word) || (j - i == 1 && s[i].properties.isUppercase) {
                        end = j + 1
                    }
                }
                emit(i, end)
                i = end
                continue
            }
            if (c == "'" || c == "’"), i + 1 < s.count, s[i + 1] == "s" || s[i + 1] == "S",
               i + 2 >= s.count || !isWordScalar(s[i + 2]), !tokens.isEmpty, tokens.last!.end == i {
                emit(i, i + 2)
                i += 2
                continue
            }
            if (c == "'" || c == "’"), i + 1 < s.count, ["ll", "ve", "re", "d", "m"].contains(where: { suffix in
                let sc = Array(suffix.unicodeScalars)
                return i + sc.count < s.count + 1 && Array(s[(i + 1)..<min(s.count, i + 1 + sc.count)]) == sc
                    && (i + 1 + sc.count >= s.count || !isWordScalar(s[i + 1 + sc.count]))
            }), !tokens.isEmpty, tokens.last!.end == i {
                var j = i + 1
                while j < s.count, isWordScalar(s[j]) { j += 1 }
                emit(i, j)
                i = j
                continue
            }
            emit(i, i + 1)
            i += 1
        }
        return tokens
    }
}
