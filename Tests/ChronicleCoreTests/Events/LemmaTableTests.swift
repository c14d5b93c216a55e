@testable import ChronicleCore
import Testing

@Suite("Lemma table")
struct LemmaTableTests {
    @Test("A word's entry holds its candidates and what the lexicons know of them")
    func entry() {
        let table = LemmaTable(.shipped, lexicon: .shipped)
        let met = table.cache().entry("met", key: PhraseHash.token("met".utf8, lowered: false))
        #expect(met.candidates.contains("meet"))
        #expect(met.verb == "meet")
        let talks = table.cache().entry("talks", key: PhraseHash.token("talks".utf8, lowered: false))
        #expect(talks.candidates == ["talks", "talk"])
        #expect(talks.noun != nil)
        #expect(talks.argumentLemmas.contains("talk"))
        let the = table.cache().entry("the", key: PhraseHash.token("the".utf8, lowered: false))
        #expect(the.verb == nil && the.noun == nil && the.argumentLemmas.isEmpty)
    }

    @Test("A thread keeps the caches of its four most recent tables, the same cache while kept")
    func boundedCaches() {
        let tables = (0..<6).map { _ in LemmaTable(.shipped, lexicon: .shipped) }
        let first = tables[0].cache()
        #expect(tables[0].cache() === first)
        for t in tables.dropFirst() { _ = t.cache() }
        // Five newer tables were used since: the first table's cache was let go.
        #expect(tables[0].cache() !== first)
        let last = tables[5].cache()
        #expect(tables[5].cache() === last)
    }
}
