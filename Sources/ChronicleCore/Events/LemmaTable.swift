import Foundation

/// A word's lemma candidates and the lemmas the pattern lexicons know among them.
struct LemmaEntry: Sendable {
    var candidates: [String]
    /// The candidates with verb patterns or a governor class, in order.
    var verbs: [String]
    /// The first of ``verbs``.
    var verb: String? { verbs.first }
    /// The first candidate with noun patterns.
    var noun: String?
    /// The candidates in ``PatternLexicon/argumentWords``: what an argument chunk keeps.
    var argumentLemmas: [String]
}

/// Lemma entries shared by every document a coder reads: proposing candidates and looking them
/// up in three lexicons builds several strings per word, and a news vocabulary repeats across
/// articles. Words are keyed by the 64-bit ``PhraseHash`` of their lowercased bytes. Thread-safe; it stops growing at ``capacity`` words (later words are computed each
/// time they are asked for).
final class LemmaTable: @unchecked Sendable {
    let lemmatizer: LemmaCandidates
    let lexicon: PatternLexicon
    /// The most words remembered.
    let capacity: Int
    private let lock = NSLock()
    private var table = HashTable64<LemmaEntry>(capacity: 4096)

    init(_ lemmatizer: LemmaCandidates, lexicon: PatternLexicon, capacity: Int = 200_000) {
        self.lemmatizer = lemmatizer
        self.lexicon = lexicon
        self.capacity = capacity
    }

    /// The entry of a lowercased form whose ``PhraseHash`` is `key`.
    func entry(_ form: String, key: UInt64) -> LemmaEntry {
        lock.lock()
        let known = table.find(key)
        lock.unlock()
        if let known { return known }
        let e = entry(candidates: lemmatizer.candidates(form))
        lock.lock()
        if table.count < capacity { table.update(key, default: e) { _ in } }
        lock.unlock()
        return e
    }

    /// The entry of a list of candidates (not remembered).
    func entry(candidates: [String]) -> LemmaEntry {
        LemmaEntry(candidates: candidates,
                   verbs: candidates.filter { lexicon.verbs[$0] != nil || lexicon.governors[$0] != nil },
                   noun: candidates.first { lexicon.nouns[$0] != nil },
                   argumentLemmas: candidates.filter(lexicon.argumentWords.contains))
    }
}

/// The lemma entries of one document, in front of the coder's shared ``LemmaTable`` so that a
/// repeated word takes no lock.
final class LemmaCache {
    let shared: LemmaTable
    private var table: [UInt64: LemmaEntry] = [:]

    init(_ shared: LemmaTable) { self.shared = shared }

    /// The entry of a lowercased form whose ``PhraseHash`` is `key`.
    func entry(_ form: String, key: UInt64) -> LemmaEntry {
        if let known = table[key] { return known }
        let e = shared.entry(form, key: key)
        table[key] = e
        return e
    }

    /// The entry of a list of candidates (not remembered).
    func entry(candidates: [String]) -> LemmaEntry { shared.entry(candidates: candidates) }
}
