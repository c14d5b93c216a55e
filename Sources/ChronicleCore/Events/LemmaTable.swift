import Foundation

/// A word's lemma candidates and the lemmas the pattern lexicons know among them.
///
/// A class: the per-sentence analysis holds one reference per token, so reading a sentence
/// copies no arrays.
final class LemmaEntry: Sendable {
    let candidates: [String]
    /// The candidates with verb patterns or a governor class, in order.
    let verbs: [String]
    /// The first of ``verbs``.
    var verb: String? { verbs.first }
    /// The first candidate with noun patterns.
    let noun: String?
    /// The candidates in ``PatternLexicon/argumentWords``: what an argument chunk keeps.
    let argumentLemmas: [String]
    /// When every verb of ``verbs`` is one of ``PatternLexicon/boundVerbs`` ("follow", "do"),
    /// the words one of which must come right after it for it to be read as a verb.
    let boundWords: Set<String>?

    init(candidates: [String], verbs: [String], noun: String?, argumentLemmas: [String], boundWords: Set<String>? = nil) {
        self.candidates = candidates
        self.verbs = verbs
        self.noun = noun
        self.argumentLemmas = argumentLemmas
        self.boundWords = boundWords
    }
}

/// The lemma entries of a coder's documents, one cache per thread: proposing candidates and
/// looking them up in three lexicons builds several strings per word, and a news vocabulary
/// repeats across articles. Each thread that codes keeps its own ``LemmaCache`` (found in its
/// thread dictionary once per document), so that no look-up takes a lock; a thread keeps the
/// caches of its four most recently used tables, so that a process that makes many coders does
/// not keep a cache for each. Words are keyed by the 64-bit ``PhraseHash`` of their lowercased
/// bytes; a cache stops growing at ``capacity`` words (later words are computed each time).
final class LemmaTable: Sendable {
    let lemmatizer: LemmaCandidates
    let lexicon: PatternLexicon
    /// The most words a thread's cache remembers.
    let capacity: Int
    /// The thread dictionary's key of a thread's ``LemmaCaches``.
    private static let threadKey = "chronicle.lemma-caches"

    init(_ lemmatizer: LemmaCandidates, lexicon: PatternLexicon, capacity: Int = 50_000) {
        self.lemmatizer = lemmatizer
        self.lexicon = lexicon
        self.capacity = capacity
    }

    /// The calling thread's cache. Use it on this thread only, within one synchronous call.
    func cache() -> LemmaCache {
        let dictionary = Thread.current.threadDictionary
        let caches: LemmaCaches
        if let known = dictionary[Self.threadKey] as? LemmaCaches {
            caches = known
        } else {
            caches = LemmaCaches()
            dictionary[Self.threadKey] = caches
        }
        return caches.cache(for: self)
    }

    /// The entry of a list of candidates.
    func entry(candidates: [String]) -> LemmaEntry {
        let known = { (lemma: String) in
            self.lexicon.verbs[lemma] != nil || self.lexicon.governors[lemma] != nil || self.lexicon.complementVerbs.contains(lemma)
        }
        var verbs = candidates.filter(known)
        // "reinvestigate", "re-impose": a verb done again is read as the verb
        if verbs.isEmpty { verbs = candidates.compactMap(Self.withoutRepetition).filter(known) }
        let bound = lexicon.boundVerbs
        return LemmaEntry(candidates: candidates, verbs: verbs,
                          noun: candidates.first { lexicon.nouns[$0] != nil },
                          argumentLemmas: candidates.filter(lexicon.argumentWords.contains),
                          boundWords: verbs.first.flatMap { bound[$0] }.flatMap { words in verbs.allSatisfy { bound[$0] != nil } ? words : nil })
    }

    /// The verb a lemma in `re-` repeats (`reinvestigate` → `investigate`, `re-impose` →
    /// `impose`): only before a vowel or a hyphen, where the prefix cannot be part of the stem
    /// (`reform`, `recover`, `retreat` are words of their own).
    static func withoutRepetition(_ lemma: String) -> String? {
        let u = lemma.utf8
        guard u.count >= 7, lemma.hasPrefix("re") else { return nil }
        let third = u[u.index(u.startIndex, offsetBy: 2)]
        if third == UInt8(ascii: "-") { return String(lemma.dropFirst(3)) }
        return "aeiou".utf8.contains(third) ? String(lemma.dropFirst(2)) : nil
    }
}

/// One thread's caches, most recently used first, at most four.
final class LemmaCaches {
    private var caches: [LemmaCache] = []

    func cache(for table: LemmaTable) -> LemmaCache {
        if let k = caches.firstIndex(where: { $0.shared === table }) {
            let cache = caches.remove(at: k)
            caches.insert(cache, at: 0)
            return cache
        }
        let cache = LemmaCache(table)
        caches.insert(cache, at: 0)
        if caches.count > 4 { caches.removeLast() }
        return cache
    }
}

/// One thread's lemma entries for a ``LemmaTable`` (see ``LemmaTable/cache()``).
final class LemmaCache {
    let shared: LemmaTable
    private var table = HashTable64<LemmaEntry>(capacity: 1024)

    init(_ shared: LemmaTable) { self.shared = shared }

    /// The entry of a lowercased form whose ``PhraseHash`` is `key`.
    func entry(_ form: String, key: UInt64) -> LemmaEntry {
        if let known = table.find(key) { return known }
        let e = shared.entry(candidates: shared.lemmatizer.candidates(form))
        if table.count < shared.capacity { table.update(key, default: e) { _ in } }
        return e
    }

    /// The entry of a list of candidates (not remembered).
    func entry(candidates: [String]) -> LemmaEntry { shared.entry(candidates: candidates) }
}
