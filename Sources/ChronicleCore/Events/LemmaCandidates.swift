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
/// LemmaCandidates.shipped.candidates("stopping")  // ["stopping", "stopp", "stop", "stoppe"]
/// ```
public struct LemmaCandidates: Sendable {
    /// Irregular form → lemmas.
    let irregular: [String: [String]]

    /// The lemmatizer with the shipped irregular-verb table, loaded once.
    public static let shipped: LemmaCandidates = {
        let text = EventResources.text("irregular_verbs", "tsv") ?? ""
        var table: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            for form in f[1].split(separator: " ") { table[String(form), default: []].append(String(f[0])) }
        }
        return LemmaCandidates(irregular: table)
    }()

    /// Every plausible lemma of a lowercased form, the form itself first.
    public func candidates(_ form: String) -> [String] {
        var out = [form]
        func add(_ s: some StringProtocol) {
            let s = String(s)
            if s.count >= 2, !out.contains(s) { out.append(s) }
        }
        if let lemmas = irregular[form] { lemmas.forEach { add($0) } }
        let chars = Array(form)
        let n = chars.count
        func stem(_ k: Int) -> String { String(chars[0..<(n - k)]) }
        if n > 3, form.hasSuffix("ies") || form.hasSuffix("ied") { add(stem(3) + "y") }
        if n > 3, form.hasSuffix("es") { add(stem(2)) }
        if n > 2, form.hasSuffix("s"), !form.hasSuffix("ss") { add(stem(1)) }
        if n > 3, form.hasSuffix("ed") {
            let s = stem(2)
            add(s); add(s + "e"); add(stem(1))
            if let undoubled = undouble(s) { add(undoubled) }
        }
        if n > 4, form.hasSuffix("ing") {
            let s = stem(3)
            add(s); add(s + "e")
            if let undoubled = undouble(s) { add(undoubled) }
            if s.hasSuffix("y") { add(String(s.dropLast()) + "ie") }
        }
        return out
    }

    /// `stopp` → `stop`: a doubled final consonant undone.
    private func undouble(_ s: String) -> String? {
        let c = Array(s)
        guard c.count >= 3, c[c.count - 1] == c[c.count - 2], !"aeiou".contains(c[c.count - 1]) else { return nil }
        return String(c.dropLast())
    }
}

/// Lemma candidates remembered for one document: a news article repeats its words, and
/// proposing candidates builds several strings per word.
final class LemmaCache {
    let lemmatizer: LemmaCandidates
    private var table: [String: [String]] = [:]

    init(_ lemmatizer: LemmaCandidates) { self.lemmatizer = lemmatizer }

    /// ``LemmaCandidates/candidates(_:)`` of `form`, computed once per cache.
    func candidates(_ form: String) -> [String] {
        if let known = table[form] { return known }
        let c = lemmatizer.candidates(form)
        table[form] = c
        return c
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
