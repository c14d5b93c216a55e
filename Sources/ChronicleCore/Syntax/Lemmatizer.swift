import Foundation

/// Turns a tagged word into its dictionary form: `released`/VBD → `release`, `were` → `be`,
/// `children` → `child`, `Americans`/NNPS → `American`.
///
/// Three sources, in order: lemmas learned from the training treebank where the rules go wrong
/// (stored in the tagger model), the hand-written exception list
/// `Resources/syntax/lemma-exceptions.tsv` (irregular verbs, plurals, comparatives, clitics),
/// and suffix rules chosen by the Penn tag (plural `-s/-es/-ies`, past `-ed`, gerund `-ing`,
/// comparative `-er/-est`) with the usual spelling repairs (undoubling, restoring a final `e`).
///
/// ```swift
/// let lemmatizer = try Lemmatizer.shipped()
/// lemmatizer.lemma(form: "stopped", upos: "VERB", xpos: "VBD")   // "stop"
/// ```
public struct Lemmatizer: Sendable {
    /// `lowercase form \t XPOS` (or `\t*` for any tag) → lemma.
    let exceptions: [String: String]
    /// Learned from training data, same keys; consulted first.
    let learned: [String: String]

    /// Creates a lemmatizer from exception tables.
    init(exceptions: [String: String], learned: [String: String] = [:]) {
        self.exceptions = exceptions
        self.learned = learned
    }

    /// The lemmatizer with the shipped exception list and no learned lemmas.
    public static func shipped() throws -> Lemmatizer {
        Lemmatizer(exceptions: try loadExceptions())
    }

    /// A copy that also consults `learned` lemmas (from a tagger model).
    func with(learned: [String: String]) -> Lemmatizer {
        Lemmatizer(exceptions: exceptions, learned: learned)
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    public func lemma(form: String, upos: String, xpos: String) -> String {
        let lower = form.lowercased()
        let key = lower + "\t" + xpos
        if let l = learned[key] { return l }
        if let l = exceptions[key] ?? exceptions[lower + "\t*"] { return l }
        let proper = upos == "PROPN" || xpos == "NNP" || xpos == "NNPS"
        let base = proper ? form : lower
        switch xpos {
        case "NNS", "NNPS": return Self.singular(base)
        case "VBZ": return Self.singular(base)
        case "VBD", "VBN": return Self.stem(base, removing: "ed")
        case "VBG": return Self.stem(base, removing: "ing")
        case "JJR", "RBR": return Self.stem(base, removing: "er")
        case "JJS", "RBS": return Self.stem(base, removing: "est")
        default: return base
        }
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// `policies` → `policy`, `taxes` → `tax`, `talks` → `talk`; `news`, `glass` unchanged.
    static func singular(_ word: String) -> String {
        let w = word
        if w.count <= 3 { return w }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zzes", "oes"] where w.hasSuffix(ending) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// Removes `ending` and repairs the spelling: `stopped` → `stop`, `hoped` → `hope`,
    /// `carried` → `carry`, `created` → `create`, `visited` → `visit`.
    static func stem(_ word: String, removing ending: String) -> String {
        guard word.hasSuffix(ending), word.count > ending.count + 1 else { return word }
        var stem = Array(word.dropLast(ending.count))
        if ending != "ing", stem.last == "i", stem.count >= 2 {
            stem[stem.count - 1] = "y"
            return String(stem)
        }
        if ending == "ing" && stem.last == "y" && stem.count == 1 { return word }
        let n = stem.count
        let last = stem[n - 1]
        let vowels = Self.vowels
        func isConsonant(_ c: Character) -> Bool { c.isLetter && !vowels.contains(c) }
        // Undouble: stopped → stop, planned → plan (but not called, passed, buzzed).
        if n >= 3, stem[n - 2] == last, "bdgmnprtz".contains(last), !vowels.contains(stem[n - 3]) || n >= 4 {
            return String(stem.dropLast())
        }
        // A doubled l after one e, o or u of a longer word (British spelling and stressed endings):
        // expelled → expel, cancelled → cancel, patrolled → patrol, annulled → annul (but called,
        // killed, rolled, recalled, installed keep theirs)
        if n >= 5, last == "l", stem[n - 2] == "l", "eou".contains(stem[n - 3]), isConsonant(stem[n - 4]),
           stem.dropLast(3).contains(where: { vowels.contains($0) }) {
            return String(stem.dropLast())
        }
        if ending == "ed" && last == "e" { return String(stem) + "e" }   // agreed → agree
        // rescued → rescue, pursuing → pursue, suing → sue
        if n >= 2, last == "u", isConsonant(stem[n - 2]) { return String(stem) + "e" }
        if n >= 2 && vowels.contains(last) { return String(stem) }
        // A single vowel between consonants before d, k, c or l: evaded → evade, eroding → erode,
        // excluded → exclude, conceded → concede, revoking → revoke, embraced → embrace,
        // scheduled → schedule (but headed, looked, ended: a double vowel or a consonant cluster)
        if n >= 3, isConsonant(stem[n - 3]) {
            let v = stem[n - 2]
            switch last {
            case "d" where "aeou".contains(v), "k" where "aou".contains(v), "c" where v == "a", "l" where v == "u":
                return String(stem) + "e"
            default:
                break
            }
        }
        let tail2 = String(stem.suffix(2))
        let beforeTail = n >= 3 ? stem[n - 3] : " "
        // One syllable ending in a single vowel and consonant: hoped → hope, used → use.
        let vowelGroups = stem.enumerated().filter { i, c in
            vowels.contains(c) && (i == 0 || !vowels.contains(stem[i - 1]))
        }.count
        if vowelGroups == 1, n >= 2, isConsonant(last), !"wxy".contains(last), vowels.contains(stem[n - 2]),
           n < 3 || !vowels.contains(stem[n - 3]) {
            return String(stem) + "e"
        }
        let needsE: Bool
        switch tail2 {
        case "at": needsE = !"aeo".contains(beforeTail)   // negotiated, but treated
        case "ut", "id", "in", "ir", "ur", "iz", "yz", "ag", "eg":
            needsE = isConsonant(beforeTail)
        case "ng": needsE = beforeTail == "a" || beforeTail == "e"
        case "rg", "dg", "lv", "rv", "uc", "nc", "rc", "as", "os", "is", "us":
            needsE = true   // (focused and focusing are exceptions)
        default:
            needsE = last == "v" || (last == "l" && isConsonant(stem[n - 2]) && !"lrw".contains(stem[n - 2]))
        }
        return String(stem) + (needsE ? "e" : "")
    }
}
