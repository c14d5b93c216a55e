import Foundation

/// Lemma candidates for English verb and noun forms, for matching patterns written as lemmas.
///
/// Patterns name lemmas (`meet`, `sanction`); the text has `met`, `meeting`, `sanctions`. The
/// lemmatizer proposes every plausible lemma of a form (irregular forms from
/// `Resources/events/irregular_verbs.tsv`, regular `-s`, `-ed`, `-ing` with consonant doubling,
/// silent `-e` and `-y`/`-ies`), and the matcher keeps the one its lexicon knows.
///
/// ```swift
/// LemmaCandidates.shipped.candidates("met")       // ["met", "meet"]
/// LemmaCandidates.shipped.candidates("stopping")  // ["stopping", "stopp", "stoppe", "stop"]
/// ```
public struct LemmaCandidates: Sendable {
    /// Irregular form → lemmas.
    let irregular: [String: [String]]
    /// Irregular simple-past forms (`met`, `said`, `was`): the first form listed after each lemma.
    var irregularPast: Set<String> = []
    /// Simple pasts that are not also participles (`came`, `went`, `spoke`; not `held`).
    var irregularPastOnly: Set<String> = []

    /// The lemmatizer with the shipped irregular-verb table, loaded once.
    public static let shipped: LemmaCandidates = {
        let text = EventResources.text("irregular_verbs", "tsv") ?? ""
        var table: [String: [String]] = [:]
        var past: Set<String> = []
        var pastOnly: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            let forms = f[1].split(separator: " ")
            for form in forms { table[String(form), default: []].append(String(f[0])) }
            // The simple past is the first form; `be` lists two (`was were`).
            if let first = forms.first, String(first) != String(f[0]) {
                past.insert(String(first))
                // (`came come`, `went gone`: a past that is no participle; `held held` is both)
                if forms.count >= 2, forms[1] != first, f[0] != "be" { pastOnly.insert(String(first)) }
            }
            if f[0] == "be" { past.insert("were") }
        }
        var lemmatizer = LemmaCandidates(irregular: table)
        lemmatizer.irregularPast = past
        lemmatizer.irregularPastOnly = pastOnly
        return lemmatizer
    }()

    /// Words ending in `-ed` that are not past forms.
    private static let notPast: Set<String> = [
        "need", "feed", "speed", "seed", "proceed", "succeed", "exceed", "heed", "bleed", "breed", "deed",
        "greed", "weed", "bed", "shed", "red", "wed", "indeed", "naked", "sacred", "hundred", "kindred", "creed",
    ]

    /// Whether a lowercased word can be a simple-past form (`met`, `said`, `condemned`, `had`).
    ///
    /// ```swift
    /// LemmaCandidates.shipped.isPast("condemned")   // true
    /// LemmaCandidates.shipped.isPast("condemns")    // false
    /// ```
    public func isPast(_ form: String) -> Bool {
        if irregularPast.contains(form) || form == "had" || form == "did" { return true }
        return form.utf8.count > 3 && form.hasSuffix("ed") && !Self.notPast.contains(form)
    }

    /// Every plausible lemma of a lowercased form, the form itself first.
    ///
    /// Works on the form's UTF-8 bytes: every suffix rule removes ASCII letters.
    public func candidates(_ form: String) -> [String] {
        var out = [form]
        func add(_ s: String) {
            if s.utf8.count >= 2, !out.contains(s) { out.append(s) }
        }
        if let lemmas = irregular[form] { lemmas.forEach { add($0) } }
        let b = Array(form.utf8)
        let n = b.count
        func stem(_ k: Int) -> String { String(decoding: b[0..<(n - k)], as: UTF8.self) }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            return n >= k && suffix.withUTF8Buffer { b[(n - k)...].elementsEqual($0) }
        }
        if n > 3, ends("ies") || ends("ied") { add(stem(3) + "y") }
        if n > 3, ends("es") { add(stem(2)) }
        if n > 2, ends("s"), !ends("ss") { add(stem(1)) }
        if n > 3, ends("ed") {
            add(stem(2)); add(stem(2) + "e"); add(stem(1))
            if let undoubled = undouble(b[0..<(n - 2)]) { add(undoubled) }
        }
        if n > 4, ends("ing") {
            add(stem(3)); add(stem(3) + "e")
            if let undoubled = undouble(b[0..<(n - 3)]) { add(undoubled) }
            if b[n - 4] == UInt8(ascii: "y") { add(stem(4) + "ie") }
        }
        return out
    }

    /// `stopp` → `stop`: a doubled final consonant undone.
    private func undouble(_ s: ArraySlice<UInt8>) -> String? {
        guard s.count >= 3, let last = s.last, last < 0x80, s[s.endIndex - 2] == last,
              !"aeiou".utf8.contains(last) else { return nil }
        return String(decoding: s.dropLast(), as: UTF8.self)
    }
}

/// Loads the event coder's resource files from the module bundle.
enum EventResources {
    /// The text of `Resources/events/<name>.<ext>`, or nil when it is missing.
    static func text(_ name: String, _ ext: String, subdirectory: String = "Resources/events") -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
