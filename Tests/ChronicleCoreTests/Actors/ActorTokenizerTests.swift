import Testing
@testable import ChronicleCore

/// The actor tokenizer's own cases: word shapes, dense text that needs the second pass, and
/// phrases found in both the exact and the role tables.
@Suite("Actor tokenizer")
struct ActorTokenizerTests {
    @Test("words keep hyphens, apostrophes and abbreviation periods; 's is its own token")
    func shapes() {
        let tokens = ActorTokenizer.tokenize("Kim Jong-un's envoy, Mr. O’Brien of the U.S., met 39-year-old Lee.")
        #expect(tokens.count == 15)
        #expect(tokens[1].length == 7)                       // Jong-un
        #expect(tokens[2].exactHash == TokenLiteral.possessive.hash)
        #expect(tokens[5].flags.contains(.endsWithPeriod))   // Mr.
        #expect(tokens[6].flags.contains(.normalized))       // O’Brien hashed as O'Brien
        #expect(tokens[6].exactHash == ActorTokenizer.tokenize("O'Brien")[0].exactHash)
        #expect(tokens[9].exactHash == ActorTokenizer.tokenize("U.S.")[0].exactHash)
        #expect(tokens[12].kind == .word && tokens[12].isCapitalized == false)
    }

    @Test("text denser than one token per four bytes is read again and loses nothing")
    func denseText() {
        let text = String(repeating: "a,", count: 600) + "Tokyo said."
        let tokens = ActorTokenizer.tokenize(text)
        #expect(tokens.count == 1_203)
        #expect(tokens.last?.exactHash == TokenLiteral.period.hash)
        #expect(tokens[1_200].start == 1_200 && tokens[1_200].end == 1_205)
        let mentions = (try? ActorResolver.shipped())?.resolve(text: text, publicationDate: nil) ?? []
        #expect(mentions.map(\.code) == ["JPNGOV"])
    }

    @Test("a name that is also a role (`Foreign Ministry`) gets the items of both tables, in priority order")
    func mergedItems() throws {
        let lexicon = try ActorResolver.shipped().lexicon
        let tokens = ActorTokenizer.tokenize(bytes: Array("the Foreign Ministry said".utf8), classes: lexicon.lowerClasses)
        let (length, items) = try #require(lexicon.longestMatch(tokens, at: 1))
        #expect(length == 2)
        #expect(items.contains { if case .role = $0 { return true }; return false })
        #expect(items.contains { if case .organization = $0 { return true }; return false })
        #expect(zip(items, items.dropFirst()).allSatisfy { $0.priority >= $1.priority })
        var merged = 0
        lexicon.merged.forEach { _, list in
            merged += 1
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.priority >= $1.priority })
        }
        #expect(merged >= 5)
    }
}
