import Testing
@testable import ChronicleCore

/// Short quoted phrases inside a clause are read through; quotations that open speech are not.
@Suite("Scare quotes")
struct ScareQuoteTests {
    static func forms(_ words: [String]) -> [String] {
        let input = words.enumerated().map { (form: $0.element, start: $0.offset * 10, end: $0.offset * 10 + 5) }
        return EventSentence.withoutScareQuotes(input).map(\.form)
    }

    @Test("the marks of a short phrase inside a clause are dropped, offsets kept")
    func shortPhrase() {
        #expect(Self.forms(["Kim", "vowed", "to", "\"", "crush", "\"", "the", "rebels", "."])
                == ["Kim", "vowed", "to", "crush", "the", "rebels", "."])
        let kept = EventSentence.withoutScareQuotes([("a", 0, 1), ("\"", 2, 3), ("b", 3, 4), ("\"", 4, 5)])
        #expect(kept.map(\.start) == [0, 3])
    }

    @Test("a quotation that opens the sentence, follows a comma or holds punctuation keeps its marks")
    func speechKept() {
        let opening = ["\"", "We", "will", "respond", ",", "\"", "Kim", "said", "."]
        #expect(Self.forms(opening) == opening)
        let afterComma = ["Kim", "said", ",", "\"", "We", "will", "win", "\"", "."]
        #expect(Self.forms(afterComma) == afterComma)
        let long = ["He", "called", "it", "\"", "a", "very", "long", "and", "winding", "road", "ahead", "\"", "."]
        #expect(Self.forms(long) == long)
    }
}
